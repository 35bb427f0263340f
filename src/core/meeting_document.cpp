#include "core/meeting_document.hpp"

#include "core/json_documents.hpp"
#include "core/json_fields.hpp"
#include "core/limits.hpp"
#include "core/meeting_results.hpp"

namespace phasecheck {
namespace {

// Byte bounds for the reader; the character limits are checked by the meeting's own operations.
constexpr std::size_t kNameBytes = limits::kParticipantNameCharacters * 4;
constexpr std::size_t kNoteBytes = limits::kMeetingNoteCharacters * 4;
constexpr std::size_t kTitleBytes = limits::kCompanyCharacters * 4;

// Problems of a nested reader or an operation, placed under `pointer` in the meeting document.
void add_under(const std::string& pointer, const Problems& found, Problems& problems) {
  for (const auto& p : found) {
    problems.push_back({p.where.empty() || p.where.front() == '/' ? pointer + p.where : pointer_child(pointer, p.where), p.what});
  }
}

void read_participants(const Json& list, const Questionnaire& questionnaire, Meeting& meeting, Problems& problems) {
  if (list.size() > limits::kMeetingParticipants) {
    problems.push_back({"/participants", "expected at most " + std::to_string(limits::kMeetingParticipants) +
                                             " participants, found " + std::to_string(list.size())});
    return;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string pointer = pointer_child("/participants", i);
    JsonFields fields(list[i], pointer, problems);
    if (!fields.valid()) continue;
    const std::optional<std::string> name = fields.string("name", true, kNameBytes);
    const Json* answers = fields.object("answers");
    fields.reject_unknown({"name", "answers"});
    if (!name || !answers) continue;
    AnswersRead read = read_answers_document(*answers, questionnaire);
    add_under(pointer + "/answers", read.problems, problems);
    if (!read.value) continue;
    MeetingChange added = add_participant(meeting, *name, std::move(*read.value));
    if (!added.value) {
      // "name: …" is already where it points; a duplicate names the name it found.
      for (const auto& p : added.problems) problems.push_back({pointer + "/name", p.where == "name" ? p.what : describe(p)});
      continue;
    }
    meeting = std::move(*added.value);
  }
}

void read_agreed(const Json& object, const Questionnaire& questionnaire, Meeting& meeting, Problems& problems) {
  for (const auto& [question, value] : object.items()) {
    const std::string pointer = pointer_child("/agreed", question);
    JsonFields fields(value, pointer, problems);
    if (!fields.valid()) continue;
    const std::optional<std::string> option = fields.string("option", false, 64);
    const std::optional<std::string> from = fields.string("from", false, kNameBytes);
    const std::optional<std::string> note = fields.string("note", false, kNoteBytes);
    fields.reject_unknown({"option", "from", "note"});
    if (!questionnaire.find_question(question)) {
      problems.push_back({pointer, "unknown question id \"" + question + "\""});
      continue;
    }
    Meeting changed = meeting;
    Problems found;
    if (option && !option->empty()) {
      MeetingChange set = set_agreed_option(changed, question, *option, questionnaire);
      if (set.value) changed = std::move(*set.value);
      for (const auto& p : set.problems) found.push_back({fields.pointer_to("option"), p.what});
    }
    if (from && !from->empty()) {
      // Taken from a participant: through take_answer, as the meeting took it, so the file cannot
      // claim an answer the participant did not give ("Ja (übernommen von Sales)" when Sales said no).
      // A participant's answers cannot change within a meeting, so a true `from` always matches.
      const Participant* participant = changed.find(*from);
      const std::string_view given = participant ? participant->answers.answer(question) : std::string_view{};
      if (!participant) {
        found.push_back({fields.pointer_to("from"), "\"" + *from + "\" is not a participant"});
      } else if (!option || option->empty()) {
        found.push_back({fields.pointer_to("from"), "needs an option"});
      } else if (given != *option) {
        found.push_back({fields.pointer_to("from"), "\"" + participant->name + "\" " +
                                                        (given.empty() ? "did not answer this question" : "answered \"" + std::string(given) + "\"")});
      } else if (MeetingChange taken = take_answer(changed, question, participant->name, questionnaire); taken.value) {
        changed = std::move(*taken.value);
      }
    }
    if (note && !note->empty()) {
      MeetingChange set = set_note(changed, question, *note, questionnaire);
      if (set.value) changed = std::move(*set.value);
      for (const auto& p : set.problems) found.push_back({fields.pointer_to("note"), p.what});
    }
    problems.insert(problems.end(), found.begin(), found.end());
    if (found.empty()) meeting = std::move(changed);
  }
}

}  // namespace

MeetingRead read_meeting_document(std::string_view text, const Questionnaire& questionnaire) {
  MeetingRead result;
  JsonRead read = read_json(text);
  if (!read.value) {
    result.problems = std::move(read.problems);
    return result;
  }
  Problems& problems = result.problems;
  JsonFields fields(*read.value, "", problems);
  if (!fields.valid()) return result;
  const std::optional<std::string> schema = fields.string("schema", true, 64);
  if (!schema) return result;
  if (*schema != kMeetingSchema) {
    problems.push_back({"/schema", "expected \"" + std::string(kMeetingSchema) + "\", found \"" + *schema + "\""});
    return result;  // another document, or a newer meeting: its other fields would only add noise
  }
  Meeting meeting;
  if (auto lang = fields.string("lang", false, 8)) {
    if (auto language = parse_language(*lang)) meeting.lang = *language;
    else problems.push_back({"/lang", "unknown language \"" + *lang + "\"; allowed: de, en"});
  }
  if (auto title = fields.string("title", false, kTitleBytes)) {
    MeetingChange set = set_title(meeting, *title);
    if (set.value) meeting = std::move(*set.value);
    for (const auto& p : set.problems) problems.push_back({"/title", p.what});
  }
  if (const Json* participants = fields.array("participants")) read_participants(*participants, questionnaire, meeting, problems);
  if (const Json* agreed = fields.object("agreed", false)) read_agreed(*agreed, questionnaire, meeting, problems);
  if (auto from = fields.string("figures_from", false, kNameBytes); from && !from->empty()) {
    MeetingChange set = set_figures_from(meeting, *from);
    if (set.value) meeting = std::move(*set.value);
    else problems.push_back({"/figures_from", "\"" + *from + "\" is not a participant"});
  }
  if (const Json* baseline = fields.object("baseline", false)) {
    JsonFields baseline_fields(*baseline, "/baseline", problems);
    const std::optional<std::string> label = baseline_fields.string("label", false, kNameBytes);
    const Json* answers = baseline_fields.object("answers");
    baseline_fields.reject_unknown({"label", "answers"});
    if (answers) {
      AnswersRead answers_read = read_answers_document(*answers, questionnaire);
      add_under("/baseline/answers", answers_read.problems, problems);
      if (answers_read.value) {
        MeetingChange set = set_baseline(meeting, {label.value_or(""), std::move(*answers_read.value)});
        if (set.value) meeting = std::move(*set.value);
        else add_under("/baseline/label", {{"", set.problems.front().what}}, problems);
      }
    }
  }
  fields.reject_unknown({"schema", "lang", "title", "participants", "agreed", "figures_from", "baseline"});
  if (problems.empty()) result.value = std::move(meeting);
  return result;
}

Checked<AnswersDocument> read_baseline_answers(std::string_view text, const Questionnaire& questionnaire) {
  const JsonRead peek = read_json(text);
  const bool is_meeting = peek.value && peek.value->is_object() && peek.value->contains("schema") &&
                          (*peek.value)["schema"] == kMeetingSchema;
  if (!is_meeting) return read_participant_answers(text, questionnaire);
  MeetingRead meeting = read_meeting_document(text, questionnaire);
  if (!meeting.value) return {std::nullopt, std::move(meeting.problems)};
  return {agreed_answers(*meeting.value), {}};
}

std::string meeting_document_text(const Meeting& meeting) {
  OrderedJson doc;
  doc["schema"] = kMeetingSchema;
  doc["lang"] = language_code(meeting.lang);
  if (!meeting.title.empty()) doc["title"] = meeting.title;
  doc["participants"] = OrderedJson::array();
  for (const auto& participant : meeting.participants) {
    doc["participants"].push_back({{"name", participant.name}, {"answers", OrderedJson::parse(answers_to_json(participant.answers).dump())}});
  }
  doc["agreed"] = OrderedJson::object();
  for (const auto& [question, agreed] : meeting.agreed) {
    OrderedJson entry = OrderedJson::object();
    if (!agreed.option.empty()) entry["option"] = agreed.option;
    if (!agreed.from.empty()) entry["from"] = agreed.from;
    if (!agreed.note.empty()) entry["note"] = agreed.note;
    doc["agreed"][question] = std::move(entry);
  }
  if (!meeting.figures_from.empty()) doc["figures_from"] = meeting.figures_from;
  if (meeting.baseline) {
    doc["baseline"] = {{"label", meeting.baseline->label}, {"answers", OrderedJson::parse(answers_to_json(meeting.baseline->answers).dump())}};
  }
  // The operations refuse malformed UTF-8, but a Meeting is a plain value anyone can fill: replaced,
  // never thrown (the core does not throw).
  return doc.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

}  // namespace phasecheck

#include "core/meeting.hpp"

#include <algorithm>

#include "core/limits.hpp"
#include "core/persistence.hpp"
#include "core/share_link.hpp"
#include "core/utf8.hpp"

namespace phasecheck {
namespace {

MeetingChange refused(std::string where, std::string what) { return {std::nullopt, {{std::move(where), std::move(what)}}}; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Lower case for the comparison of names: ASCII and the Latin-1 capitals (À–Þ without ×), which
// covers the names of a German-speaking meeting ("ÖZTÜRK" = "Öztürk"); other scripts compare exactly.
std::u32string folded(std::string_view text) {
  std::u32string out;
  utf8::for_each_code_point(text, [&](char32_t c) {
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) c += 0x20;
    out += c;
  });
  return out;
}

const Question* find_question(const Questionnaire& questionnaire, std::string_view question_id, Problems& problems) {
  const Question* question = questionnaire.find_question(question_id);
  if (!question) problems.push_back({std::string(question_id), "unknown question"});
  return question;
}

}  // namespace

const Participant* Meeting::find(std::string_view name) const {
  for (const auto& participant : participants) {
    if (same_name(participant.name, name)) return &participant;
  }
  return nullptr;
}

std::string trimmed_name(std::string_view name) {
  while (!name.empty() && is_space(name.front())) name.remove_prefix(1);
  while (!name.empty() && is_space(name.back())) name.remove_suffix(1);
  return std::string(name);
}

bool same_name(std::string_view a, std::string_view b) { return folded(trimmed_name(a)) == folded(trimmed_name(b)); }

MeetingChange add_participant(const Meeting& meeting, std::string_view name, AnswersDocument answers) {
  const std::string clean = trimmed_name(name);
  if (clean.empty()) return refused("name", "a participant needs a name or role");
  if (limits::characters(clean) > limits::kParticipantNameCharacters) {
    return refused("name", "longer than " + std::to_string(limits::kParticipantNameCharacters) + " characters");
  }
  if (meeting.find(clean)) return refused(clean, "already in the meeting (names are compared ignoring case)");
  if (meeting.participants.size() >= limits::kMeetingParticipants) {
    return refused(clean, "the meeting already has " + std::to_string(limits::kMeetingParticipants) +
                              " participants, the most it holds");
  }
  Meeting changed = meeting;
  changed.participants.push_back({clean, std::move(answers)});
  return {std::move(changed), {}};
}

MeetingChange remove_participant(const Meeting& meeting, std::string_view name) {
  const Participant* participant = meeting.find(name);
  if (!participant) return refused(std::string(name), "not in the meeting");
  Meeting changed = meeting;
  const auto at = changed.participants.begin() + (participant - meeting.participants.data());
  const std::string removed = at->name;
  changed.participants.erase(at);
  // What the meeting took from them stays agreed; only the link to a person who left goes.
  for (auto& [question, agreed] : changed.agreed) {
    if (same_name(agreed.from, removed)) agreed.from.clear();
  }
  if (same_name(changed.figures_from, removed)) changed.figures_from.clear();
  return {std::move(changed), {}};
}

Checked<AnswersDocument> read_participant_answers(std::string_view text, const Questionnaire& questionnaire) {
  // A pasted link is a whole address ("https://…/#a=1…") or its fragment; a file is JSON.
  const std::size_t fragment = text.find("#a=");
  if (fragment != std::string_view::npos || text.substr(0, 2) == "a=") {
    if (text.size() > limits::kLinkCharacters * 4) return {std::nullopt, {{"", "too long for a share link"}}};
    const std::string link = fragment == std::string_view::npos ? "#" + std::string(text) : std::string(text.substr(fragment));
    ShareRead read = decode_share_fragment(trimmed_name(link), questionnaire);
    return {std::move(read.value), std::move(read.problems)};
  }
  ImportRead read = import_document(text, questionnaire);
  return {std::move(read.value), std::move(read.problems)};
}

std::string participant_name_for(const AnswersDocument& answers, std::string_view file_name) {
  if (std::string name = trimmed_name(answers.meta_text("participant")); !name.empty()) return name;
  const std::size_t slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  // "kam.answers.json" (the project's own naming) and "kam.json" both name "kam".
  for (const std::string_view suffix : {std::string_view(".json"), std::string_view(".answers")}) {
    if (file_name.size() > suffix.size() && file_name.substr(file_name.size() - suffix.size()) == suffix) {
      file_name.remove_suffix(suffix.size());
    }
  }
  return trimmed_name(file_name);
}

ParticipantsAdded add_participant_files(const Meeting& meeting, const std::vector<ParticipantFile>& files,
                                        const Questionnaire& questionnaire) {
  ParticipantsAdded result{meeting, {}, {}};
  for (const auto& file : files) {
    auto name_problem = [&](const Problem& p) { return Problem{file.file_name, describe(p)}; };
    Checked<AnswersDocument> read = read_participant_answers(file.text, questionnaire);
    if (!read.value) {
      for (const auto& p : read.problems) result.problems.push_back(name_problem(p));
      continue;
    }
    const std::string name = participant_name_for(*read.value, file.file_name);
    MeetingChange added = add_participant(result.meeting, name, std::move(*read.value));
    if (!added.value) {
      for (const auto& p : added.problems) result.problems.push_back(name_problem(p));
      continue;
    }
    result.meeting = std::move(*added.value);
    result.added.push_back(result.meeting.participants.back().name);
  }
  return result;
}

MeetingChange take_answer(const Meeting& meeting, std::string_view question_id, std::string_view participant,
                          const Questionnaire& questionnaire) {
  Problems problems;
  if (!find_question(questionnaire, question_id, problems)) return {std::nullopt, std::move(problems)};
  const Participant* from = meeting.find(participant);
  if (!from) return refused(std::string(participant), "not in the meeting");
  const std::string_view option = from->answers.answer(question_id);
  if (option.empty()) return refused(std::string(question_id), from->name + " did not answer this question");
  Meeting changed = meeting;
  AgreedAnswer& agreed = changed.agreed[std::string(question_id)];
  agreed.option = std::string(option);
  agreed.from = from->name;
  return {std::move(changed), {}};
}

MeetingChange set_agreed_option(const Meeting& meeting, std::string_view question_id, std::string_view option_id,
                                const Questionnaire& questionnaire) {
  Problems problems;
  const Question* question = find_question(questionnaire, question_id, problems);
  if (!question) return {std::nullopt, std::move(problems)};
  if (!question->find_option(option_id)) {
    return refused(std::string(question_id),
                   "unknown option \"" + std::string(option_id) + "\"; allowed: " + question->option_list());
  }
  Meeting changed = meeting;
  AgreedAnswer& agreed = changed.agreed[std::string(question_id)];
  agreed.option = std::string(option_id);
  agreed.from.clear();
  return {std::move(changed), {}};
}

MeetingChange clear_agreed_option(const Meeting& meeting, std::string_view question_id) {
  Meeting changed = meeting;
  const auto it = changed.agreed.find(question_id);
  if (it == changed.agreed.end()) return {std::move(changed), {}};
  it->second.option.clear();
  it->second.from.clear();
  if (it->second.note.empty()) changed.agreed.erase(it);
  return {std::move(changed), {}};
}

MeetingChange set_note(const Meeting& meeting, std::string_view question_id, std::string_view note,
                       const Questionnaire& questionnaire) {
  Problems problems;
  if (!find_question(questionnaire, question_id, problems)) return {std::nullopt, std::move(problems)};
  if (limits::characters(note) > limits::kMeetingNoteCharacters) {
    return refused(std::string(question_id), "note longer than " + std::to_string(limits::kMeetingNoteCharacters) + " characters");
  }
  Meeting changed = meeting;
  changed.agreed[std::string(question_id)].note = std::string(note);
  const auto it = changed.agreed.find(question_id);
  if (it->second.note.empty() && it->second.option.empty()) changed.agreed.erase(it);
  return {std::move(changed), {}};
}

MeetingChange set_figures_from(const Meeting& meeting, std::string_view participant) {
  Meeting changed = meeting;
  if (participant.empty()) {
    changed.figures_from.clear();
    return {std::move(changed), {}};
  }
  const Participant* from = meeting.find(participant);
  if (!from) return refused(std::string(participant), "not in the meeting");
  changed.figures_from = from->name;
  return {std::move(changed), {}};
}

MeetingChange set_baseline(const Meeting& meeting, Baseline baseline) {
  if (limits::characters(baseline.label) > limits::kParticipantNameCharacters) {
    return refused("baseline", "label longer than " + std::to_string(limits::kParticipantNameCharacters) + " characters");
  }
  Meeting changed = meeting;
  baseline.label = trimmed_name(baseline.label);
  changed.baseline = std::move(baseline);
  return {std::move(changed), {}};
}

}  // namespace phasecheck

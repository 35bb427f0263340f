#include "core/meeting.hpp"

#include <algorithm>

#include "core/limits.hpp"
#include "core/persistence.hpp"
#include "core/share_link.hpp"
#include "core/utf8.hpp"

namespace phasecheck {
namespace {

MeetingChange refused(std::string where, std::string what) { return {std::nullopt, {{std::move(where), std::move(what)}}}; }

// The spaces trimmed from a name's ends: ASCII white space and the no-break spaces a word processor
// or a form pastes (U+00A0, U+202F), which look the same and would otherwise make "CEO " a new person.
constexpr std::string_view kSpaces[] = {" ", "\t", "\n", "\r", "\xC2\xA0", "\xE2\x80\xAF"};

std::size_t space_at_front(std::string_view text) {
  for (const std::string_view space : kSpaces) {
    if (text.substr(0, space.size()) == space) return space.size();
  }
  return 0;
}
std::size_t space_at_back(std::string_view text) {
  for (const std::string_view space : kSpaces) {
    if (text.size() >= space.size() && text.substr(text.size() - space.size()) == space) return space.size();
  }
  return 0;
}

// The Latin-1 letters written decomposed, as macOS writes file names (NFD): "u" + U+0308 = "ü".
// Composed before comparing, so "Müller.json" from a Mac is the "Müller" typed on Windows. Each
// entry: the combining mark, then the bases it composes with and what they give, in step.
struct Composition {
  char32_t mark;
  std::u32string_view bases;
  std::u32string_view composed;
};
constexpr Composition kCompositions[] = {
    {0x0300, U"AEIOUaeiou", U"\u00C0\u00C8\u00CC\u00D2\u00D9\u00E0\u00E8\u00EC\u00F2\u00F9"},
    {0x0301, U"AEIOUYaeiouy", U"\u00C1\u00C9\u00CD\u00D3\u00DA\u00DD\u00E1\u00E9\u00ED\u00F3\u00FA\u00FD"},
    {0x0302, U"AEIOUaeiou", U"\u00C2\u00CA\u00CE\u00D4\u00DB\u00E2\u00EA\u00EE\u00F4\u00FB"},
    {0x0303, U"ANOano", U"\u00C3\u00D1\u00D5\u00E3\u00F1\u00F5"},
    {0x0308, U"AEIOUaeiouy", U"\u00C4\u00CB\u00CF\u00D6\u00DC\u00E4\u00EB\u00EF\u00F6\u00FC\u00FF"},
    {0x030A, U"Aa", U"\u00C5\u00E5"},
    {0x0327, U"Cc", U"\u00C7\u00E7"},
};

// Lower case for the comparison of names: ASCII and the Latin-1 capitals (À–Þ without ×), which
// covers the names of a German-speaking meeting ("ÖZTÜRK" = "Öztürk"), after composing decomposed
// Latin-1 letters; other scripts compare exactly.
std::u32string folded(std::string_view text) {
  std::u32string out;
  utf8::for_each_code_point(text, [&](char32_t c) {
    for (const Composition& composition : kCompositions) {
      const std::size_t base = out.empty() ? std::u32string_view::npos : composition.bases.find(out.back());
      if (c == composition.mark && base != std::u32string_view::npos) {
        out.back() = composition.composed[base];
        return;
      }
    }
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) c += 0x20;
    out += c;
  });
  return out;
}

// Whether `text` ends in `suffix`, ignoring ASCII case ("KAM.JSON").
bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
  if (text.size() <= suffix.size()) return false;
  const std::string_view end = text.substr(text.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    const char c = end[i] >= 'A' && end[i] <= 'Z' ? static_cast<char>(end[i] + 0x20) : end[i];
    if (c != suffix[i]) return false;
  }
  return true;
}

// What is wrong with text a person typed or a file brought (names, title, notes, label), or "" when
// nothing is. Malformed UTF-8 is refused here, where it comes in, rather than cleaned on every way
// out: "M\xFCller" and "M\xE4ller" would otherwise fold alike, and no JSON writer takes it. Control
// characters are refused too: printed by the CLI they would move the cursor, erase or forge lines
// ("CEO\x1B[2K\rVertriebsleitung: Phase 1"). A note may run over several lines (\n) and hold tabs,
// which only move forward; a name, title or label is one line.
enum class Lines { one, several };
std::string typed_text_problem(std::string_view text, Lines lines) {
  if (!utf8::valid(text)) return "not valid UTF-8 (save the file as UTF-8)";
  bool control = false;
  utf8::for_each_code_point(text, [&](char32_t c) {
    const bool allowed = lines == Lines::several && (c == '\n' || c == '\t');
    control = control || (utf8::is_control(c) && !allowed);
  });
  if (control) return lines == Lines::one ? "holds a line break or control character" : "holds a control character";
  return "";
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
  while (const std::size_t n = space_at_front(name)) name.remove_prefix(n);
  while (const std::size_t n = space_at_back(name)) name.remove_suffix(n);
  return std::string(name);
}

bool same_name(std::string_view a, std::string_view b) { return folded(trimmed_name(a)) == folded(trimmed_name(b)); }

MeetingChange add_participant(const Meeting& meeting, std::string_view name, AnswersDocument answers) {
  const std::string clean = trimmed_name(name);
  if (clean.empty()) return refused("name", "a participant needs a name or role");
  if (std::string problem = typed_text_problem(clean, Lines::one); !problem.empty()) return refused("name", problem);
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
  // A file is a JSON object; anything else is a pasted link: a whole address ("https://…/#a=1…") or
  // its fragment. The object is recognised first, because a file may well mention a link (notes:
  // "Link: https://…/#a=1…") and is not one.
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  const bool json_object = start != std::string_view::npos && text[start] == '{';
  const std::size_t fragment = text.find("#a=");
  if (!json_object && (fragment != std::string_view::npos || text.substr(0, 2) == "a=")) {
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
  // "kam.answers.json" (the project's own naming), "kam.json", "KAM.JSON" and "kam.txt" (a pasted
  // link saved as text) all name "kam".
  for (const std::string_view suffix : {std::string_view(".json"), std::string_view(".txt")}) {
    if (ends_with_ignoring_case(file_name, suffix)) {
      file_name.remove_suffix(suffix.size());
      break;
    }
  }
  if (ends_with_ignoring_case(file_name, ".answers")) file_name.remove_suffix(std::string_view(".answers").size());
  return trimmed_name(file_name);
}

ParticipantsAdded add_participant_files(const Meeting& meeting, const std::vector<ParticipantFile>& files,
                                        const Questionnaire& questionnaire) {
  ParticipantsAdded result{meeting, {}, {}};
  for (const auto& file : files) {
    // The file name as the problem's place, cleaned: a name in another encoding is the caller's, but
    // the problem is shown, printed and written as JSON.
    auto name_problem = [&](const Problem& p) { return Problem{utf8::excerpt(file.file_name), describe(p)}; };
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
  if (std::string problem = typed_text_problem(note, Lines::several); !problem.empty()) return refused(std::string(question_id), "note " + problem);
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

MeetingChange set_title(const Meeting& meeting, std::string_view title) {
  // The company field's limit: the title is what the meeting calls the company, and the reader holds
  // a written meeting to the same rules, so what is set here always reads back (the autosave).
  if (limits::characters(title) > limits::kCompanyCharacters) {
    return refused("title", "longer than " + std::to_string(limits::kCompanyCharacters) + " characters");
  }
  if (std::string problem = typed_text_problem(title, Lines::one); !problem.empty()) return refused("title", problem);
  Meeting changed = meeting;
  changed.title = std::string(title);
  return {std::move(changed), {}};
}

MeetingChange set_baseline(const Meeting& meeting, Baseline baseline) {
  if (limits::characters(baseline.label) > limits::kParticipantNameCharacters) {
    return refused("baseline", "label longer than " + std::to_string(limits::kParticipantNameCharacters) + " characters");
  }
  if (std::string problem = typed_text_problem(baseline.label, Lines::one); !problem.empty()) return refused("baseline", "label " + problem);
  Meeting changed = meeting;
  baseline.label = trimmed_name(baseline.label);
  changed.baseline = std::move(baseline);
  return {std::move(changed), {}};
}

}  // namespace phasecheck

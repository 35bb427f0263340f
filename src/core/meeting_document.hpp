#pragma once
// The meeting document ("phasecheck.meeting/1", docs/formats.md): the whole meeting as one file, for
// the autosave, export and import, and `phasecheck meeting`. Read as untrusted input: the document
// limits of core/json_reader, duplicate keys refused, every problem with its JSON pointer, and every
// rule of core/meeting.hpp (names, duplicates, eight participants, notes) checked again.
#include <string>
#include <string_view>

#include "core/meeting.hpp"

namespace phasecheck {

inline constexpr std::string_view kMeetingSchema = "phasecheck.meeting/1";

using MeetingRead = Checked<Meeting>;
MeetingRead read_meeting_document(std::string_view text, const Questionnaire& questionnaire);

// A baseline's answers from what was kept of the earlier assessment: an earlier meeting's document
// (its agreed view, with its figures) or anything a participant's answers can come from.
Checked<AnswersDocument> read_baseline_answers(std::string_view text, const Questionnaire& questionnaire);

// Pretty-printed with a final newline; reading it back gives the same meeting, writing that the same bytes.
std::string meeting_document_text(const Meeting& meeting);

}  // namespace phasecheck

#pragma once
// Wording that only meeting mode needs, in a file of its own, so the check's first download does not
// carry it: assets/meeting.json holds the meeting screens' and the meeting report's messages
// ({"schema": "phasecheck.wording/1", "messages": {key: {"de", "en"}}}); only the meeting page fetches
// it, and the CLI's compare and meeting read it (built in, or --meeting-wording FILE).
// Validated on load like the questionnaire: exactly the required keys, both languages, nothing that
// would reword the questionnaire's own messages.
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck {

inline constexpr std::string_view kWordingSchema = "phasecheck.wording/1";

// Meeting mode's message keys (the screens' "meeting.*", the report's "report.meeting.*"): the meeting
// page's and the CLI's loader insist on exactly these.
const std::vector<std::string>& required_meeting_message_keys();

// Adds the file's messages to `questionnaire` (which keeps them next to its own); on any problem
// nothing is added and the problems say where (JSON pointers).
Problems add_wording(Questionnaire& questionnaire, std::string_view json_text, const std::vector<std::string>& required);

}  // namespace phasecheck

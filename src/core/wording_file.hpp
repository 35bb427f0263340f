#pragma once
// Wording that only one page needs, in a file of its own, so the check's first download does not
// carry it: assets/meeting.json holds the meeting screens' messages ({"schema":
// "phasecheck.wording/1", "messages": {key: {"de", "en"}}}) and only the meeting page fetches it.
// Validated on load like the questionnaire: exactly the required keys, both languages, nothing that
// would reword the questionnaire's own messages.
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck {

inline constexpr std::string_view kWordingSchema = "phasecheck.wording/1";

// The meeting screens' message keys ("meeting.*"): the meeting page's loader insists on exactly these.
const std::vector<std::string>& required_meeting_message_keys();

// Adds the file's messages to `questionnaire` (which keeps them next to its own); on any problem
// nothing is added and the problems say where (JSON pointers).
Problems add_wording(Questionnaire& questionnaire, std::string_view json_text, const std::vector<std::string>& required);

}  // namespace phasecheck

#pragma once
// `phasecheck compare` and `phasecheck meeting` (issue #14): several people's answers side by side,
// and a whole meeting document, as text in the report's language or as JSON.
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/meeting.hpp"

namespace phasecheck {
// assets/meeting.json, built into the CLI (CMakeLists.txt) as the questionnaire is.
extern const std::string_view embedded_meeting_wording_json;
}  // namespace phasecheck

namespace phasecheck::cli {

// Exit status when some files were refused but the good ones were compared (stderr names them).
inline constexpr int kExitPartial = 3;

struct MeetingOutput {
  std::optional<Language> lang;  // --lang; else the meeting's language (compare: German)
  bool json = true;
  bool meeting_document = false;  // compare: the participants as a phasecheck.meeting/1 document
};

// `questionnaire` carries meeting mode's wording (core/wording_file) in both functions.
// `files` as read (a file that could not be read is in `read_problems` instead).
int compare_files(const std::vector<ParticipantFile>& files, const Problems& read_problems,
                  const Questionnaire& questionnaire, const MeetingOutput& output, std::ostream& out, std::ostream& err);
int show_meeting(const std::string& name, const std::string& text, const Questionnaire& questionnaire,
                 const MeetingOutput& output, std::ostream& out, std::ostream& err);

}  // namespace phasecheck::cli

// Meeting documents: read or refused with problems; what is read writes back to the same meeting
// (write → read → write gives the same bytes), and everything built on it — divergence, the joint
// result, the baseline comparison and the printed report — runs without a crash. The same bytes as a
// participant's file or link and as a baseline (read_participant_answers, add_participant_files,
// read_baseline_answers): an answer or problems, every problem valid UTF-8, and a meeting that
// writes and reads back.
#include <algorithm>

#include "core/brand.hpp"
#include "core/meeting_baseline.hpp"
#include "core/meeting_divergence.hpp"
#include "core/meeting_document.hpp"
#include "core/meeting_report_html.hpp"
#include "core/utf8.hpp"
#include "fuzz_support.hpp"

namespace {

using namespace phasecheck;

void require_clean(const Problems& problems) {
  for (const auto& p : problems) fuzz::require(utf8::valid(describe(p)), "problems are valid UTF-8 (shown, printed, written as JSON)");
}

// The other ways the same bytes come into a meeting: a participant's file (named by its first line,
// as a file name may be anything) or link, and a baseline.
void as_participant_and_baseline(std::string_view text, const Questionnaire& q) {
  const Checked<AnswersDocument> answers = read_participant_answers(text, q);
  fuzz::require(answers.value.has_value() != !answers.problems.empty(), "answers or the problems, never both");
  require_clean(answers.problems);
  const std::size_t line = std::min(text.find('\n'), std::size_t{64});
  const std::string file_name(text.substr(0, std::min(line, text.size())));
  const ParticipantsAdded added = add_participant_files({}, {{file_name, std::string(text)}, {"b.json", std::string(text)}}, q);
  require_clean(added.problems);
  fuzz::require(added.meeting.participants.size() == added.added.size(), "each added file is one participant");
  for (const auto& participant : added.meeting.participants) {
    fuzz::require(utf8::valid(participant.name), "names are valid UTF-8");
  }
  const std::string written = meeting_document_text(added.meeting);
  fuzz::require(read_meeting_document(written, q).value.has_value(), "a meeting of added files reads back");
  const Checked<AnswersDocument> baseline = read_baseline_answers(text, q);
  fuzz::require(baseline.value.has_value() != !baseline.problems.empty(), "a baseline or the problems, never both");
  require_clean(baseline.problems);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace phasecheck;
  const auto& q = fuzz::shipped();
  const std::string_view text = fuzz::text(data, size);
  as_participant_and_baseline(text, q);
  const MeetingRead read = read_meeting_document(text, q);
  fuzz::require(read.value.has_value() != !read.problems.empty(), "a meeting or the problems, never both");
  require_clean(read.problems);
  if (!read.value) return 0;
  const Meeting& meeting = *read.value;
  fuzz::require(meeting.participants.size() <= limits::kMeetingParticipants, "at most eight participants");
  const std::string written = meeting_document_text(meeting);
  const MeetingRead again = read_meeting_document(written, q);
  fuzz::require(again.value.has_value(), "a written meeting reads again");
  fuzz::require(meeting_document_text(*again.value) == written, "write → read → write is identical");
  for (const auto& row : meeting_divergence(meeting, q)) {
    fuzz::require(row.differing >= 0 && row.differing < std::max(row.answered, 1), "differing within the answered");
    fuzz::require(row.percent() >= 0 && row.percent() < 100, "a share below 100 %");
  }
  const JointResult joint = joint_result(meeting, q, meeting.lang);
  // The rule is "no *required* question open": optional questions may stay open.
  const bool required_open =
      std::any_of(joint.open.begin(), joint.open.end(), [](const OpenQuestion& open) { return open.required; });
  fuzz::require(joint.report.has_value() == !required_open, "a joint result exactly when no required question is open");
  if (meeting.baseline) (void)compare_with_baseline(meeting.baseline->answers, agreed_answers(meeting), q, meeting.lang);
  static const Brand brand = [] {
    Brand b;
    b.name = "Fuzz";
    return b;
  }();
  const std::string html = meeting_report_html({meeting, q, brand, "28.11.2026", ""});
  fuzz::require(html.find("<script") == std::string::npos, "no typed text becomes markup");
  return 0;
}

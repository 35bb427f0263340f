// Meeting documents: read or refused with problems; what is read writes back to the same meeting
// (write → read → write gives the same bytes), and everything built on it — divergence, the joint
// result, the baseline comparison and the printed report — runs without a crash.
#include "core/brand.hpp"
#include "core/meeting_baseline.hpp"
#include "core/meeting_divergence.hpp"
#include "core/meeting_document.hpp"
#include "core/meeting_report_html.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace phasecheck;
  const auto& q = fuzz::shipped();
  const MeetingRead read = read_meeting_document(fuzz::text(data, size), q);
  fuzz::require(read.value.has_value() != !read.problems.empty(), "a meeting or the problems, never both");
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
  fuzz::require(joint.report.has_value() == joint.open.empty(), "a joint result exactly when nothing is open");
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

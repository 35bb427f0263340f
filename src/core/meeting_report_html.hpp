#pragma once
// The printable A4 meeting report: participants, where the views differ, the indicators side by
// side, the agreed answers with their notes, the joint recommendation and, with a baseline, before
// and after. Same stylesheet and HTML conventions as core/report_html; every typed text is escaped.
#include <string>
#include <string_view>

#include "core/brand.hpp"
#include "core/meeting.hpp"

namespace phasecheck {

struct MeetingPage {
  const Meeting& meeting;  // its language is the report's
  const Questionnaire& questionnaire;
  const Brand& brand;
  std::string_view date;        // as the reader expects it, e.g. "28.11.2026"
  std::string_view stylesheet;  // web/report.css, inlined
};

std::string meeting_report_html(const MeetingPage& page);

}  // namespace phasecheck

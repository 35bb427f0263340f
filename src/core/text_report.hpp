#pragma once
// A plain-text rendering of a report for terminals, wrapped to a fixed width.
#include <string>

#include "core/report.hpp"

namespace phasecheck {

// The headings come from the questionnaire the report was built from, in the report's language.
std::string report_to_text(const Report& report, const Questionnaire& questionnaire, std::size_t width = 78);

}  // namespace phasecheck

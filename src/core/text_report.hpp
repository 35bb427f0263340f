#pragma once
// A plain-text rendering of a report for terminals, wrapped to a fixed width.
#include <string>

#include "core/report.hpp"

namespace phasecheck {

std::string report_to_text(const Report& report, std::size_t width = 78);

}  // namespace phasecheck

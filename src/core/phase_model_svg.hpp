#pragma once
// The three-phase model as a small inline SVG for the printed report: the three phases in their
// cycle, the recommended one marked "you are here". No external file, so it works offline and in
// the single-file edition; presentation attributes only (no style attributes), so the report's
// Content-Security-Policy needs nothing for it.
#include <string>

#include "core/brand.hpp"
#include "core/questionnaire.hpp"
#include "core/rules.hpp"

namespace phasecheck {

std::string phase_model_svg(const Questionnaire& questionnaire, const Brand& brand, Phase here, Language language);

}  // namespace phasecheck

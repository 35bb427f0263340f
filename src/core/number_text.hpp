#pragma once
// Numbers as people type them: "1.250.000", "1 250 000 €", "1,5" (German) or "1,250,000.50" (English).
#include <optional>
#include <string>
#include <string_view>

#include "core/localized_text.hpp"

namespace phasecheck {

// Spaces, the euro sign and thousands separators of the language are ignored; the decimal mark is
// the language's. Anything else (letters, two decimal marks, misplaced separators) is refused.
std::optional<double> parse_number_text(std::string_view text, Language language);

// The inverse, for showing a stored value in a field: no grouping, the language's decimal mark.
std::string number_to_input_text(double value, Language language);

}  // namespace phasecheck

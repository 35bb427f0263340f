#pragma once
// Numbers as people type them: "1.250.000", "1 250 000 €", "1,5" (German) or "1,250,000.50" (English)
// — in either notation, whichever language the app speaks.
#include <optional>
#include <string>
#include <string_view>

#include "core/localized_text.hpp"

namespace phasecheck {

// What typed text says as a number.
//   value:        one reading only. Both notations are read where they cannot be confused:
//                 "1.000.000" and "1,000,000", "1.234,5" and "1,234.5", "12,5" and "12.5".
//   ambiguous:    two readings — one separator followed by exactly three digits, and that separator is
//                 the language's decimal mark: "150.000" in English (150, or 150,000 in German notation),
//                 "150,000" in German. The visitor has to say which is meant. (Where the separator is the
//                 language's thousands mark — "150.000" in German — the language's reading counts.)
//   not_a_number: anything else (letters, misplaced separators, "1e5").
// Spaces (also no-break and narrow no-break spaces) and the euro sign are ignored; a minus may lead.
struct NumberReading {
  enum class Kind { not_a_number, value, ambiguous };
  Kind kind = Kind::not_a_number;
  double value = 0;  // the value; when ambiguous, the reading with the decimal mark (the smaller one)
  double other = 0;  // when ambiguous: the reading with the thousands mark
};
NumberReading read_number_text(std::string_view text, Language language);

// The value when the text has exactly one reading; none when it is ambiguous or not a number.
std::optional<double> parse_number_text(std::string_view text, Language language);

// The inverse, for showing a stored value in a field: no grouping, the language's decimal mark.
std::string number_to_input_text(double value, Language language);

}  // namespace phasecheck

#include "core/number_text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace phasecheck {

std::optional<double> parse_number_text(std::string_view text, Language language) {
  const char group = language == Language::de ? '.' : ',';
  const char decimal = language == Language::de ? ',' : '.';
  std::string plain;
  bool seen_decimal = false;
  bool seen_digit = false;
  std::size_t digits_since_group = 0;
  bool grouped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ') continue;
    if (text.substr(i, 3) == "\xE2\x82\xAC") {  // €
      i += 2;
      continue;
    }
    if (c >= '0' && c <= '9') {
      plain += c;
      seen_digit = true;
      ++digits_since_group;
    } else if (c == group && !seen_decimal && seen_digit) {
      if (grouped && digits_since_group != 3) return std::nullopt;
      grouped = true;
      digits_since_group = 0;
    } else if (c == decimal && !seen_decimal) {
      if (grouped && digits_since_group != 3) return std::nullopt;
      plain += '.';
      seen_decimal = true;
      grouped = false;
    } else if (c == '-' && plain.empty() && !seen_digit) {
      plain += '-';
    } else {
      return std::nullopt;
    }
  }
  if (grouped && digits_since_group != 3) return std::nullopt;
  if (!seen_digit || plain.size() > 40) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(plain.c_str(), &end);
  if (end != plain.c_str() + plain.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string number_to_input_text(double value, Language language) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  std::string text = buffer;
  if (language == Language::de) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

}  // namespace phasecheck

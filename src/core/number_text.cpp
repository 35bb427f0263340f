#include "core/number_text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace phasecheck {
namespace {

constexpr std::size_t kMaxDigits = 40;

// Characters a typed number may carry that say nothing about its value.
std::size_t ignorable_at(std::string_view text, std::size_t i) {
  if (text[i] == ' ') return 1;
  for (std::string_view mark : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89", "\xE2\x82\xAC"}) {  // NBSP, NNBSP, thin space, €
    if (text.substr(i, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// Thousands grouping: a first group of 1–3 digits not starting with 0, then groups of exactly 3.
bool grouped(const std::vector<std::string>& groups, std::size_t count) {
  if (count < 2 || groups[0].empty() || groups[0].size() > 3 || (groups[0][0] == '0')) return false;
  for (std::size_t i = 1; i < count; ++i) {
    if (groups[i].size() != 3) return false;
  }
  return true;
}

std::optional<double> to_double(bool negative, const std::string& integer, const std::string& fraction) {
  std::string plain = (negative ? "-" : "") + (integer.empty() ? std::string("0") : integer);
  if (!fraction.empty()) plain += "." + fraction;
  char* end = nullptr;
  const double value = std::strtod(plain.c_str(), &end);
  if (end != plain.c_str() + plain.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

NumberReading single(std::optional<double> value) {
  if (!value) return {};
  return {NumberReading::Kind::value, *value, 0};
}

}  // namespace

NumberReading read_number_text(std::string_view text, Language language) {
  bool negative = false;
  std::vector<std::string> groups(1);  // digit runs between separators
  std::string separators;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t skip = ignorable_at(text, i)) {
      i += skip;
      continue;
    }
    const char c = text[i++];
    if (c >= '0' && c <= '9') {
      groups.back() += c;
      ++digits;
    } else if (c == '.' || c == ',') {
      separators += c;
      groups.emplace_back();
    } else if (c == '-' && !negative && digits == 0 && separators.empty()) {
      negative = true;
    } else {
      return {};
    }
  }
  if (digits == 0 || digits > kMaxDigits) return {};
  for (std::size_t i = 1; i + 1 < groups.size(); ++i) {
    if (groups[i].empty()) return {};  // "1..5"
  }
  if (separators.empty()) return single(to_double(negative, groups[0], ""));
  if (groups.back().empty()) return {};  // "5," — a separator must be followed by digits
  if (groups[0].empty()) {                // ",5" / ".5": a decimal mark, whichever it is
    if (separators.size() != 1) return {};
    return single(to_double(negative, "", groups[1]));
  }

  const std::size_t n = separators.size();
  const char last = separators.back();
  const bool mixed = separators.find_first_not_of(last) != std::string::npos;
  auto integer_of = [&](std::size_t count) {
    std::string integer;
    for (std::size_t i = 0; i < count; ++i) integer += groups[i];
    return integer;
  };
  if (mixed) {
    // "1.234.567,89" / "1,234,567.89": the last separator is the decimal mark, once; the others group.
    if (separators.substr(0, n - 1).find(last) != std::string::npos || !grouped(groups, n)) return {};
    return single(to_double(negative, integer_of(n), groups.back()));
  }
  if (n >= 2) {  // "1.000.000" / "1,000,000": only grouping repeats
    if (!grouped(groups, n + 1)) return {};
    return single(to_double(negative, integer_of(n + 1), ""));
  }
  // One separator: a decimal mark, or — followed by exactly three digits — possibly a thousands mark.
  const std::optional<double> as_decimal = to_double(negative, groups[0], groups[1]);
  if (groups[1].size() != 3 || groups[0][0] == '0') return single(as_decimal);
  const std::optional<double> as_thousands = to_double(negative, groups[0] + groups[1], "");
  // Only the language's own thousands mark in proper grouping ("150.000" in German) is read without
  // asking; "1234.567" might be sloppy grouping as much as a decimal.
  const char language_group = language == Language::de ? '.' : ',';
  if (last == language_group && grouped(groups, 2)) return single(as_thousands);
  if (!as_decimal || !as_thousands) return {};
  return {NumberReading::Kind::ambiguous, *as_decimal, *as_thousands};
}

std::optional<double> parse_number_text(std::string_view text, Language language) {
  const NumberReading reading = read_number_text(text, language);
  if (reading.kind != NumberReading::Kind::value) return std::nullopt;
  return reading.value;
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

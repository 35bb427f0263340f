#include "core/format.hpp"

#include <cmath>
#include <cstdio>

namespace phasecheck {
namespace {

// Groups the integer digits of a plain decimal number ("-1234567.5") in threes; a minus becomes
// the minus sign (−) that typesetting asks for.
std::string localize_digits(const std::string& plain, Language language) {
  const char group = language == Language::de ? '.' : ',';
  const char decimal = language == Language::de ? ',' : '.';
  const std::size_t sign = plain.rfind('-', 0) == 0 ? 1 : 0;
  const std::size_t point = plain.find('.');
  const std::size_t int_end = point == std::string::npos ? plain.size() : point;
  std::string out = sign ? "\xE2\x88\x92" : "";  // U+2212 MINUS SIGN, not a hyphen
  for (std::size_t i = sign; i < int_end; ++i) {
    out += plain[i];
    const std::size_t remaining = int_end - i - 1;
    if (remaining > 0 && remaining % 3 == 0) out += group;
  }
  if (point != std::string::npos) out += decimal + plain.substr(point + 1);
  return out;
}

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  if (text == "-0" || text == "-0.0" || text == "-0.00") text.erase(0, 1);
  return text;
}

// German sets the sign apart (DIN 5008), English writes it on.
std::string with_percent_sign(const std::string& number, Language language) {
  return language == Language::de ? number + " %" : number + "%";
}

}  // namespace

std::string format_percent(double ratio, Language language) {
  return with_percent_sign(localize_digits(fixed(ratio * 100, 1), language), language);
}

std::string format_whole_percent(int percent, Language language) {
  return with_percent_sign(std::to_string(percent), language);
}

std::string format_money(double amount, Language language) {
  const std::string number = localize_digits(fixed(std::round(amount), 0), language);
  return language == Language::de ? number + " €" : "€" + number;
}

std::string format_indicator(double value, IndicatorUnit unit, Language language) {
  switch (unit) {
    case IndicatorUnit::ratio: return format_percent(value, language);
    case IndicatorUnit::currency: return format_money(value, language);
    case IndicatorUnit::currency_per_currency: {
      const std::string number = localize_digits(fixed(value, 2), language);
      return language == Language::de ? number + " €" : "€" + number;
    }
  }
  return {};
}

std::string format_number(double value, Language language) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  const std::string plain = buffer;
  if (plain.find_first_of("eEn") != std::string::npos) return plain;  // beyond any figure: not grouped
  return localize_digits(plain, language);
}

std::string format_figure(Figure figure, double value, Language language) {
  const std::string number = format_number(value, language);
  if (figure == Figure::sales_fte) return number;
  return language == Language::de ? number + " €" : "€" + number;
}

std::string format_iso_date(std::string_view iso, Language language) {
  auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
      if (i >= iso.size() || iso[i] < '0' || iso[i] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4) || iso.size() < 10 || iso[4] != '-' || !digits(5, 2) || iso[7] != '-' || !digits(8, 2)) return std::string(iso);
  const std::string year(iso.substr(0, 4)), month(iso.substr(5, 2)), day(iso.substr(8, 2));
  if (language == Language::de) return day + "." + month + "." + year;
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const int m = std::stoi(month);
  if (m < 1 || m > 12) return std::string(iso);
  return std::to_string(std::stoi(day)) + " " + months[m - 1] + " " + year;
}

}  // namespace phasecheck

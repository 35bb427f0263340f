#pragma once
// Numbers as a German or English reader expects them: "12,5 %" / "12.5%", "1.250.000 €" / "€1,250,000".
#include <string>

#include "core/economics.hpp"
#include "core/localized_text.hpp"

namespace phasecheck {

std::string format_percent(double ratio, Language language);
// A whole percentage as the meeting's spread is counted: "25 %" / "25%".
std::string format_whole_percent(int percent, Language language);
std::string format_money(double amount, Language language);
std::string format_indicator(double value, IndicatorUnit unit, Language language);
// A number as typed figures and counts are shown: grouped, with every decimal it has (up to 15
// significant digits): "150.000" / "150,000", "12,345" / "12.345", "20.000" / "20,000".
std::string format_number(double value, Language language);
// A figure with its unit, decimals kept: "150.000 €" / "€150,000", FTE as a plain number.
std::string format_figure(Figure figure, double value, Language language);
// "2026-11-28T10:15:00Z" → "28.11.2026" / "28 Nov 2026"; anything else is returned unchanged.
std::string format_iso_date(std::string_view iso, Language language);

}  // namespace phasecheck

#pragma once
// The optional sales-economics figures (prior and current year) and the indicators derived
// from them. Values are checked per field; the analysis never divides by zero.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.hpp"

namespace phasecheck {

enum class Figure { revenue, gross_margin, sales_cost, sales_fte, new_customer_revenue };
inline constexpr std::array<Figure, 5> kFigures = {Figure::revenue, Figure::gross_margin, Figure::sales_cost,
                                                   Figure::sales_fte, Figure::new_customer_revenue};
std::string_view figure_id(Figure figure);

struct YearFigures {
  std::array<std::optional<double>, kFigures.size()> values;
  std::optional<double>& operator[](Figure figure) { return values[static_cast<std::size_t>(figure)]; }
  const std::optional<double>& operator[](Figure figure) const { return values[static_cast<std::size_t>(figure)]; }
  bool empty() const;
};

struct EconomicsInput {
  YearFigures prior;
  YearFigures current;
  bool empty() const { return prior.empty() && current.empty(); }
};

// Why a figure is refused. The CLI words it in English, the app in the visitor's language.
enum class FigureIssue { none, not_finite, negative, zero, too_small, too_large, exceeds_revenue };
FigureIssue check_figure(Figure figure, double value);
// Parts of revenue (gross margin, new-customer revenue) cannot exceed it.
bool is_part_of_revenue(Figure figure);
std::string describe_figure_issue(FigureIssue issue, Figure figure, double value);
// The message key in the questionnaire's "messages" for an issue ("figures.error.negative").
std::string figure_issue_message_key(FigureIssue issue);

// The issue of one given figure within its year; parts of revenue are held against a valid revenue.
FigureIssue check_year_figure(const YearFigures& year, Figure figure);

// Checks every given value; refused values are removed and reported under `pointer`/<figure>.
void check_year(YearFigures& year, const std::string& pointer, Problems& problems);

// Changes are compared in whole basis points (0.01 percentage points), so 30 % -> 28 % is exactly
// 2 points whatever the binary rounding of the two ratios.
// Changes up to this are noise, not a trend: one percentage point of sales profitability; without
// gross margin, half a point of sales cost ratio and 1 % of revenue per rep.
inline constexpr long kProfitabilityNoise = 100;
inline constexpr long kCostRatioNoise = 50;
inline constexpr long kProductivityNoise = 100;
// Figures count over an answer only from twice the noise band: a rounding, or one booking shifted
// between the two years, must not overturn what the visitor knows.
inline constexpr long kClearFactor = 2;

// Figures that pass every check but look like a slip — a sales cost ratio under 0.5 % or over 60 %,
// a figure that changes more than tenfold between the two years. The app asks about them at the
// field ("is that right?") and goes on with them as they are when the visitor says so; they are
// never refused. Each doubt names the field it is asked at and the two values behind it.
inline constexpr double kCostRatioLow = 0.005;
inline constexpr double kCostRatioHigh = 0.60;
inline constexpr double kTenfold = 10;
struct FigureDoubt {
  enum class Kind { cost_ratio_low, cost_ratio_high, tenfold_change };
  Kind kind;
  bool current_year;  // the year of the field asked at (tenfold changes: the current year's)
  Figure figure;      // the field asked at: sales cost for the ratio, the changing figure otherwise
  double value;       // its value
  double reference;   // what it is held against: the year's revenue, or the figure in the prior year
};
std::vector<FigureDoubt> doubt_figures(const EconomicsInput& input);
std::string_view doubt_id(FigureDoubt::Kind kind);

enum class Trend { rising, stable, falling };
std::string_view trend_id(Trend trend);

enum class IndicatorUnit { ratio, currency, currency_per_currency };
std::string_view unit_id(IndicatorUnit unit);

struct Indicator {
  std::string id;
  IndicatorUnit unit;
  std::optional<double> prior;
  std::optional<double> current;
};

enum class TrendBasis { profitability, cost_and_productivity };

// What the figures contribute as evidence (docs/rules.md, "Evidence").
struct EconomicsAnalysis {
  std::vector<Indicator> indicators;  // only those the given figures allow
  std::optional<Trend> trend;         // what the figures say about profitability
  // The trend again, but only when the change is at least twice the noise band: strong enough to
  // count over an answer that says otherwise.
  std::optional<Trend> clear_trend;
  TrendBasis trend_basis = TrendBasis::profitability;
  // Gross margin minus sales cost of the last closed year (`current`); ≤ 0 means sales earns no
  // positive contribution, so the approach is not economic.
  std::optional<double> contribution;
  std::optional<double> gross_margin, sales_cost;  // the two figures behind it
  const Indicator* find(std::string_view id) const;
};

EconomicsAnalysis analyse_economics(const EconomicsInput& input);

}  // namespace phasecheck

#include "core/economics.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/json_documents.hpp"
#include "core/json_fields.hpp"

namespace phasecheck {
namespace {

// Beyond these a figure is a typo (or a unit mix-up), not a company.
constexpr double kMaxMoney = 1e12;
constexpr double kMaxFte = 1e5;
// Below these a figure is a slip of the finger (a cent of revenue, a thousandth of a rep), and
// dividing by it would produce absurd indicators.
constexpr double kMinMoney = 1;
constexpr double kMinFte = 0.1;
long basis_points(double ratio) { return std::lround(ratio * 10000); }

std::string number_text(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

YearFigures read_year(const Json& value, const std::string& pointer, Problems& problems) {
  YearFigures year;
  JsonFields fields(value, pointer, problems);
  if (!fields.valid()) return year;
  for (Figure figure : kFigures) {
    auto it = value.find(figure_id(figure));
    if (it == value.end() || it->is_null()) continue;
    if (it->is_number()) year[figure] = it->get<double>();
    else problems.push_back({pointer_child(pointer, figure_id(figure)), "expected a number, found " + json_type_phrase(*it)});
  }
  fields.reject_unknown({"revenue", "gross_margin", "sales_cost", "sales_fte", "new_customer_revenue"});
  check_year(year, pointer, problems);
  return year;
}

// Every indicator goes through here: no division by zero, and nothing that is not a finite number.
std::optional<double> ratio(std::optional<double> numerator, std::optional<double> denominator) {
  if (!numerator || !denominator || *denominator == 0) return std::nullopt;
  const double value = *numerator / *denominator;
  if (!std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<double> difference(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return std::nullopt;
  return *a - *b;
}

std::optional<double> growth(std::optional<double> prior, std::optional<double> current) {
  auto quotient = ratio(current, prior);
  if (!quotient) return std::nullopt;
  return *quotient - 1;
}

struct YearIndicators {
  std::optional<double> cost_ratio, revenue_per_rep, profitability, roi, new_customer_share;
};

YearIndicators per_year(const YearFigures& y) {
  const auto contribution = difference(y[Figure::gross_margin], y[Figure::sales_cost]);
  return {ratio(y[Figure::sales_cost], y[Figure::revenue]), ratio(y[Figure::revenue], y[Figure::sales_fte]),
          ratio(contribution, y[Figure::revenue]), ratio(contribution, y[Figure::sales_cost]),
          ratio(y[Figure::new_customer_revenue], y[Figure::revenue])};
}

// Extra gross margin earned per extra euro of sales cost, prior year to this one: whether the
// last euro spent on sales still pays. Only meaningful when sales cost grew.
std::optional<double> marginal_return(const YearFigures& prior, const YearFigures& current) {
  const auto extra_cost = difference(current[Figure::sales_cost], prior[Figure::sales_cost]);
  if (!extra_cost || *extra_cost <= 0) return std::nullopt;
  return ratio(difference(current[Figure::gross_margin], prior[Figure::gross_margin]), extra_cost);
}

// Beyond the noise band a trend, inside it stable.
Trend classify(long change, long noise) { return change > noise ? Trend::rising : change < -noise ? Trend::falling : Trend::stable; }

// A trend only from `clear` on (inclusive), else none.
std::optional<Trend> clearly(long change, long clear) {
  if (change >= clear) return Trend::rising;
  if (change <= -clear) return Trend::falling;
  return std::nullopt;
}

// Without gross margin both signals must agree: costs eating a larger share while each rep sells
// less is falling profitability, the reverse rising; mixed or small signals say nothing.
std::optional<Trend> agreeing_signals(long cost_change, long productivity_change, bool clear) {
  const long cost = clear ? kCostRatioNoise * kClearFactor : kCostRatioNoise;
  const long productivity = clear ? kProductivityNoise * kClearFactor : kProductivityNoise;
  const auto beyond = [&](long change, long band) { return clear ? change >= band : change > band; };
  if (beyond(cost_change, cost) && beyond(-productivity_change, productivity)) return Trend::falling;
  if (beyond(-cost_change, cost) && beyond(productivity_change, productivity)) return Trend::rising;
  return std::nullopt;
}

}  // namespace

FigureIssue check_figure(Figure figure, double value) {
  if (!std::isfinite(value)) return FigureIssue::not_finite;
  if (value < 0) return FigureIssue::negative;
  if (value == 0 && figure != Figure::new_customer_revenue) return FigureIssue::zero;
  if (value != 0 && value < (figure == Figure::sales_fte ? kMinFte : kMinMoney)) return FigureIssue::too_small;
  if (value > (figure == Figure::sales_fte ? kMaxFte : kMaxMoney)) return FigureIssue::too_large;
  return FigureIssue::none;
}

bool is_part_of_revenue(Figure figure) {
  return figure == Figure::gross_margin || figure == Figure::new_customer_revenue;
}

std::string describe_figure_issue(FigureIssue issue, Figure figure, double value) {
  switch (issue) {
    case FigureIssue::none: return {};
    case FigureIssue::not_finite: return "must be a finite number";
    case FigureIssue::negative: return "must not be negative, found " + number_text(value);
    case FigureIssue::zero: return "must be greater than zero (leave it out if unknown)";
    case FigureIssue::too_small:
      return number_text(value) + " is implausibly small (at least " + number_text(figure == Figure::sales_fte ? kMinFte : kMinMoney) + ")";
    case FigureIssue::too_large:
      return number_text(value) + " is implausibly large (at most " + number_text(figure == Figure::sales_fte ? kMaxFte : kMaxMoney) + ")";
    case FigureIssue::exceeds_revenue: return "must not exceed revenue";
  }
  return {};
}

std::string figure_issue_message_key(FigureIssue issue) {
  switch (issue) {
    case FigureIssue::none: return {};
    case FigureIssue::not_finite: return "figures.error.not_a_number";
    case FigureIssue::negative: return "figures.error.negative";
    case FigureIssue::zero: return "figures.error.zero";
    case FigureIssue::too_small: return "figures.error.too_small";
    case FigureIssue::too_large: return "figures.error.too_large";
    case FigureIssue::exceeds_revenue: return "figures.error.exceeds_revenue";
  }
  return {};
}

FigureIssue check_year_figure(const YearFigures& year, Figure figure) {
  if (!year[figure]) return FigureIssue::none;
  const FigureIssue own = check_figure(figure, *year[figure]);
  if (own != FigureIssue::none || !is_part_of_revenue(figure) || !year[Figure::revenue]) return own;
  const double revenue = *year[Figure::revenue];
  if (check_figure(Figure::revenue, revenue) != FigureIssue::none) return FigureIssue::none;
  return *year[figure] > revenue ? FigureIssue::exceeds_revenue : FigureIssue::none;
}

std::vector<FigureDoubt> doubt_figures(const EconomicsInput& input) {
  std::vector<FigureDoubt> doubts;
  for (const bool current : {false, true}) {
    const YearFigures& year = current ? input.current : input.prior;
    const auto& revenue = year[Figure::revenue];
    const auto& cost = year[Figure::sales_cost];
    if (!revenue || !cost || *revenue <= 0) continue;
    const double ratio = *cost / *revenue;
    if (ratio < kCostRatioLow) doubts.push_back({FigureDoubt::Kind::cost_ratio_low, current, Figure::sales_cost, *cost, *revenue});
    if (ratio > kCostRatioHigh) doubts.push_back({FigureDoubt::Kind::cost_ratio_high, current, Figure::sales_cost, *cost, *revenue});
  }
  for (Figure figure : kFigures) {
    const auto& prior = input.prior[figure];
    const auto& current = input.current[figure];
    if (!prior || !current || *prior <= 0 || *current <= 0) continue;
    if (std::max(*prior, *current) > kTenfold * std::min(*prior, *current)) {
      doubts.push_back({FigureDoubt::Kind::tenfold_change, true, figure, *current, *prior});
    }
  }
  return doubts;
}

std::string_view doubt_id(FigureDoubt::Kind kind) {
  switch (kind) {
    case FigureDoubt::Kind::cost_ratio_low: return "cost_ratio_low";
    case FigureDoubt::Kind::cost_ratio_high: return "cost_ratio_high";
    case FigureDoubt::Kind::tenfold_change: return "tenfold_change";
  }
  return "";
}

void check_year(YearFigures& year, const std::string& pointer, Problems& problems) {
  const YearFigures given = year;
  for (Figure figure : kFigures) {
    const FigureIssue issue = check_year_figure(given, figure);
    if (issue == FigureIssue::none) continue;
    problems.push_back({pointer_child(pointer, figure_id(figure)), describe_figure_issue(issue, figure, *given[figure])});
    year[figure].reset();
  }
}

std::string_view figure_id(Figure figure) {
  switch (figure) {
    case Figure::revenue: return "revenue";
    case Figure::gross_margin: return "gross_margin";
    case Figure::sales_cost: return "sales_cost";
    case Figure::sales_fte: return "sales_fte";
    case Figure::new_customer_revenue: return "new_customer_revenue";
  }
  return "";
}

bool YearFigures::empty() const {
  for (const auto& value : values) {
    if (value) return false;
  }
  return true;
}

EconomicsInput read_economics(const Json& value, const std::string& pointer, Problems& problems) {
  EconomicsInput input;
  JsonFields fields(value, pointer, problems);
  if (!fields.valid()) return input;
  if (const Json* prior = fields.object("prior", false)) input.prior = read_year(*prior, fields.pointer_to("prior"), problems);
  if (const Json* current = fields.object("current", false)) input.current = read_year(*current, fields.pointer_to("current"), problems);
  fields.reject_unknown({"prior", "current"});
  return input;
}

Json economics_to_json(const EconomicsInput& input) {
  Json out = Json::object();
  auto year_json = [](const YearFigures& year) {
    Json y = Json::object();
    for (Figure figure : kFigures) {
      if (year[figure]) y[std::string(figure_id(figure))] = *year[figure];
    }
    return y;
  };
  if (!input.prior.empty()) out["prior"] = year_json(input.prior);
  if (!input.current.empty()) out["current"] = year_json(input.current);
  return out;
}

std::string_view trend_id(Trend trend) {
  switch (trend) {
    case Trend::rising: return "rising";
    case Trend::stable: return "stable";
    case Trend::falling: return "falling";
  }
  return "";
}

std::string_view unit_id(IndicatorUnit unit) {
  switch (unit) {
    case IndicatorUnit::ratio: return "ratio";
    case IndicatorUnit::currency: return "currency";
    case IndicatorUnit::currency_per_currency: return "currency_per_currency";
  }
  return "";
}

const Indicator* EconomicsAnalysis::find(std::string_view id) const {
  for (const auto& indicator : indicators) {
    if (indicator.id == id) return &indicator;
  }
  return nullptr;
}

EconomicsAnalysis analyse_economics(const EconomicsInput& input) {
  EconomicsAnalysis analysis;
  const YearIndicators prior = per_year(input.prior);
  const YearIndicators current = per_year(input.current);
  auto add = [&](std::string id, IndicatorUnit unit, std::optional<double> p, std::optional<double> c) {
    if (p || c) analysis.indicators.push_back({std::move(id), unit, p, c});
  };
  add("sales_cost_ratio", IndicatorUnit::ratio, prior.cost_ratio, current.cost_ratio);
  add("revenue_per_rep", IndicatorUnit::currency, prior.revenue_per_rep, current.revenue_per_rep);
  add("sales_profitability", IndicatorUnit::ratio, prior.profitability, current.profitability);
  add("sales_roi", IndicatorUnit::ratio, prior.roi, current.roi);
  add("new_customer_share", IndicatorUnit::ratio, prior.new_customer_share, current.new_customer_share);
  add("revenue_growth", IndicatorUnit::ratio, std::nullopt, growth(input.prior[Figure::revenue], input.current[Figure::revenue]));
  add("productivity_growth", IndicatorUnit::ratio, std::nullopt, growth(prior.revenue_per_rep, current.revenue_per_rep));
  add("growth_per_sales_euro", IndicatorUnit::currency_per_currency, std::nullopt,
      ratio(difference(input.current[Figure::revenue], input.prior[Figure::revenue]), input.current[Figure::sales_cost]));
  add("marginal_margin_per_sales_euro", IndicatorUnit::currency_per_currency, std::nullopt,
      marginal_return(input.prior, input.current));

  if (prior.profitability && current.profitability) {
    const long change = basis_points(*current.profitability - *prior.profitability);
    analysis.trend = classify(change, kProfitabilityNoise);
    analysis.clear_trend = clearly(change, kProfitabilityNoise * kClearFactor);
    analysis.trend_basis = TrendBasis::profitability;
  } else if (prior.cost_ratio && current.cost_ratio && prior.revenue_per_rep && current.revenue_per_rep) {
    const long cost_change = basis_points(*current.cost_ratio - *prior.cost_ratio);
    const long productivity_change = basis_points(*current.revenue_per_rep / *prior.revenue_per_rep - 1);
    analysis.trend_basis = TrendBasis::cost_and_productivity;
    analysis.trend = agreeing_signals(cost_change, productivity_change, false);
    analysis.clear_trend = agreeing_signals(cost_change, productivity_change, true);
  }
  // The verdict on the economics is about the last closed year: an older loss says nothing of today.
  if (const auto contribution = difference(input.current[Figure::gross_margin], input.current[Figure::sales_cost])) {
    analysis.contribution = contribution;
    analysis.gross_margin = input.current[Figure::gross_margin];
    analysis.sales_cost = input.current[Figure::sales_cost];
  }
  return analysis;
}

}  // namespace phasecheck

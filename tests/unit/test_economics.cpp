#include <cmath>
#include <limits>

#include "core/economics.hpp"
#include "core/format.hpp"
#include "core/number_text.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

EconomicsInput example() {
  EconomicsInput in;
  in.prior[Figure::revenue] = 10'000'000;
  in.prior[Figure::gross_margin] = 4'000'000;
  in.prior[Figure::sales_cost] = 1'200'000;
  in.prior[Figure::sales_fte] = 10;
  in.current[Figure::revenue] = 11'000'000;
  in.current[Figure::gross_margin] = 4'200'000;
  in.current[Figure::sales_cost] = 1'600'000;
  in.current[Figure::sales_fte] = 12;
  in.current[Figure::new_customer_revenue] = 1'500'000;
  return in;
}

Problems read_year_problems(const std::string& year_json) {
  Problems problems;
  read_economics(Json::parse(R"({"current": )" + year_json + "}"), "/economics", problems);
  return problems;
}

}  // namespace

TEST_CASE("the calculator's formulas") {
  const EconomicsAnalysis a = analyse_economics(example());
  auto value = [&](const char* id, bool prior) {
    const Indicator* indicator = a.find(id);
    REQUIRE_MESSAGE(indicator, id);
    const auto& v = prior ? indicator->prior : indicator->current;
    REQUIRE_MESSAGE(v, id);
    return *v;
  };
  CHECK(value("sales_cost_ratio", true) == doctest::Approx(0.12));
  CHECK(value("sales_cost_ratio", false) == doctest::Approx(1.6 / 11));
  CHECK(value("revenue_per_rep", true) == doctest::Approx(1'000'000));
  CHECK(value("revenue_per_rep", false) == doctest::Approx(11e6 / 12));
  CHECK(value("sales_profitability", true) == doctest::Approx(0.28));
  CHECK(value("sales_profitability", false) == doctest::Approx(2.6 / 11));
  CHECK(value("sales_roi", true) == doctest::Approx(2.8 / 1.2));
  CHECK(value("new_customer_share", false) == doctest::Approx(1.5 / 11));
  CHECK(value("revenue_growth", false) == doctest::Approx(0.1));
  CHECK(value("productivity_growth", false) == doctest::Approx((11e6 / 12) / 1e6 - 1));
  CHECK(value("growth_per_sales_euro", false) == doctest::Approx(1e6 / 1.6e6));
  CHECK(a.find("new_customer_share")->prior == std::nullopt);
  REQUIRE(a.trend);
  CHECK(*a.trend == Trend::falling);
  CHECK(a.trend_basis == TrendBasis::profitability);
}

TEST_CASE("profitability trend thresholds") {
  auto trend_for = [](double prior_margin, double current_margin) {
    EconomicsInput in;
    in.prior[Figure::revenue] = 100;
    in.prior[Figure::gross_margin] = prior_margin;
    in.prior[Figure::sales_cost] = 10;
    in.current[Figure::revenue] = 100;
    in.current[Figure::gross_margin] = current_margin;
    in.current[Figure::sales_cost] = 10;
    return analyse_economics(in).trend;
  };
  CHECK(trend_for(40, 40.5) == Trend::stable);
  CHECK(trend_for(40, 41.5) == Trend::rising);
  CHECK(trend_for(40, 38.5) == Trend::falling);
}

TEST_CASE("the boundaries are exact: 1 point is still noise, 2 points count, at any level") {
  // Revenue 1 M; gross margin so that sales profitability moves from `prior` to `current`.
  auto analysis = [](double prior, double current) {
    EconomicsInput in;
    in.prior[Figure::revenue] = 1e6;
    in.prior[Figure::sales_cost] = 1e5;
    in.prior[Figure::gross_margin] = prior * 1e6 + 1e5;
    in.current[Figure::revenue] = 1e6;
    in.current[Figure::sales_cost] = 1e5;
    in.current[Figure::gross_margin] = current * 1e6 + 1e5;
    return analyse_economics(in);
  };
  for (double level : {0.10, 0.30, 0.57}) {
    CAPTURE(level);
    CHECK(analysis(level, level - 0.01).trend == Trend::stable);   // exactly 1 point: noise
    CHECK(analysis(level, level - 0.0101).trend == Trend::falling);
    CHECK(analysis(level, level - 0.02).clear_trend == Trend::falling);  // exactly 2 points: counts
    CHECK(analysis(level, level + 0.02).clear_trend == Trend::rising);
    CHECK_FALSE(analysis(level, level - 0.0199).clear_trend);
  }
}

TEST_CASE("the contribution is the last closed year's; an older loss says nothing of today") {
  EconomicsInput in;
  in.prior[Figure::revenue] = 1e6;
  in.prior[Figure::gross_margin] = 1e5;
  in.prior[Figure::sales_cost] = 2e5;
  CHECK_FALSE(analyse_economics(in).contribution);
  in.current[Figure::revenue] = 1e6;
  in.current[Figure::gross_margin] = 3e5;
  in.current[Figure::sales_cost] = 2e5;
  const EconomicsAnalysis a = analyse_economics(in);
  REQUIRE(a.contribution);
  CHECK(*a.contribution == doctest::Approx(1e5));
  CHECK(*a.gross_margin == 3e5);
}

TEST_CASE("without gross margin, cost ratio and revenue per rep decide — only when they agree") {
  EconomicsInput in;
  in.prior[Figure::revenue] = 10e6;
  in.prior[Figure::sales_cost] = 1e6;
  in.prior[Figure::sales_fte] = 10;
  in.current[Figure::revenue] = 10.5e6;
  in.current[Figure::sales_cost] = 1.3e6;
  in.current[Figure::sales_fte] = 12;
  EconomicsAnalysis a = analyse_economics(in);
  CHECK(a.trend == Trend::falling);
  CHECK(a.trend_basis == TrendBasis::cost_and_productivity);
  in.current[Figure::sales_fte] = 8;  // each rep sells more: mixed signals
  CHECK_FALSE(analyse_economics(in).trend);
}

TEST_CASE("no figures, no indicators, no division by zero") {
  CHECK(analyse_economics({}).indicators.empty());
  EconomicsInput only_revenue;
  only_revenue.current[Figure::revenue] = 1e6;
  CHECK(analyse_economics(only_revenue).indicators.empty());
}

TEST_CASE("figures are refused per field with a clear message") {
  struct Case {
    const char* json;
    const char* where;
    const char* what;
  };
  const Case cases[] = {
      {R"({"revenue": 0})", "/economics/current/revenue", "must be greater than zero"},
      {R"({"revenue": -5})", "/economics/current/revenue", "must not be negative"},
      {R"({"sales_fte": 0})", "/economics/current/sales_fte", "must be greater than zero"},
      {R"({"sales_fte": 2000000})", "/economics/current/sales_fte", "implausibly large"},
      {R"({"sales_cost": 1e15})", "/economics/current/sales_cost", "implausibly large"},
      {R"({"gross_margin": 2000, "revenue": 1000})", "/economics/current/gross_margin", "must not exceed revenue"},
      {R"({"new_customer_revenue": 2000, "revenue": 1000})", "/economics/current/new_customer_revenue", "must not exceed revenue"},
      {R"({"revenue": true})", "/economics/current/revenue", "expected a number, found a boolean"},
      {R"({"revnue": 5})", "/economics/current/revnue", "unknown field"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.json);
    const Problems problems = read_year_problems(c.json);
    CHECK_MESSAGE(test::mentions(problems, c.where, c.what), test::all(problems));
  }
  CHECK(read_year_problems(R"({"new_customer_revenue": 0, "revenue": 1000})").empty());
  CHECK(read_year_problems(R"({"revenue": null})").empty());
}

TEST_CASE("numbers are formatted for each language") {
  CHECK(format_percent(0.125, Language::de) == "12,5 %");
  CHECK(format_percent(0.125, Language::en) == "12.5%");
  CHECK(format_percent(-0.0001, Language::en) == "0.0%");
  CHECK(format_money(1250000, Language::de) == "1.250.000 €");
  CHECK(format_money(1250000, Language::en) == "€1,250,000");
  CHECK(format_money(-999, Language::en) == "€\u2212999");
  CHECK(format_money(100, Language::de) == "100 €");
  CHECK(format_indicator(0.626, IndicatorUnit::currency_per_currency, Language::de) == "0,63 €");
}

TEST_CASE("numbers as people type them") {
  struct Case {
    const char* text;
    Language lang;
    std::optional<double> value;
  };
  const Case cases[] = {
      {"1.250.000", Language::de, 1250000},     {"1.250.000,50", Language::de, 1250000.5},
      {"1 250 000 €", Language::de, 1250000},   {"12,5", Language::de, 12.5},
      {"1,250,000.50", Language::en, 1250000.5}, {"€1,250", Language::en, 1250},
      {"12.5", Language::en, 12.5},             {"0", Language::en, 0},
      {"-3", Language::en, -3},                 {"1.5", Language::de, 1.5},
      {"12.34.5", Language::de, std::nullopt},  {"1,2,3", Language::en, std::nullopt},
      {"abc", Language::de, std::nullopt},      {"", Language::de, std::nullopt},
      {"1e5", Language::en, std::nullopt},      {"1,5,", Language::de, std::nullopt},
      {"--1", Language::en, std::nullopt},      {"1 000,5,5", Language::de, std::nullopt},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto parsed = parse_number_text(c.text, c.lang);
    REQUIRE(parsed.has_value() == c.value.has_value());
    if (parsed) CHECK(*parsed == doctest::Approx(*c.value));
  }
  CHECK(number_to_input_text(1250000.5, Language::de) == "1250000,5");
  CHECK(number_to_input_text(1e12, Language::en) == "1000000000000");
}

TEST_CASE("either notation in either language where it cannot be confused; two readings are asked about") {
  struct Case {
    const char* text;
    Language lang;
    std::optional<double> value;  // none: ambiguous or not a number
  };
  const Case cases[] = {
      // A German executive in the English UI, and the other way round: grouping repeats, so it groups.
      {"1.000.000", Language::en, 1000000},      {"1,000,000", Language::de, 1000000},
      {"1.234.567,89", Language::en, 1234567.89}, {"1,234,567.89", Language::de, 1234567.89},
      // A decimal mark: not three digits after it, or a leading zero.
      {"12,5", Language::en, 12.5},               {"12.5", Language::de, 12.5},
      {"0,500", Language::en, 0.5},               {"0.500", Language::de, 0.5},
      {",5", Language::de, 0.5},                  {".5", Language::de, 0.5},
      // The language's own thousands mark before three digits: its reading.
      {"150.000", Language::de, 150000},          {"150,000", Language::en, 150000},
      // The language's decimal mark before three digits: 150 or 150 000? Asked.
      {"150.000", Language::en, std::nullopt},    {"150,000", Language::de, std::nullopt},
      {"1 000 000 €", Language::de, 1000000},
      {"1.000,000.5", Language::en, std::nullopt}, {"1,5.000", Language::de, std::nullopt},
      {"1234.567", Language::de, std::nullopt},   {"12.34.5", Language::en, std::nullopt},
      {"1..5", Language::en, std::nullopt},       {"5,", Language::de, std::nullopt},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CAPTURE(c.lang);
    const auto parsed = parse_number_text(c.text, c.lang);
    REQUIRE(parsed.has_value() == c.value.has_value());
    if (parsed) CHECK(*parsed == doctest::Approx(*c.value));
  }
  const NumberReading english = read_number_text("150.000", Language::en);
  REQUIRE(english.kind == NumberReading::Kind::ambiguous);
  CHECK(english.value == 150);
  CHECK(english.other == 150000);
  const NumberReading german = read_number_text("-2,500", Language::de);
  REQUIRE(german.kind == NumberReading::Kind::ambiguous);
  CHECK(german.value == -2.5);
  CHECK(german.other == -2500);
  const NumberReading sloppy = read_number_text("1234.567", Language::de);  // grouped sloppily, or a decimal?
  REQUIRE(sloppy.kind == NumberReading::Kind::ambiguous);
  CHECK(sloppy.value == doctest::Approx(1234.567));
  CHECK(sloppy.other == 1234567);
  CHECK(read_number_text("zehn", Language::de).kind == NumberReading::Kind::not_a_number);
  CHECK(read_number_text("1,000", Language::en).kind == NumberReading::Kind::value);
}

TEST_CASE("figures that look like a slip are doubted, never refused: cost ratio under 0.5 % or over 60 %, tenfold changes") {
  EconomicsInput input;
  input.prior[Figure::revenue] = 1000000;
  input.prior[Figure::sales_cost] = 100000;  // 10 %: fine
  input.current[Figure::revenue] = 1000000;
  input.current[Figure::sales_cost] = 150;  // 0.015 %: "150.000" read as 150
  std::vector<FigureDoubt> doubts = doubt_figures(input);
  REQUIRE(doubts.size() == 2);
  CHECK(doubts[0].kind == FigureDoubt::Kind::cost_ratio_low);
  CHECK(doubts[0].current_year);
  CHECK(doubts[0].figure == Figure::sales_cost);
  CHECK(doubts[0].value == 150);
  CHECK(doubts[0].reference == 1000000);
  CHECK(doubts[1].kind == FigureDoubt::Kind::tenfold_change);  // 100 000 → 150
  CHECK(doubts[1].figure == Figure::sales_cost);
  CHECK(doubts[1].value == 150);
  CHECK(doubts[1].reference == 100000);

  input.current[Figure::sales_cost] = 700000;  // 70 %
  doubts = doubt_figures(input);
  REQUIRE(doubts.size() == 1);
  CHECK(doubts[0].kind == FigureDoubt::Kind::cost_ratio_high);
  input.current[Figure::sales_cost] = 600000;  // 60 % exactly, and 6×: fine
  CHECK(doubt_figures(input).empty());
  input.current[Figure::sales_cost] = 5000;  // 0.5 % exactly, and 20× less
  doubts = doubt_figures(input);
  REQUIRE(doubts.size() == 1);
  CHECK(doubts[0].kind == FigureDoubt::Kind::tenfold_change);
  input.prior[Figure::sales_fte] = 10;
  input.current[Figure::sales_fte] = 101;
  CHECK(doubt_figures(input).size() == 2);
  CHECK(doubt_figures(EconomicsInput{}).empty());
}

TEST_CASE("typed figures are shown with every decimal, grouped, in the language's notation") {
  CHECK(format_number(150000, Language::en) == "150,000");
  CHECK(format_number(150000, Language::de) == "150.000");
  CHECK(format_number(12.345, Language::en) == "12.345");
  CHECK(format_number(20000, Language::de) == "20.000");
  CHECK(format_figure(Figure::sales_cost, 150, Language::en) == "€150");
  CHECK(format_figure(Figure::sales_cost, 150000, Language::de) == "150.000 €");
  CHECK(format_figure(Figure::revenue, 1250000.5, Language::de) == "1.250.000,5 €");
  CHECK(format_figure(Figure::sales_fte, 2.5, Language::de) == "2,5");
}

TEST_CASE("slips of the finger are refused, so no indicator can become infinite") {
  CHECK(read_year_problems(R"({"sales_fte": 0.001})")[0].what.find("implausibly small") != std::string::npos);
  CHECK(read_year_problems(R"({"sales_cost": 1e-300})")[0].what.find("implausibly small") != std::string::npos);
  CHECK(read_year_problems(R"({"sales_fte": 0.5, "revenue": 1})").empty());
  EconomicsInput extreme;  // what passes the checks still gives finite indicators
  extreme.current[Figure::revenue] = 1e12;
  extreme.current[Figure::gross_margin] = 1e12;
  extreme.current[Figure::sales_cost] = 1;
  extreme.current[Figure::sales_fte] = 0.1;
  extreme.prior[Figure::revenue] = 1;
  extreme.prior[Figure::sales_fte] = 1e5;
  for (const auto& indicator : analyse_economics(extreme).indicators) {
    if (indicator.current) CHECK(std::isfinite(*indicator.current));
    if (indicator.prior) CHECK(std::isfinite(*indicator.prior));
  }
}

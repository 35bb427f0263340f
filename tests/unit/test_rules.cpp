#include "core/assessment.hpp"
#include "core/rules.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

RuleInputs inputs(std::string_view scale, std::string_view profit, std::string_view completed, std::string_view market,
                  std::string_view optimization) {
  RuleInputs in;
  in.set("scale_unchanged", scale);
  in.set("profitability_trend", profit);
  in.set("scaling_completed", completed);
  in.set("market_exhaustion", market);
  in.set("optimization_status", optimization);
  return in;
}

std::vector<std::string_view> options_of(std::string_view question_id) {
  const contract::QuestionSpec* spec = contract::find(question_id);
  REQUIRE(spec);
  return {spec->options.begin(), spec->options.begin() + static_cast<std::ptrdiff_t>(spec->option_count())};
}

}  // namespace

TEST_CASE("decision table: each phase reached and each refused at its boundary") {
  struct Row {
    RuleInputs in;
    Phase expected;
    const char* why;
  };
  const Row rows[] = {
      // Phase 1: all four conditions
      {inputs("yes", "rising", "no", "low", "none"), Phase::scale, "all conditions met"},
      {inputs("yes", "stable", "partly", "high", "exhausted"), Phase::scale, "stable, partly completed, high exhaustion still scale"},
      {inputs("yes", "stable", "no", "unknown", "partial"), Phase::scale, "unknown exhaustion is not max"},
      // Phase 1 refused, one condition at a time
      {inputs("partly", "rising", "no", "low", "none"), Phase::optimize, "only a clear yes scales"},
      {inputs("unsure", "rising", "no", "low", "none"), Phase::optimize, "unsure does not scale"},
      {inputs("yes", "falling", "no", "low", "none"), Phase::optimize, "falling profitability"},
      {inputs("yes", "unknown", "no", "low", "none"), Phase::optimize, "unknown profitability"},
      {inputs("yes", "rising", "yes", "low", "none"), Phase::optimize, "scaling just completed"},
      {inputs("yes", "rising", "no", "max", "none"), Phase::optimize, "market exhausted"},
      // Phase 3: optimisation exhausted and (falling or not scaling)
      {inputs("no", "stable", "no", "low", "exhausted"), Phase::redesign, "does not scale, optimisation used up"},
      {inputs("partly", "falling", "yes", "max", "exhausted"), Phase::redesign, "falling, optimisation used up"},
      {inputs("yes", "falling", "no", "low", "exhausted"), Phase::redesign, "a yes does not save a falling, exhausted case"},
      // Phase 3 refused at its boundary
      {inputs("no", "falling", "yes", "max", "partial"), Phase::optimize, "optimisation not exhausted"},
      {inputs("no", "falling", "yes", "max", "none"), Phase::optimize, "never optimised"},
      {inputs("partly", "stable", "yes", "high", "exhausted"), Phase::optimize, "exhausted but neither falling nor 'no'"},
      {inputs("unsure", "unknown", "no", "unknown", "exhausted"), Phase::optimize, "exhausted with unknowns"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.why);
    CHECK(decide(row.in).phase == row.expected);
  }
}

TEST_CASE("the rules over every combination of answers") {
  // Every option the contract allows, so an option added there is covered here.
  const auto scale = options_of("scale_unchanged");
  const auto profit = options_of("profitability_trend");
  const auto completed = options_of("scaling_completed");
  const auto market = options_of("market_exhaustion");
  const auto optimization = options_of("optimization_status");
  int counts[4] = {};
  for (auto s : scale)
    for (auto p : profit)
      for (auto c : completed)
        for (auto m : market)
          for (auto o : optimization) {
            const Decision d = decide(inputs(s, p, c, m, o));
            ++counts[phase_number(d.phase)];
            const bool phase1 = s == "yes" && (p == "rising" || p == "stable") && c != "yes" && m != "max";
            const bool phase3 = !phase1 && o == "exhausted" && (p == "falling" || s == "no");
            CHECK((d.phase == Phase::scale) == phase1);
            CHECK((d.phase == Phase::redesign) == phase3);
            CHECK_FALSE(d.reasons.empty());
          }
  CHECK(counts[1] == 2 * 2 * 4 * 3);  // yes × {rising, stable} × {partly, no} × {low, medium, high, unknown} × 3
  // exhausted × (falling with any of 4 scale answers, or "no" with the 3 other profitability answers) × 3 × 5
  CHECK(counts[3] == (4 + 3) * 3 * 5);
  CHECK(counts[2] > 0);
}

TEST_CASE("reasons name the conditions that decided") {
  CHECK(decide(inputs("yes", "rising", "no", "low", "none")).reasons ==
        std::vector<std::string_view>{"scale_unchanged", "profitability_trend", "scaling_completed", "market_exhaustion"});
  CHECK(decide(inputs("yes", "rising", "yes", "max", "partial")).reasons ==
        std::vector<std::string_view>{"scaling_completed", "market_exhaustion", "optimization_status"});
  CHECK(decide(inputs("no", "falling", "no", "low", "exhausted")).reasons ==
        std::vector<std::string_view>{"optimization_status", "profitability_trend", "scale_unchanged"});
  const Decision despite = decide(inputs("partly", "stable", "yes", "high", "exhausted"));
  CHECK(despite.optimize_despite_exhausted);
  CHECK(despite.reasons == std::vector<std::string_view>{"scale_unchanged", "scaling_completed"});
}

TEST_CASE("the sales stage never blocks Phase 1 and adds the hint at early stages") {
  for (auto stage : {"contact", "product", "solution", "smarter"}) {
    CAPTURE(stage);
    AnswersDocument doc = test::scaling_company();
    doc.answers["sales_stage"] = stage;
    Evaluation e = assess(doc, test::shipped());
    REQUIRE(e.value);
    CHECK(e.value->decision.phase == Phase::scale);
    const bool early = std::string_view(stage) == "contact" || std::string_view(stage) == "product";
    CHECK(e.value->early_stage_hint == early);
  }
  // Urgent in every phase, not only in Phase 1: the report words it for the phase.
  AnswersDocument optimise = test::scaling_company();
  optimise.answers["sales_stage"] = "contact";
  optimise.answers["scale_unchanged"] = "no";
  CHECK(assess(optimise, test::shipped()).value->early_stage_hint);
}

TEST_CASE("rule inputs hold exactly the contract's rule questions") {
  RuleInputs in;
  for (auto id : contract::kRuleQuestions) in.set(id, "x");
  for (auto id : contract::kRuleQuestions) CHECK(in.get(id) == "x");
  in.set("sales_stage", "product");  // not a rule question: ignored
  CHECK(in.get("sales_stage").empty());
  CHECK(std::vector<std::string_view>(contract::kRuleQuestions.begin(), contract::kRuleQuestions.end()) ==
        std::vector<std::string_view>{"scale_unchanged", "market_exhaustion", "scaling_completed", "profitability_trend",
                                      "optimization_status"});
}

TEST_CASE("phase ids") {
  CHECK(phase_id(Phase::scale) == "scale");
  CHECK(parse_phase_id("redesign") == Phase::redesign);
  CHECK_FALSE(parse_phase_id("Scale"));
}

#include "core/assessment.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

Confidence confidence_of(const std::map<std::string, std::string>& changes, const EconomicsInput& figures = {}) {
  Evaluation e = assess(test::scaling_company_with(changes, figures), test::shipped());
  REQUIRE(e.value);
  return e.value->confidence;
}

EconomicsInput falling_figures() {
  EconomicsInput in;
  in.prior[Figure::revenue] = 10e6;
  in.prior[Figure::gross_margin] = 4e6;
  in.prior[Figure::sales_cost] = 1e6;
  in.current[Figure::revenue] = 10e6;
  in.current[Figure::gross_margin] = 3.8e6;
  in.current[Figure::sales_cost] = 1.3e6;
  return in;
}

}  // namespace

TEST_CASE("a consistent set of answers is high confidence") {
  const Confidence c = confidence_of({});
  CHECK(c.level == ConfidenceLevel::high);
  CHECK(c.contradictions.empty());
  CHECK_FALSE(c.alternative_phase);
}

TEST_CASE("confidence levels and the phase a borderline result leans away from") {
  struct Case {
    const char* name;
    std::map<std::string, std::string> changes;
    ConfidenceLevel level;
    std::optional<Phase> alternative;
  };
  const std::vector<Case> cases = {
      {"partly on the key question", {{"scale_unchanged", "partly"}}, ConfidenceLevel::borderline, Phase::scale},
      {"scaling partly completed", {{"scaling_completed", "partly"}}, ConfidenceLevel::borderline, Phase::optimize},
      {"unsure on the key question", {{"scale_unchanged", "unsure"}}, ConfidenceLevel::borderline, Phase::scale},
      {"unknown profitability", {{"profitability_trend", "unknown"}}, ConfidenceLevel::borderline, Phase::scale},
      {"two unknowns", {{"profitability_trend", "unknown"}, {"market_exhaustion", "unknown"}}, ConfidenceLevel::low, Phase::scale},
      {"one signal against scaling: new reps far below", {{"new_rep_ramp", "far_below"}}, ConfidenceLevel::borderline, Phase::optimize},
      {"one signal against scaling: cannot hire", {{"hiring_capacity", "no"}}, ConfidenceLevel::borderline, Phase::optimize},
      {"one signal against profitability: costs outgrow revenue", {{"cost_vs_revenue", "faster"}}, ConfidenceLevel::borderline,
       Phase::optimize},
      {"scaling unchanged and a full market", {{"market_exhaustion", "max"}}, ConfidenceLevel::borderline, Phase::scale},
      // "Never optimised" settles "used up": the override explains it, nothing is left in doubt.
      {"optimisation used up but never done",
       {{"scale_unchanged", "no"}, {"optimization_status", "exhausted"}, {"last_optimization", "never"}},
       ConfidenceLevel::high, std::nullopt},
      // Two signals outweigh "stable" (Phase 2), a judgement call: one answer away from Phase 1.
      {"two profitability signals", {{"win_rate_trend", "falling"}, {"discount_trend", "rising"}}, ConfidenceLevel::borderline,
       Phase::scale},
      // "Can't say" on the key question next to two signals against it: no answer to it would
      // reach Phase 1 (a "yes" meets the same override), so it leaves nothing open.
      {"unsure, and two signals against scaling",
       {{"scale_unchanged", "unsure"}, {"new_rep_ramp", "far_below"}, {"hiring_capacity", "no"}}, ConfidenceLevel::high,
       std::nullopt},
      // Three open answers decide the phase only together; they are weighed together.
      {"three open answers",
       {{"scale_unchanged", "unsure"}, {"market_exhaustion", "unknown"}, {"profitability_trend", "unknown"}},
       ConfidenceLevel::low, Phase::scale},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const Confidence conf = confidence_of(c.changes);
    CHECK(conf.level == c.level);
    CHECK(conf.alternative_phase == c.alternative);
  }
}

TEST_CASE("figures that lean against the profitability answer, too little to count, lower confidence") {
  EconomicsInput mild = falling_figures();
  mild.current[Figure::gross_margin] = 3.85e6;  // sales profitability 30 % -> 28.5 %: 1.5 points
  mild.current[Figure::sales_cost] = 1e6;
  const Confidence c = confidence_of({}, mild);
  CHECK(c.figures_disagree);
  CHECK(c.level == ConfidenceLevel::borderline);
  CHECK(c.alternative_phase == Phase::optimize);

  const Confidence agreeing = confidence_of({{"profitability_trend", "falling"}, {"scale_unchanged", "no"}}, mild);
  CHECK_FALSE(agreeing.figures_disagree);

  const Confidence with_unknown = confidence_of({{"market_exhaustion", "unknown"}}, mild);
  CHECK(with_unknown.level == ConfidenceLevel::low);
}

TEST_CASE("the alternative names only questions whose other answers, weighed again, reach it") {
  // Profitability "stable" overridden by two signals: another answer to profitability meets the
  // same override, so it is the signal questions that are one answer away from Phase 1.
  const Confidence c = confidence_of({{"cost_vs_revenue", "faster"}, {"win_rate_trend", "falling"}});
  REQUIRE(c.alternative_phase == Phase::scale);
  CHECK(std::find(c.alternative_questions.begin(), c.alternative_questions.end(), "profitability_trend") ==
        c.alternative_questions.end());
  CHECK(std::find(c.alternative_questions.begin(), c.alternative_questions.end(), "cost_vs_revenue") !=
        c.alternative_questions.end());
  // Figures showing a loss rule Phase 1 out whatever the key question says: doubt about it costs nothing.
  EconomicsInput loss = falling_figures();
  loss.current[Figure::gross_margin] = 1e6;
  loss.current[Figure::sales_cost] = 1.2e6;
  const Confidence unsure = confidence_of({{"scale_unchanged", "unsure"}}, loss);
  CHECK(unsure.level == ConfidenceLevel::high);
  CHECK(unsure.uncertain_questions.empty());
}

TEST_CASE("figures that clearly decide leave nothing in doubt") {
  const Confidence c = confidence_of({}, falling_figures());  // 30 % -> 25 %: the figures count
  CHECK_FALSE(c.figures_disagree);
  CHECK(c.level == ConfidenceLevel::high);
}

TEST_CASE("section scores ignore don't-know answers") {
  AnswersDocument doc = test::scaling_company();
  doc.answers["buying_behavior_change"] = "unknown";
  doc.answers["active_selling_time"] = "unknown";
  Evaluation e = assess(doc, test::shipped());
  REQUIRE(e.value);
  const auto& scores = e.value->section_scores;
  REQUIRE(scores.size() == 4);
  CHECK(scores[0].section_id == "approach");
  CHECK(scores[0].score == 88);  // solution 75, playbook yes 100 → 87.5 → 88
  CHECK(scores[1].score == 100);
  for (const auto& s : scores) CHECK((s.score && *s.score >= 0 && *s.score <= 100));
}

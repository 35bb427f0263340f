// The evidence step (core/evidence.hpp): figures over answers over corroborating answers, and the
// scenarios that made the first model contradict itself (issue #10).
#include "core/assessment.hpp"
#include "core/evaluate.hpp"
#include "core/result_document.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

AnswersDocument company(const std::map<std::string, std::string>& changes, const EconomicsInput& figures = {}) {
  return test::scaling_company_with(changes, figures);
}

Assessment assessed(const AnswersDocument& doc) {
  Evaluation e = assess(doc, test::shipped());
  REQUIRE_MESSAGE(e.value, test::all(e.problems));
  return *e.value;
}

// Sales profitability prior → current, as (gross margin − sales cost) ÷ revenue with revenue 10 M.
EconomicsInput profitability(double prior, double current, double sales_cost = 1e6) {
  EconomicsInput in;
  in.prior[Figure::revenue] = 10e6;
  in.prior[Figure::sales_cost] = sales_cost;
  in.prior[Figure::gross_margin] = prior * 10e6 + sales_cost;
  in.current[Figure::revenue] = 10e6;
  in.current[Figure::sales_cost] = sales_cost;
  in.current[Figure::gross_margin] = current * 10e6 + sales_cost;
  return in;
}

const Override* override_by(const Assessment& a, EvidenceRule rule) {
  for (const auto& o : a.evidence.overrides) {
    if (o.rule == rule) return &o;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("without counter-evidence the answers count as given") {
  const Assessment a = assessed(company({}));
  CHECK(a.evidence.overrides.empty());
  CHECK(a.evidence.doubts.empty());
  CHECK_FALSE(a.evidence.inputs.economic.has_value());
  CHECK(a.decision.phase == Phase::scale);
}

TEST_CASE("figures showing no positive contribution rule Phase 1 out") {
  // The issue: sales cost above gross margin, answered "stable", got Phase 1, clear.
  EconomicsInput loss = profitability(-0.01, -0.012, 3e6);
  const Assessment a = assessed(company({}, loss));
  CHECK(a.evidence.inputs.economic == false);
  CHECK(a.decision.phase == Phase::optimize);
  CHECK(a.decision.trigger() == kContributionReason);
  REQUIRE(override_by(a, EvidenceRule::figures_loss));
  CHECK(override_by(a, EvidenceRule::figures_loss)->answered == "yes");

  // Exactly zero contribution is no positive contribution either.
  EconomicsInput zero = profitability(0.0, 0.0);
  CHECK(assessed(company({}, zero)).decision.phase == Phase::optimize);
  // With optimisation used up, an uneconomic approach is redesigned.
  CHECK(assessed(company({{"optimization_status", "exhausted"}}, loss)).decision.phase == Phase::redesign);
  // A positive contribution is named among the reasons of Phase 1.
  const Assessment positive = assessed(company({}, profitability(0.20, 0.205)));
  CHECK(positive.evidence.inputs.economic == true);
  CHECK(positive.decision.phase == Phase::scale);
  CHECK(positive.decision.reasons.front() == kContributionReason);
  // Only the last closed year counts: a loss two years ago, a profit last year.
  EconomicsInput recovered = profitability(-0.01, 0.05);
  CHECK(assessed(company({}, recovered)).evidence.inputs.economic == true);
  EconomicsInput only_older = profitability(-0.01, 0.05);
  only_older.current[Figure::gross_margin].reset();
  CHECK_FALSE(assessed(company({}, only_older)).evidence.inputs.economic.has_value());
}

TEST_CASE("clear figures decide the profitability trend; the threshold is 2 points") {
  struct Case {
    const char* answer;
    double prior, current;
    const char* counted;
    bool overridden;
    bool disagree;
  };
  const Case cases[] = {
      {"stable", 0.30, 0.275, "falling", true, false},  // −2.5 points: clear
      {"stable", 0.30, 0.28, "falling", true, false},   // exactly 2 points count
      {"stable", 0.10, 0.08, "falling", true, false},   // at any level
      {"stable", 0.30, 0.2801, "stable", false, true},  // just under 2 points
      {"stable", 0.30, 0.285, "stable", false, true},   // −1.5 points: the answer stands, in doubt
      {"rising", 0.30, 0.295, "rising", false, false},  // −0.5 points: noise
      {"falling", 0.30, 0.33, "rising", true, false},   // +3 points against "falling"
      {"falling", 0.30, 0.315, "falling", false, true}, // +1.5 points
      {"rising", 0.30, 0.30, "rising", false, false},   // "rising" and "stable" figures do not clash
  };
  for (const auto& c : cases) {
    CAPTURE(c.answer);
    CAPTURE(c.current);
    const Assessment a = assessed(company({{"profitability_trend", c.answer}}, profitability(c.prior, c.current)));
    CHECK(a.evidence.inputs.get("profitability_trend") == c.counted);
    CHECK((override_by(a, EvidenceRule::figures_trend) != nullptr) == c.overridden);
    CHECK(a.evidence.figures_disagree == c.disagree);
  }
}

TEST_CASE("without gross margin, cost ratio and productivity must both move clearly to count") {
  auto figures = [](double cost_prior, double cost_current, double fte_current) {
    EconomicsInput in;
    in.prior[Figure::revenue] = 10e6;
    in.prior[Figure::sales_cost] = cost_prior;
    in.prior[Figure::sales_fte] = 10;
    in.current[Figure::revenue] = 10e6;
    in.current[Figure::sales_cost] = cost_current;
    in.current[Figure::sales_fte] = fte_current;
    return in;
  };
  // Cost ratio 10 % -> 11.5 % and revenue per rep −4.8 %: clearly falling.
  CHECK(assessed(company({}, figures(1e6, 1.15e6, 10.5))).evidence.inputs.get("profitability_trend") == "falling");
  // Cost ratio +0.8 points, revenue per rep −1.5 %: a trend, but not clear; the answer stands.
  const Assessment mild = assessed(company({}, figures(1e6, 1.08e6, 10.15)));
  CHECK(mild.evidence.inputs.get("profitability_trend") == "stable");
  CHECK(mild.evidence.figures_disagree);
}

TEST_CASE("figures answer a don't-know on profitability") {
  // The issue: "don't know" with figures clearly rising got Phase 2.
  const Assessment a = assessed(company({{"profitability_trend", "unknown"}}, profitability(0.25, 0.28)));
  CHECK(a.evidence.inputs.get("profitability_trend") == "rising");
  REQUIRE(override_by(a, EvidenceRule::figures_fill));
  CHECK(a.decision.phase == Phase::scale);
  CHECK(a.confidence.uncertain_questions.empty());
  CHECK(a.confidence.level == ConfidenceLevel::high);
  // A stable trend (within 1 point) fills it in too.
  CHECK(assessed(company({{"profitability_trend", "unknown"}}, profitability(0.25, 0.255))).evidence.inputs.get(
            "profitability_trend") == "stable");
  // No trend from the figures: it stays unknown.
  CHECK(assessed(company({{"profitability_trend", "unknown"}})).evidence.inputs.get("profitability_trend") == "unknown");
}

TEST_CASE("one signal of eroding profitability lowers confidence, two outweigh the answer") {
  // The issue: "costs grow faster than revenue" with "stable" got Phase 1, clear.
  const Assessment one = assessed(company({{"cost_vs_revenue", "faster"}}));
  CHECK(one.decision.phase == Phase::scale);
  CHECK(one.confidence.level == ConfidenceLevel::borderline);
  REQUIRE(one.evidence.doubts.size() == 1);
  CHECK(one.evidence.doubts[0].rule == EvidenceRule::profitability_signals);
  CHECK(one.confidence.alternative_phase == Phase::optimize);

  for (const auto& pair : std::vector<std::map<std::string, std::string>>{
           {{"cost_vs_revenue", "faster"}, {"win_rate_trend", "falling"}},
           {{"cost_vs_revenue", "faster"}, {"discount_trend", "rising"}},
           {{"win_rate_trend", "falling"}, {"discount_trend", "rising"}}}) {
    const Assessment two = assessed(company(pair));
    CHECK(two.evidence.inputs.get("profitability_trend") == "falling");
    CHECK(two.decision.phase == Phase::optimize);
    REQUIRE(override_by(two, EvidenceRule::profitability_signals));
    CHECK(override_by(two, EvidenceRule::profitability_signals)->signals.size() == 2);
  }
  // Figures outrank the soft signals: figures showing it stable keep "stable".
  const Assessment with_figures =
      assessed(company({{"cost_vs_revenue", "faster"}, {"win_rate_trend", "falling"}}, profitability(0.2, 0.2)));
  CHECK(with_figures.evidence.inputs.get("profitability_trend") == "stable");
  CHECK(with_figures.decision.phase == Phase::scale);
  // Signals are read against a "holds" answer only.
  CHECK(assessed(company({{"profitability_trend", "falling"}, {"cost_vs_revenue", "faster"}})).evidence.doubts.empty());
}

TEST_CASE("one signal against scaling unchanged lowers confidence, two make it 'partly'") {
  const Assessment one = assessed(company({{"hiring_capacity", "no"}}));
  CHECK(one.decision.phase == Phase::scale);
  CHECK(one.confidence.level == ConfidenceLevel::borderline);
  // The issue: no reps to be found and new reps far below experienced ones.
  const Assessment two = assessed(company({{"hiring_capacity", "no"}, {"new_rep_ramp", "far_below"}}));
  CHECK(two.evidence.inputs.get("scale_unchanged") == "partly");
  CHECK(two.decision.phase == Phase::optimize);
  CHECK(two.decision.trigger() == "scale_unchanged");
  // "partly", not "no": signals against scaling never push a company into a redesign (signals of
  // falling profitability can, with optimisation used up: docs/rules.md).
  const Assessment used_up = assessed(
      company({{"playbook_documented", "no"}, {"buying_behavior_change", "fundamentally"}, {"optimization_status", "exhausted"}}));
  CHECK(used_up.decision.phase == Phase::optimize);
  CHECK(used_up.decision.optimize_despite_exhausted);
}

TEST_CASE("Phase 3 needs optimisation that actually happened") {
  // The issue: "used up" together with "never optimised" got Phase 3.
  const Assessment never =
      assessed(company({{"scale_unchanged", "no"}, {"optimization_status", "exhausted"}, {"last_optimization", "never"}}));
  CHECK(never.evidence.inputs.get("optimization_status") == "none");
  CHECK(never.decision.phase == Phase::optimize);
  REQUIRE(override_by(never, EvidenceRule::optimization_never));

  const std::map<std::string, std::string> redesign = {
      {"scale_unchanged", "no"}, {"optimization_status", "exhausted"}, {"last_optimization", "1_3y"}};
  CHECK(assessed(company(redesign)).decision.phase == Phase::redesign);
  auto with = [&](std::map<std::string, std::string> more) {
    more.insert(redesign.begin(), redesign.end());
    return assessed(company(more));
  };
  // One obvious lever untouched: still Phase 3, in doubt.
  const Assessment one = with({{"active_selling_time", "under_30"}});
  CHECK(one.decision.phase == Phase::redesign);
  CHECK(one.confidence.level == ConfidenceLevel::borderline);
  // Two: optimisation is not used up.
  const Assessment two = with({{"active_selling_time", "under_30"}, {"playbook_documented", "no"}});
  CHECK(two.evidence.inputs.get("optimization_status") == "partial");
  CHECK(two.decision.phase == Phase::optimize);
  REQUIRE(override_by(two, EvidenceRule::optimization_levers));
}

TEST_CASE("every override is worded in the reasons with the answer, the evidence and what counted") {
  EconomicsInput loss = profitability(-0.01, -0.012, 3e6);
  const AnswersDocument doc = company({{"optimization_status", "exhausted"}, {"last_optimization", "never"}}, loss);
  for (Language language : {Language::de, Language::en}) {
    EvaluateOutcome out = evaluate_answers(doc, test::shipped(), language);
    REQUIRE(out.value);
    const Report& r = *out.value;
    REQUIRE(r.evidence.size() == 2);
    std::string reasons;
    for (const auto& item : r.reasons) reasons += item.id + ": " + item.text + "\n";
    CAPTURE(reasons);
    CHECK(reasons.find("evidence.figures_loss") != std::string::npos);
    CHECK(reasons.find("evidence.optimization_never") != std::string::npos);
    // The numbers, formatted for the language, and the answers as the visitor saw them.
    CHECK(reasons.find(language == Language::de ? "3.000.000 €" : "€3,000,000") != std::string::npos);
    CHECK(reasons.find(language == Language::de ? "„Ja“" : "“Yes”") != std::string::npos);
    CHECK(reasons.find(language == Language::de ? "„Nein, noch nie systematisch“" : "“No, never systematically”") != std::string::npos);
    CHECK(reasons.find('{') == std::string::npos);
  }
}

TEST_CASE("the summary says what triggered the phase") {
  // The issue: the Phase 2 summary told people who answered "yes, it scales" that it does not.
  const Report falling = *evaluate_answers(company({{"profitability_trend", "falling"}}), test::shipped(), Language::en).value;
  CHECK(falling.summary.find("already falling") != std::string::npos);
  CHECK(falling.summary.find("scale") == std::string::npos);
  const Report completed = *evaluate_answers(company({{"scaling_completed", "yes"}}), test::shipped(), Language::de).value;
  CHECK(completed.summary.find("Skalierung gerade abgeschlossen") != std::string::npos);
  const Report partly = *evaluate_answers(company({{"scale_unchanged", "partly"}}), test::shipped(), Language::de).value;
  CHECK(partly.summary.find("nur noch mit Anpassungen") != std::string::npos);
  // An overridden answer is not stated as the visitor's own: the summary names what showed it.
  const Report signals =
      *evaluate_answers(company({{"hiring_capacity", "no"}, {"new_rep_ramp", "far_below"}}), test::shipped(), Language::en).value;
  CHECK(signals.summary.rfind("Several of your answers argue against", 0) == 0);
  const Report figures = *evaluate_answers(company({}, profitability(0.30, 0.25)), test::shipped(), Language::de).value;
  CHECK(figures.summary.rfind("Ihre Zahlen zeigen eine sinkende Wirtschaftlichkeit", 0) == 0);
  const Report redesign = *evaluate_answers(
      company({{"cost_vs_revenue", "faster"}, {"win_rate_trend", "falling"}, {"optimization_status", "exhausted"}}),
      test::shipped(), Language::en).value;
  CHECK(redesign.phase == 3);
  CHECK(redesign.summary.find("several of your answers point to falling profitability") != std::string::npos);
}

TEST_CASE("advice is shaped by the answers, most important first, with the answer behind it") {
  const Report plain = *evaluate_answers(company({{"scale_unchanged", "no"}}), test::shipped(), Language::en).value;
  const Report shaped = *evaluate_answers(company({{"scale_unchanged", "no"},
                                                   {"active_selling_time", "under_30"},
                                                   {"discount_trend", "rising"},
                                                   {"win_rate_trend", "falling"}}),
                                          test::shipped(), Language::en)
                             .value;
  // Two companies in the same phase get different next steps.
  CHECK(plain.next_steps.size() < shaped.next_steps.size());
  std::vector<std::string> ids;
  for (const auto& step : shaped.next_steps) {
    if (step.id.rfind("advice.", 0) == 0) {
      ids.push_back(step.id);
      CHECK(step.because.find("Because you answered") == 0);
      CHECK_FALSE(step.horizon.empty());
    }
  }
  // The questionnaire's order is the order of importance; the phase's own first step comes first.
  CHECK(ids == std::vector<std::string>{"advice.selling_time", "advice.win_rate", "advice.discounts"});
  CHECK(shaped.next_steps.front().id == "step.optimize.1");
  CHECK(shaped.next_steps.back().id == "step.optimize.3");
  // At most four pieces of advice.
  const Report many = *evaluate_answers(company({{"scale_unchanged", "no"},
                                                 {"active_selling_time", "under_30"},
                                                 {"discount_trend", "rising"},
                                                 {"win_rate_trend", "falling"},
                                                 {"cost_vs_revenue", "faster"},
                                                 {"playbook_documented", "no"},
                                                 {"new_rep_ramp", "far_below"}}),
                                        test::shipped(), Language::de)
                           .value;
  std::size_t advice = 0;
  for (const auto& step : many.next_steps) advice += step.id.rfind("advice.", 0) == 0;
  CHECK(advice == 4);
  // Phase-specific: hiring advice belongs to Phase 1 only.
  const Report scale = *evaluate_answers(company({{"hiring_capacity", "with_effort"}}), test::shipped(), Language::de).value;
  CHECK(scale.phase == 1);
  CHECK(std::any_of(scale.next_steps.begin(), scale.next_steps.end(), [](const ReportNextStep& s) { return s.id == "advice.hiring"; }));
}

TEST_CASE("the stage hint and the buying-behaviour advice reach every phase") {
  for (const char* scale : {"yes", "no"}) {
    for (const char* optimization : {"partial", "exhausted"}) {
      const AnswersDocument doc = company({{"sales_stage", "product"},
                                           {"buying_behavior_change", "noticeably"},
                                           {"scale_unchanged", scale},
                                           {"optimization_status", optimization},
                                           {"last_optimization", "1_3y"}});
      const Report r = *evaluate_answers(doc, test::shipped(), Language::de).value;
      CAPTURE(r.phase);
      REQUIRE(r.stage.hint);
      CHECK(std::any_of(r.next_steps.begin(), r.next_steps.end(),
                        [](const ReportNextStep& s) { return s.id == "advice.stage_and_buying"; }));
    }
  }
}

TEST_CASE("section scores show unknown answers instead of averaging them away") {
  const Assessment a = assessed(company({{"profitability_trend", "unknown"},
                                         {"win_rate_trend", "unknown"},
                                         {"discount_trend", "unknown"}}));
  const auto& economics = a.section_scores[2];
  CHECK(economics.section_id == "economics");
  CHECK(economics.unknown == 3);
  CHECK(economics.questions == 4);
  CHECK_FALSE(economics.score);  // one known answer of four is no score
  const Assessment half = assessed(company({{"win_rate_trend", "unknown"}, {"discount_trend", "unknown"}}));
  CHECK(half.section_scores[2].score);
  CHECK(half.section_scores[2].unknown == 2);
  const Report r = *evaluate_answers(company({{"win_rate_trend", "unknown"}}), test::shipped(), Language::de).value;
  CHECK(r.section_scores[2].unknown_text == "1 von 4 Antworten ohne Wert");
  // Figures showing a loss: the economics profile says 0, not what the answers alone would give.
  const Assessment loss = assessed(company({}, profitability(-0.01, -0.012, 3e6)));
  CHECK(loss.section_scores[2].figures_loss);
  CHECK(loss.section_scores[2].score == 0);
  // Scores use what counts: figures that override "stable" with "falling" lower the economics score.
  const Assessment overridden = assessed(company({}, profitability(0.3, 0.25)));
  CHECK(*overridden.section_scores[2].score < *assessed(company({})).section_scores[2].score);
}

TEST_CASE("every question can change something the visitor sees besides its own score") {
  // What a visitor reads, without the echo of the answers and the scores.
  auto visible = [](const AnswersDocument& doc) {
    EvaluateOutcome out = evaluate_answers(doc, test::shipped(), Language::en);
    REQUIRE(out.value);
    auto json = Json::parse(result_document_text(*out.value));
    json.erase("section_scores");
    // The stage's echo of the answer is not a change it causes; its hint is.
    for (const char* echo : {"id", "label", "index", "position"}) json["sales_stage"].erase(echo);
    return json.dump();
  };
  // Starting points in each phase, so a question that matters in one phase only is found.
  const std::vector<std::map<std::string, std::string>> companies = {
      {},
      {{"scale_unchanged", "no"}},
      {{"scale_unchanged", "no"}, {"optimization_status", "exhausted"}},
  };
  for (const auto& spec : contract::kQuestions) {
    CAPTURE(spec.id);
    bool changes = false;
    for (const auto& base : companies) {
      const AnswersDocument doc = company(base);
      const std::string before = visible(doc);
      for (std::size_t i = 0; i < spec.option_count() && !changes; ++i) {
        AnswersDocument changed = doc;
        changed.answers[std::string(spec.id)] = std::string(spec.options[i]);
        changes = visible(changed) != before;
      }
    }
    CHECK_MESSAGE(changes, spec.id << " changes nothing a visitor sees");
  }
}

#include "core/evaluate.hpp"
#include "core/result_document.hpp"
#include "core/text_report.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

Report report_for(AnswersDocument doc, Language lang) {
  EvaluateOutcome outcome = evaluate_answers(doc, test::shipped(), lang);
  REQUIRE_MESSAGE(outcome.value, test::all(outcome.problems));
  return *outcome.value;
}

bool has_item(const std::vector<ReportItem>& items, const std::string& id) {
  for (const auto& item : items) {
    if (item.id == id) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Phase 1 report: reasons, next steps, stage hint") {
  AnswersDocument doc = test::scaling_company();
  doc.answers["sales_stage"] = "product";
  const Report r = report_for(doc, Language::de);
  CHECK(r.phase == 1);
  CHECK(r.phase_id == "scale");
  CHECK(r.title == "Skalieren");
  CHECK(r.phase_label == "Phase 1");
  CHECK(has_item(r.reasons, "scale_unchanged.yes"));
  CHECK(has_item(r.reasons, "profitability_trend.stable"));
  CHECK(has_item(r.reasons, "conclusion.scale"));
  // The scaling plan of the phase; the answers of this company call for no extra advice.
  REQUIRE(r.next_steps.size() == 4);
  CHECK(r.next_steps[0].id == "step.scale.1");
  CHECK(r.next_steps[0].horizon == "Monat 1");
  CHECK(r.next_steps[1].horizon == "Monat 2–6");
  CHECK(r.next_steps[2].text.find("Ausstiegssignale") != std::string::npos);
  for (const auto& step : r.next_steps) CHECK(step.because.empty());
  REQUIRE(r.stage.hint);
  CHECK(r.stage.index == 2);
  CHECK(r.stage.ladder.size() == 4);
  CHECK(r.confidence.level == "high");
  CHECK_FALSE(r.confidence.leans_towards);
  CHECK_FALSE(r.economics);
}

TEST_CASE("Phase 2 report mentions the typical impact") {
  AnswersDocument doc = test::scaling_company();
  doc.answers["scale_unchanged"] = "no";
  const Report r = report_for(doc, Language::en);
  CHECK(r.phase == 2);
  CHECK(r.title == "Optimise");
  CHECK(r.impact.find("10–15%") != std::string::npos);
  CHECK(r.impact.find("100%") != std::string::npos);
  CHECK(has_item(r.reasons, "scale_unchanged.no"));
  CHECK(has_item(r.reasons, "optimization_status.partial"));
}

TEST_CASE("Phase 3 report and a borderline note naming the alternative") {
  AnswersDocument doc = test::scaling_company();
  doc.answers["scale_unchanged"] = "partly";
  doc.answers["profitability_trend"] = "falling";
  doc.answers["optimization_status"] = "exhausted";
  // Figures lean towards rising profitability (30 % -> 31.5 %), by less than counts.
  doc.economics.prior[Figure::revenue] = 10e6;
  doc.economics.prior[Figure::gross_margin] = 4e6;
  doc.economics.prior[Figure::sales_cost] = 1e6;
  doc.economics.current[Figure::revenue] = 10e6;
  doc.economics.current[Figure::gross_margin] = 4.15e6;
  doc.economics.current[Figure::sales_cost] = 1e6;
  Report r = report_for(doc, Language::en);
  CHECK(r.phase == 3);
  CHECK(r.phase_id == "redesign");
  CHECK(r.summary == "Optimisation is used up and profitability is falling: redesign your sales approach.");
  CHECK(r.confidence.level == "borderline");
  CHECK(r.confidence.leans_towards == 3);
  CHECK(r.confidence.alternative_phase == 2);
  CHECK(has_item(r.confidence.notes, "figures.contradiction"));
  CHECK(has_item(r.confidence.notes, "confidence.alternative"));
  CHECK(r.confidence.explanation.find("leans towards Phase 3 – Redesign") != std::string::npos);
}

TEST_CASE("both languages give the same structure and different words") {
  AnswersDocument doc = test::scaling_company();
  doc.answers["market_exhaustion"] = "unknown";
  const Report de = report_for(doc, Language::de);
  const Report en = report_for(doc, Language::en);
  CHECK(de.phase == en.phase);
  REQUIRE(de.reasons.size() == en.reasons.size());
  for (std::size_t i = 0; i < de.reasons.size(); ++i) {
    CHECK(de.reasons[i].id == en.reasons[i].id);
    CHECK(de.reasons[i].text != en.reasons[i].text);
  }
  CHECK(de.confidence.notes.size() == en.confidence.notes.size());
  for (const auto& note : de.confidence.notes) CHECK(note.text.find('{') == std::string::npos);
}

TEST_CASE("the result document has the promised fields") {
  AnswersDocument doc = test::scaling_company();
  doc.economics.prior[Figure::revenue] = 1e6;
  doc.economics.prior[Figure::sales_cost] = 1e5;
  doc.economics.current[Figure::revenue] = 1.2e6;
  doc.economics.current[Figure::sales_cost] = 1.1e5;
  const auto json = result_to_json(report_for(doc, Language::de));
  CHECK(json.begin().key() == "schema");
  CHECK(json["schema"] == "phasecheck.result/1");
  CHECK(json["phase"] == 1);
  CHECK(json["phase_id"] == "scale");
  CHECK(json["confidence"]["level"] == "high");
  CHECK(json["reasons"].size() >= 2);
  CHECK(json["next_steps"].size() == 4);
  CHECK(json["next_steps"][0]["id"] == "step.scale.1");
  CHECK(json["next_steps"][0]["because"].is_null());
  CHECK(json["evidence"].is_array());
  CHECK(json["section_scores"][0]["unknown"] == 0);
  CHECK(json["model_version"] == std::string(model_version()));
  CHECK(json["section_scores"].size() == 4);
  CHECK(json["economics"]["indicators"][0]["id"] == "sales_cost_ratio");
  CHECK(json["economics"]["indicators"][0]["current_text"] == "9,2 %");
}

TEST_CASE("the text report wraps and contains the essentials") {
  const std::string text = report_to_text(report_for(test::scaling_company(), Language::en), test::shipped(), 60);
  CHECK(text.rfind("Phase 1 – Scale\n", 0) == 0);
  CHECK(text.find("Next steps") != std::string::npos);
  CHECK(text.find("3–6 months") != std::string::npos);
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    std::size_t width = 0;
    for (std::size_t i = start; i < end; ++i) width += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    CHECK(width <= 60);
    start = end + 1;
  }
}

TEST_CASE("the text report takes its headings from the content") {
  const Report report = report_for(test::scaling_company(), Language::de);
  CHECK(report_to_text(report, test::shipped()).find("\nVerkaufsstufe\n") != std::string::npos);
  const Questionnaire edited = test::reworded("report.text.stage", "Ihr Verkaufsstil", "Your selling style");
  const std::string text = report_to_text(report, edited);
  CHECK(text.find("\nIhr Verkaufsstil\n") != std::string::npos);
  CHECK(text.find("\nVerkaufsstufe\n") == std::string::npos);
  CHECK(text.find("Modell " + report.model_version + ", Fragebogen " + report.questionnaire_version) != std::string::npos);
  CHECK(report_to_text(report_for(test::scaling_company(), Language::en), edited).find("\nYour selling style\n") !=
        std::string::npos);
}

TEST_CASE("evaluation refuses incomplete answers, naming each") {
  AnswersDocument doc = test::scaling_company();
  doc.answers.erase("scale_unchanged");
  doc.answers.erase("sales_stage");
  EvaluateOutcome outcome = evaluate_answers(doc, test::shipped());
  CHECK_FALSE(outcome.value);
  CHECK(outcome.problems.size() == 2);
  CHECK(test::mentions(outcome.problems, "/answers/scale_unchanged", "missing required answer"));
}

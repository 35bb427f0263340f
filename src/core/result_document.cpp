#include "core/result_document.hpp"

#include "core/json_documents.hpp"

namespace phasecheck {
namespace {

OrderedJson optional_number(const std::optional<double>& value) { return value ? OrderedJson(*value) : OrderedJson(nullptr); }
OrderedJson optional_int(const std::optional<int>& value) { return value ? OrderedJson(*value) : OrderedJson(nullptr); }

OrderedJson items(const std::vector<ReportItem>& list) {
  OrderedJson out = OrderedJson::array();
  for (const auto& item : list) out.push_back({{"id", item.id}, {"text", item.text}});
  return out;
}

}  // namespace

OrderedJson result_to_json(const Report& r) {
  OrderedJson doc = {
      {"schema", kResultSchema},
      {"model_version", r.model_version},
      {"questionnaire_version", r.questionnaire_version},
      {"lang", language_code(r.lang)},
      {"phase", r.phase},
      {"phase_id", r.phase_id},
      {"phase_label", r.phase_label},
      {"title", r.title},
      {"summary", r.summary},
      {"expected_impact", r.impact},
      {"recheck_months", r.recheck_months},
  };
  doc["confidence"] = {{"level", r.confidence.level},
                       {"label", r.confidence.label},
                       {"explanation", r.confidence.explanation},
                       {"leans_towards", optional_int(r.confidence.leans_towards)},
                       {"alternative_phase", optional_int(r.confidence.alternative_phase)},
                       {"notes", items(r.confidence.notes)}};
  doc["reasons"] = items(r.reasons);
  doc["evidence"] = OrderedJson::array();
  for (const auto& e : r.evidence) {
    doc["evidence"].push_back({{"rule", e.rule},
                               {"question", e.question},
                               {"answered", e.answered},
                               {"counted", e.counted.empty() ? OrderedJson(nullptr) : OrderedJson(e.counted)},
                               {"signals", e.signals}});
  }
  doc["next_steps"] = OrderedJson::array();
  for (const auto& step : r.next_steps) {
    OrderedJson item = {{"id", step.id}, {"text", step.text}, {"horizon", step.horizon}};
    item["because"] = step.because.empty() ? OrderedJson(nullptr) : OrderedJson(step.because);
    doc["next_steps"].push_back(std::move(item));
  }
  doc["sales_stage"] = {{"id", r.stage.id},       {"label", r.stage.label},       {"index", r.stage.index},
                        {"of", r.stage.count},    {"position", r.stage.position}, {"ladder", r.stage.ladder},
                        {"hint", r.stage.hint ? OrderedJson(*r.stage.hint) : OrderedJson(nullptr)}};
  doc["section_scores"] = OrderedJson::array();
  for (const auto& s : r.section_scores) {
    doc["section_scores"].push_back({{"id", s.id},
                                     {"title", s.title},
                                     {"label", s.score_label},
                                     {"score", optional_int(s.score)},
                                     {"unknown", s.unknown},
                                     {"questions", s.questions},
                                     {"unknown_text", s.unknown_text}});
  }
  if (r.economics) {
    OrderedJson indicators = OrderedJson::array();
    for (const auto& i : r.economics->indicators) {
      indicators.push_back({{"id", i.id},
                            {"label", i.label},
                            {"unit", i.unit},
                            {"prior", optional_number(i.prior)},
                            {"current", optional_number(i.current)},
                            {"prior_text", i.prior_text},
                            {"current_text", i.current_text}});
    }
    doc["economics"] = {{"trend", r.economics->trend ? OrderedJson(*r.economics->trend) : OrderedJson(nullptr)},
                        {"trend_label", r.economics->trend_label},
                        {"indicators", std::move(indicators)}};
  } else {
    doc["economics"] = nullptr;
  }
  return doc;
}

std::string result_document_text(const Report& report) { return result_to_json(report).dump(); }

}  // namespace phasecheck

// Evaluation of arbitrary valid-shaped answers: any choice of options (or none) and any figures
// evaluate to a phase with reasons, in both languages, as JSON, text and the printed report.
#include "core/evaluate.hpp"
#include "core/report_html.hpp"
#include "core/result_document.hpp"
#include "core/text_report.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace phasecheck;
  const auto& q = fuzz::shipped();
  AnswersDocument doc;
  std::size_t offset = 0;
  for (const auto& section : q.sections) {
    for (const auto& question : section.questions) {
      const unsigned char byte = offset < size ? data[offset++] : 0;
      const std::size_t choice = byte % (question.options.size() + 1);
      if (choice < question.options.size()) doc.answers[question.id] = question.options[choice].id;
    }
  }
  doc.economics = fuzz::figures_from(data, size, offset);
  static const Brand brand = [] {
    Brand b;
    b.name = "Fuzz";
    b.contact_url = "https://example.org";
    return b;
  }();
  for (Language lang : kLanguages) {
    const EvaluateOutcome outcome = evaluate_answers(doc, q, lang);
    fuzz::require(outcome.value.has_value() == missing_required_answers(doc, q).empty(), "complete answers evaluate");
    if (!outcome.value) continue;
    const Report& r = *outcome.value;
    fuzz::require(r.phase >= 1 && r.phase <= 3 && !r.reasons.empty() && !r.next_steps.empty(), "a full result");
    fuzz::require(r.confidence.level == "high" || r.confidence.leans_towards.has_value(), "doubt names a phase");
    (void)result_to_json(r).dump();
    (void)report_to_text(r, q);
    (void)report_html({r, doc, q, brand, "1.1.2026", ""});
  }
  return 0;
}

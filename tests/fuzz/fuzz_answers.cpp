// Answers documents and imported files: read or refused; what is read evaluates or names the
// missing answers, and writing it out and reading it back gives the same document.
#include "core/evaluate.hpp"
#include "core/persistence.hpp"
#include "core/result_document.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace phasecheck;
  const auto& q = fuzz::shipped();
  const EvaluateOutcome outcome = evaluate_text(fuzz::text(data, size), q);
  fuzz::require(outcome.value.has_value() || !outcome.problems.empty(), "a result or the problems");
  if (outcome.value) {
    fuzz::require(outcome.value->phase >= 1 && outcome.value->phase <= 3, "phase 1 to 3");
    (void)result_to_json(*outcome.value).dump();
  }
  const ImportRead imported = import_document(fuzz::text(data, size), q);
  if (imported.value) {
    const std::string written = export_document(*imported.value, std::nullopt);
    const ImportRead again = import_document(written, q);
    fuzz::require(again.value.has_value(), "an export imports again");
    fuzz::require(answers_to_json(*again.value) == answers_to_json(*imported.value), "export → import is identical");
  }
  return 0;
}

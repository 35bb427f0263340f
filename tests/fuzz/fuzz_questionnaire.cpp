// Questionnaire files: any bytes either load or are refused with problems; never both, never neither.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace phasecheck;
  const QuestionnaireLoad loaded = load_questionnaire(fuzz::text(data, size));
  fuzz::require(loaded.value.has_value() == loaded.problems.empty(), "loaded xor problems");
  for (const auto& problem : loaded.problems) fuzz::require(!problem.what.empty(), "every problem says what");
  return 0;
}

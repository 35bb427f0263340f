// Result documents against golden files in tests/golden/. After an intended change of wording or
// rules, regenerate with PHASECHECK_UPDATE_GOLDEN=1 and review the diff like any other change.
#include <cstdlib>
#include <fstream>

#include "core/evaluate.hpp"
#include "core/result_document.hpp"
#include "test_support.hpp"

using namespace phasecheck;

TEST_CASE("result documents match the golden files") {
  const char* cases[] = {"phase1_clear_en",
                         "phase1_product_selling_de",
                         "phase2_partly_figures_contradict_de",
                         "phase2_despite_exhausted_en",
                         "phase3_redesign_de",
                         "low_confidence_unknowns_en"};
  const bool update = std::getenv("PHASECHECK_UPDATE_GOLDEN") != nullptr;
  for (const char* name : cases) {
    CAPTURE(name);
    const std::string base = std::string("golden/") + name;
    EvaluateOutcome outcome = evaluate_text(test::read_test_file(base + ".answers.json"), test::shipped());
    REQUIRE_MESSAGE(outcome.value, test::all(outcome.problems));
    const std::string actual = result_to_json(*outcome.value).dump(2) + "\n";
    if (update) {
      std::ofstream(std::string(PHASECHECK_TEST_DATA) + "/" + base + ".result.json", std::ios::binary) << actual;
      continue;
    }
    CHECK(actual == test::read_test_file(base + ".result.json"));
  }
  CHECK_FALSE_MESSAGE(update, "golden files were rewritten; review them and run again without PHASECHECK_UPDATE_GOLDEN");
}

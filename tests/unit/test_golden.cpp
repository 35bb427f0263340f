// Result documents and text reports against golden files in tests/golden/: every answers file
// there is evaluated in both languages. After an intended change of wording or rules, regenerate
// with PHASECHECK_UPDATE_GOLDEN=1 and review the diff like any other change.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/evaluate.hpp"
#include "core/evidence.hpp"
#include "core/result_document.hpp"
#include "core/text_report.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

std::vector<std::string> golden_cases() {
  std::vector<std::string> names;
  const std::string suffix = ".answers.json";
  for (const auto& entry : std::filesystem::directory_iterator(std::string(PHASECHECK_TEST_DATA) + "/golden")) {
    const std::string file = entry.path().filename().string();
    if (file.size() > suffix.size() && file.ends_with(suffix)) names.push_back(file.substr(0, file.size() - suffix.size()));
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("result documents and text reports match the golden files, in both languages") {
  const bool update = std::getenv("PHASECHECK_UPDATE_GOLDEN") != nullptr;
  const auto names = golden_cases();
  CHECK(names.size() >= 12);
  // Every evidence rule must be shown by some golden case, in each language.
  std::map<Language, std::set<std::string>> rules_shown;
  for (const auto& name : names) {
    for (Language language : {Language::de, Language::en}) {
      const std::string base = "golden/" + name + "." + std::string(language_code(language));
      CAPTURE(base);
      EvaluateOutcome outcome = evaluate_text(test::read_test_file("golden/" + name + ".answers.json"), test::shipped(), language);
      REQUIRE_MESSAGE(outcome.value, test::all(outcome.problems));
      const std::string json = result_to_json(*outcome.value).dump(2) + "\n";
      const std::string text = report_to_text(*outcome.value, test::shipped());
      for (const auto& evidence : outcome.value->evidence) {
        rules_shown[language].insert(evidence.rule);
        // The text a reader gets says so, in the reasons.
        const bool worded = std::any_of(outcome.value->reasons.begin(), outcome.value->reasons.end(),
                                        [&](const ReportItem& item) { return item.id == "evidence." + evidence.rule; });
        CHECK_MESSAGE(worded, evidence.rule);
      }
      if (update) {
        std::ofstream(std::string(PHASECHECK_TEST_DATA) + "/" + base + ".result.json", std::ios::binary) << json;
        std::ofstream(std::string(PHASECHECK_TEST_DATA) + "/" + base + ".txt", std::ios::binary) << text;
        continue;
      }
      CHECK(json == test::read_test_file(base + ".result.json"));
      CHECK(text == test::read_test_file(base + ".txt"));
    }
  }
  for (Language language : {Language::de, Language::en}) {
    CAPTURE(language_code(language));
    for (EvidenceRule rule : kEvidenceRules) CHECK_MESSAGE(rules_shown[language].count(std::string(evidence_rule_id(rule))), evidence_rule_id(rule));
  }
  CHECK_FALSE_MESSAGE(update, "golden files were rewritten; review them and run again without PHASECHECK_UPDATE_GOLDEN");
}

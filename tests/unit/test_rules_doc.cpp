// docs/rules.md is the specification a consultant reads; these tests hold it to the code.
// - The phase table (first matching row wins) is expanded over every combination of the decisive
//   inputs and must give the phase decide() gives, so it cannot drift from src/core/rules.cpp.
// - The evidence table names exactly the rules of src/core/evidence.cpp with exactly their signals.
// Native only: reads the project's own files.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/assessment.hpp"
#include "core/evidence.hpp"
#include "core/rules.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

const std::filesystem::path kProjectRoot = std::filesystem::path(PHASECHECK_TEST_DATA).parent_path();

std::string rules_doc() {
  std::ifstream in(kProjectRoot / "docs" / "rules.md");
  std::stringstream text;
  text << in.rdbuf();
  REQUIRE_MESSAGE(!text.str().empty(), "cannot read docs/rules.md");
  return text.str();
}

std::string trim(std::string s) {
  const auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, separator);) parts.push_back(trim(part));
  return parts;
}

std::string without_backticks(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), '`'), s.end());
  return s;
}

// The rows of the markdown table that follows `marker` (a line of its own), cells trimmed.
std::vector<std::vector<std::string>> table_after(const std::string& doc, const std::string& marker) {
  std::vector<std::vector<std::string>> rows;
  std::size_t at = doc.find("\n" + marker + "\n");
  REQUIRE_MESSAGE(at != std::string::npos, "docs/rules.md has no line " << marker);
  std::stringstream in(doc.substr(at + marker.size() + 2));
  bool header = true;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() && rows.empty() && header) continue;
    if (line.rfind("|", 0) != 0) break;
    auto cells = split(line.substr(1, line.size() - 2), '|');
    if (header) {  // the header row and the |---| row
      if (line.find("---") != std::string::npos) header = false;
      continue;
    }
    rows.push_back(cells);
  }
  return rows;
}

// "`yes`, `partly`" -> {yes, partly}; "any" -> every value.
bool cell_allows(const std::string& cell, std::string_view value) {
  const std::string plain = without_backticks(cell);
  if (plain == "any") return true;
  for (const auto& part : split(plain, ',')) {
    if (part == value) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the phase table in docs/rules.md is what decide() does, for every combination") {
  const auto rows = table_after(rules_doc(), "<!-- phase table: checked by tests/unit/test_rules_doc.cpp -->");
  REQUIRE(rows.size() >= 4);
  // Columns: #, figures, then the rule questions in the contract's order, then the phase.
  const auto& questions = contract::kRuleQuestions;
  for (const auto& row : rows) REQUIRE_MESSAGE(row.size() == questions.size() + 3, "a row of the phase table has the wrong number of cells");

  std::vector<std::vector<std::string_view>> options;
  for (auto id : questions) {
    const auto& spec = *contract::find(id);
    options.emplace_back(spec.options.begin(), spec.options.begin() + static_cast<long>(spec.option_count()));
  }
  const std::string_view economic_values[] = {"positive", "not positive", "no figures"};
  std::size_t combinations = 0;
  std::vector<std::size_t> pick(questions.size(), 0);
  for (bool done = false; !done;) {
    for (auto economic : economic_values) {
      RuleInputs in;
      for (std::size_t i = 0; i < questions.size(); ++i) in.set(questions[i], options[i][pick[i]]);
      if (economic != "no figures") in.economic = economic == "positive";
      const auto match = std::find_if(rows.begin(), rows.end(), [&](const std::vector<std::string>& row) {
        if (!cell_allows(row[1], economic)) return false;
        for (std::size_t i = 0; i < questions.size(); ++i) {
          if (!cell_allows(row[i + 2], options[i][pick[i]])) return false;
        }
        return true;
      });
      std::string inputs = std::string(economic);
      for (std::size_t i = 0; i < questions.size(); ++i) inputs += ", " + std::string(options[i][pick[i]]);
      CAPTURE(inputs);
      REQUIRE_MESSAGE(match != rows.end(), "no row of the phase table covers these inputs");
      CHECK(trim(without_backticks(match->back())) == std::to_string(phase_number(decide(in).phase)));
      ++combinations;
    }
    std::size_t i = 0;
    while (i < pick.size() && ++pick[i] == options[i].size()) pick[i++] = 0;
    done = i == pick.size();
  }
  CHECK(combinations == 3 * 4 * 5 * 3 * 4 * 3);
}

TEST_CASE("the evidence table in docs/rules.md names every evidence rule with its signals") {
  const auto rows = table_after(rules_doc(), "<!-- evidence table: checked by tests/unit/test_rules_doc.cpp -->");
  std::vector<std::string> documented;
  for (const auto& row : rows) {
    REQUIRE(row.size() >= 3);
    const std::string id = without_backticks(row[0]);
    documented.push_back(id);
    // The second column lists the corroborating answers as `question=option`.
    std::set<std::string> signals;
    for (std::size_t at = row[1].find('`'); at != std::string::npos; at = row[1].find('`', at)) {
      const std::size_t end = row[1].find('`', at + 1);
      const std::string token = row[1].substr(at + 1, end - at - 1);
      if (token.find('=') != std::string::npos) signals.insert(token);
      at = end + 1;
    }
    for (EvidenceRule rule : kEvidenceRules) {
      if (evidence_rule_id(rule) != id) continue;
      std::set<std::string> code;
      for (const auto& s : evidence_signals(rule)) code.insert(std::string(s.question) + "=" + std::string(s.option));
      CAPTURE(id);
      CHECK(signals == code);
    }
  }
  std::vector<std::string> code;
  for (EvidenceRule rule : kEvidenceRules) code.emplace_back(evidence_rule_id(rule));
  CHECK(documented == code);
}

TEST_CASE("the numbers table in docs/rules.md holds the engine's numbers") {
  const auto rows = table_after(rules_doc(), "<!-- numbers table: checked by tests/unit/test_rules_doc.cpp -->");
  const Questionnaire& q = test::shipped();
  const std::map<std::string, double> code = {
      {"profitability_noise", kProfitabilityNoise / 100.0},
      {"cost_ratio_noise", kCostRatioNoise / 100.0},
      {"productivity_noise", kProductivityNoise / 100.0},
      {"clear_factor", static_cast<double>(kClearFactor)},
      {"signals_that_count", static_cast<double>(kSignalsThatCount)},
      {"penalty_open", kUncertainPenalty},
      {"penalty_partly", kPartlyPenalty},
      {"penalty_contradiction", kContradictionPenalty},
      {"penalty_counter_evidence", kCounterEvidencePenalty},
      {"low_from", kLowFrom},
      {"advice_shown", static_cast<double>(kAdviceShown)},
      {"recheck_months_scale", q.recheck_months[phase_index(Phase::scale)]},
      {"recheck_months_optimize", q.recheck_months[phase_index(Phase::optimize)]},
      {"recheck_months_redesign", q.recheck_months[phase_index(Phase::redesign)]},
  };
  std::map<std::string, double> documented;
  for (const auto& row : rows) {
    REQUIRE(row.size() >= 2);
    documented[without_backticks(row[0])] = std::stod(row[1]);
  }
  CHECK(documented == code);
}

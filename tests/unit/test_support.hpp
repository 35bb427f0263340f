#pragma once
// Shared helpers for the unit tests: the shipped questionnaire, a complete answer set to vary,
// and file access to tests/ data.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/answers.hpp"
#include "core/json_documents.hpp"
#include "core/questionnaire.hpp"
#include "core/wording_file.hpp"

namespace phasecheck::test {

inline const Questionnaire& shipped() {
  static const Questionnaire questionnaire = [] {
    QuestionnaireLoad loaded = load_questionnaire(embedded_questionnaire_json);
    REQUIRE_MESSAGE(loaded.problems.empty(), (loaded.problems.empty() ? "" : describe(loaded.problems[0])));
    return *loaded.value;
  }();
  return questionnaire;
}

// The shipped questionnaire with one message reworded, loaded like a consultant's edited file.
inline Questionnaire reworded(const std::string& key, const std::string& de, const std::string& en) {
  Json doc = Json::parse(std::string(embedded_questionnaire_json));
  doc["messages"][key] = {{"de", de}, {"en", en}};
  QuestionnaireLoad loaded = load_questionnaire(doc.dump());
  REQUIRE(loaded.value);
  return *loaded.value;
}

// A consistent Phase 1 company; tests change single answers from here.
inline AnswersDocument scaling_company() {
  AnswersDocument doc;
  doc.answers = {{"sales_stage", "solution"},       {"playbook_documented", "yes"},   {"buying_behavior_change", "little"},
                 {"active_selling_time", "over_50"}, {"scale_unchanged", "yes"},       {"market_exhaustion", "low"},
                 {"scaling_completed", "no"},        {"new_rep_ramp", "comparable"},   {"hiring_capacity", "yes"},
                 {"profitability_trend", "stable"},  {"win_rate_trend", "stable"},     {"discount_trend", "stable"},
                 {"cost_vs_revenue", "slower"},      {"optimization_status", "partial"}, {"last_optimization", "1_3y"}};
  return doc;
}

// The Phase 1 company with some answers changed and figures given.
inline AnswersDocument scaling_company_with(const std::map<std::string, std::string>& changes,
                                            const EconomicsInput& figures = {}) {
  AnswersDocument doc = scaling_company();
  for (const auto& [question, option] : changes) doc.answers[question] = option;
  doc.economics = figures;
  return doc;
}

inline std::string read_test_file(const std::string& relative) {
  std::ifstream file(std::string(PHASECHECK_TEST_DATA) + "/" + relative, std::ios::binary);
  REQUIRE_MESSAGE(file.good(), "cannot open tests/" << relative);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

// The shipped questionnaire with meeting mode's wording (assets/meeting.json) joined, as the meeting
// page and the CLI's compare and meeting load it: the meeting report's messages live only there.
inline const Questionnaire& shipped_with_meeting_wording() {
  static const Questionnaire questionnaire = [] {
    Questionnaire with = shipped();
    const Problems problems = add_wording(with, read_test_file("../assets/meeting.json"), required_meeting_message_keys());
    REQUIRE_MESSAGE(problems.empty(), (problems.empty() ? "" : describe(problems[0])));
    return with;
  }();
  return questionnaire;
}

inline bool mentions(const Problems& problems, const std::string& where, const std::string& what_part) {
  for (const auto& p : problems) {
    if (p.where == where && p.what.find(what_part) != std::string::npos) return true;
  }
  return false;
}

inline std::string all(const Problems& problems) {
  std::string text;
  for (const auto& p : problems) text += describe(p) + "\n";
  return text;
}

}  // namespace phasecheck::test

#pragma once
// Evaluates an answers document: the phase, its reasons, the confidence, the sales stage, section
// scores and economics. Language-free: it holds ids; report.hpp turns it into words.
#include <optional>
#include <string>
#include <vector>

#include "core/answers.hpp"
#include "core/economics.hpp"
#include "core/questionnaire.hpp"
#include "core/rules.hpp"

namespace phasecheck {

enum class ConfidenceLevel { high, borderline, low };
std::string_view confidence_id(ConfidenceLevel level);

struct SectionScore {
  std::string section_id;
  std::optional<int> score;  // 0–100; none when every answer in it was "don't know"
};

struct Confidence {
  ConfidenceLevel level = ConfidenceLevel::high;
  std::vector<std::string> uncertain_questions;  // "unsure"/"unknown" on a rule question
  std::vector<std::string> partly_questions;     // "partly": close to a boundary
  std::vector<std::string> contradictions;       // ids of answer pairs that contradict each other
  bool figures_contradict = false;               // the figures contradict profitability_trend
  // The phase a different answer to one of the doubtful questions would give, and those questions.
  std::optional<Phase> alternative_phase;
  std::vector<std::string> alternative_questions;
};

struct Assessment {
  Decision decision;
  Confidence confidence;
  std::string sales_stage;  // option id
  int stage_index = 0;      // 1-based position on the ladder
  int stage_count = 0;
  bool early_stage_hint = false;
  std::vector<SectionScore> section_scores;
  EconomicsAnalysis economics;
};

using Evaluation = Checked<Assessment>;  // problems: the missing required answers

Evaluation assess(const AnswersDocument& answers, const Questionnaire& questionnaire);

}  // namespace phasecheck

#pragma once
// Evaluates an answers document: the phase, its reasons, the confidence, the sales stage, section
// scores and economics. Language-free: it holds ids; report.hpp turns it into words.
#include <optional>
#include <string>
#include <vector>

#include "core/answers.hpp"
#include "core/economics.hpp"
#include "core/evidence.hpp"
#include "core/questionnaire.hpp"
#include "core/rules.hpp"

namespace phasecheck {

// The model's numbers, stated in docs/rules.md (a test holds the two together).
// Penalty points that lower confidence: 0 is high, 1–2 borderline, 3 and more low.
inline constexpr int kUncertainPenalty = 2;
inline constexpr int kPartlyPenalty = 1;
inline constexpr int kContradictionPenalty = 1;
// One piece of counter-evidence: a single corroborating answer against a direct one, figures that
// lean the other way, or corroborating answers that outweighed a direct one (a judgement call).
// Figures that clearly decide cost nothing: the result stands on them and says so.
inline constexpr int kCounterEvidencePenalty = 1;
inline constexpr int kLowFrom = 3;
// Next steps stay a short list: the levers most worth pulling, not every one that applies.
inline constexpr std::size_t kAdviceShown = 4;

enum class ConfidenceLevel { high, borderline, low };
std::string_view confidence_id(ConfidenceLevel level);

struct SectionScore {
  std::string section_id;
  // 0–100, the mean of the known answers; none when fewer than half of them are known, so
  // "don't know" is never averaged away into a confident number.
  std::optional<int> score;
  int unknown = 0;  // answers that carry no score ("don't know", "no recent hires")
  int questions = 0;
  // The figures show sales earning no positive contribution: the economics section scores 0,
  // whatever the answers in it say, so the profile cannot contradict the verdict.
  bool figures_loss = false;
};

struct Confidence {
  ConfidenceLevel level = ConfidenceLevel::high;
  std::vector<std::string> uncertain_questions;  // "unsure"/"unknown" on a rule question
  std::vector<std::string> partly_questions;     // "partly": close to a boundary
  std::vector<std::string> contradictions;       // ids of answer pairs that contradict each other
  std::vector<Doubt> doubts;                     // single signals against an answer that could change the phase
  bool figures_disagree = false;                 // the figures lean against profitability_trend
  // The phase a different answer to one of the doubtful questions would give, and those questions.
  std::optional<Phase> alternative_phase;
  std::vector<std::string> alternative_questions;
};

// Points into the questionnaire, which outlives every assessment made with it.
struct AdviceChoice {
  const Advice* advice;
  const AnswerConditions* because;  // the answers that call for it
};

struct Assessment {
  Evidence evidence;  // what the rules decided on, and where it overrode an answer
  Decision decision;
  Confidence confidence;
  std::string sales_stage;  // option id
  int stage_index = 0;      // 1-based position on the ladder
  int stage_count = 0;
  bool early_stage_hint = false;  // not yet beyond product selling: urgent in every phase
  std::vector<AdviceChoice> advice;  // the questionnaire's advice that applies, most important first
  std::vector<SectionScore> section_scores;
  EconomicsAnalysis economics;
};

using Evaluation = Checked<Assessment>;  // problems: the missing required answers

Evaluation assess(const AnswersDocument& answers, const Questionnaire& questionnaire);

}  // namespace phasecheck

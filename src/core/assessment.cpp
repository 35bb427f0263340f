#include "core/assessment.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/contract.hpp"

namespace phasecheck {
namespace {

// Penalty points that lower confidence: 0 is high, 1–2 borderline, 3 and more low.
constexpr int kUncertainPenalty = 2;
constexpr int kPartlyPenalty = 1;
constexpr int kContradictionPenalty = 1;
constexpr int kFiguresPenalty = 2;
constexpr int kLowFrom = 3;

struct ContradictionRule {
  std::string_view id;
  bool (*applies)(const AnswersDocument&);
  std::vector<std::string_view> rule_questions;  // answers that may be the wrong one
};

bool is(const AnswersDocument& a, std::string_view question, std::string_view option) {
  return a.answer(question) == option;
}

const std::vector<ContradictionRule>& contradiction_rules() {
  static const std::vector<ContradictionRule> rules = {
      {"scale_vs_ramp", [](const AnswersDocument& a) { return is(a, "scale_unchanged", "yes") && is(a, "new_rep_ramp", "far_below"); },
       {"scale_unchanged"}},
      {"scale_vs_hiring", [](const AnswersDocument& a) { return is(a, "scale_unchanged", "yes") && is(a, "hiring_capacity", "no"); },
       {"scale_unchanged"}},
      {"scale_vs_market", [](const AnswersDocument& a) { return is(a, "scale_unchanged", "yes") && is(a, "market_exhaustion", "max"); },
       {"scale_unchanged", "market_exhaustion"}},
      {"scale_vs_completed", [](const AnswersDocument& a) { return is(a, "scale_unchanged", "yes") && is(a, "scaling_completed", "yes"); },
       {"scale_unchanged", "scaling_completed"}},
      {"profit_vs_signals",
       [](const AnswersDocument& a) {
         return (is(a, "profitability_trend", "rising") || is(a, "profitability_trend", "stable")) &&
                is(a, "win_rate_trend", "falling") && is(a, "discount_trend", "rising");
       },
       {"profitability_trend"}},
      {"optimization_exhausted_never",
       [](const AnswersDocument& a) { return is(a, "optimization_status", "exhausted") && is(a, "last_optimization", "never"); },
       {"optimization_status"}},
      {"optimization_none_recent",
       [](const AnswersDocument& a) { return is(a, "optimization_status", "none") && is(a, "last_optimization", "within_1y"); },
       {"optimization_status"}},
  };
  return rules;
}

bool figures_contradict(std::string_view profitability_answer, const EconomicsAnalysis& economics) {
  if (!economics.trend) return false;
  const bool answered_ok = profitability_answer == "rising" || profitability_answer == "stable";
  return (answered_ok && *economics.trend == Trend::falling) ||
         (profitability_answer == "falling" && *economics.trend == Trend::rising);
}

RuleInputs rule_inputs(const AnswersDocument& answers) {
  RuleInputs inputs;
  for (auto id : rule_question_ids()) inputs.set(id, answers.answer(id));
  return inputs;
}

// Tries every other option of each doubtful question; the phase most such changes lead to is
// the alternative. This makes "borderline" mean what it says: one answer away from another phase.
void find_alternative(const RuleInputs& inputs, Phase phase, const std::vector<std::string>& doubtful,
                      const Questionnaire& questionnaire, Confidence& confidence) {
  std::map<Phase, std::vector<std::string>> reached;
  for (const auto& question_id : doubtful) {
    const Question* question = questionnaire.find_question(question_id);
    if (!question) continue;
    for (const auto& option : question->options) {
      RuleInputs changed = inputs;
      changed.set(question_id, option.id);
      const Phase other = decide(changed).phase;
      if (other == phase) continue;
      auto& questions = reached[other];
      if (std::find(questions.begin(), questions.end(), question_id) == questions.end()) questions.push_back(question_id);
    }
  }
  for (const auto& [other, questions] : reached) {
    if (!confidence.alternative_phase || questions.size() > confidence.alternative_questions.size()) {
      confidence.alternative_phase = other;
      confidence.alternative_questions = questions;
    }
  }
}

Confidence judge_confidence(const AnswersDocument& answers, const RuleInputs& inputs, Phase phase,
                            const EconomicsAnalysis& economics, const Questionnaire& questionnaire) {
  Confidence confidence;
  int penalty = 0;
  std::vector<std::string> doubtful;
  auto doubt = [&](std::string_view id) {
    if (std::find(doubtful.begin(), doubtful.end(), id) == doubtful.end()) doubtful.emplace_back(id);
  };
  for (auto id : rule_question_ids()) {
    const auto answer = inputs.get(id);
    if (answer == "unsure" || answer == "unknown") {
      confidence.uncertain_questions.emplace_back(id);
      penalty += kUncertainPenalty;
      doubt(id);
    } else if (answer == "partly") {
      confidence.partly_questions.emplace_back(id);
      penalty += kPartlyPenalty;
      doubt(id);
    }
  }
  for (const auto& rule : contradiction_rules()) {
    if (!rule.applies(answers)) continue;
    confidence.contradictions.emplace_back(rule.id);
    penalty += kContradictionPenalty;
    for (auto id : rule.rule_questions) doubt(id);
  }
  if (figures_contradict(inputs.profitability_trend, economics)) {
    confidence.figures_contradict = true;
    penalty += kFiguresPenalty;
    doubt("profitability_trend");
  }
  confidence.level = penalty == 0 ? ConfidenceLevel::high : penalty < kLowFrom ? ConfidenceLevel::borderline : ConfidenceLevel::low;
  find_alternative(inputs, phase, doubtful, questionnaire, confidence);
  return confidence;
}

std::vector<SectionScore> score_sections(const AnswersDocument& answers, const Questionnaire& questionnaire) {
  std::vector<SectionScore> scores;
  for (const auto& section : questionnaire.sections) {
    int sum = 0;
    int count = 0;
    for (const auto& question : section.questions) {
      const Option* option = question.find_option(answers.answer(question.id));
      if (option && option->score) {
        sum += *option->score;
        ++count;
      }
    }
    SectionScore score{section.id, std::nullopt};
    if (count > 0) score.score = static_cast<int>(std::lround(static_cast<double>(sum) / count));
    scores.push_back(std::move(score));
  }
  return scores;
}

}  // namespace

std::string_view confidence_id(ConfidenceLevel level) {
  switch (level) {
    case ConfidenceLevel::high: return "high";
    case ConfidenceLevel::borderline: return "borderline";
    case ConfidenceLevel::low: return "low";
  }
  return "";
}

Evaluation assess(const AnswersDocument& answers, const Questionnaire& questionnaire) {
  Evaluation evaluation;
  evaluation.problems = missing_required_answers(answers, questionnaire);
  if (!evaluation.problems.empty()) return evaluation;

  Assessment a;
  const RuleInputs inputs = rule_inputs(answers);
  a.decision = decide(inputs);
  a.economics = analyse_economics(answers.economics);
  a.confidence = judge_confidence(answers, inputs, a.decision.phase, a.economics, questionnaire);

  const auto& ladder = contract::sales_stage_ladder();
  a.sales_stage = std::string(answers.answer("sales_stage"));
  a.stage_count = static_cast<int>(ladder.size());
  for (std::size_t i = 0; i < ladder.size(); ++i) {
    if (ladder[i] == a.sales_stage) a.stage_index = static_cast<int>(i) + 1;
  }
  // The text: many firms never got past product selling — urgent, but scale first.
  a.early_stage_hint = a.decision.phase == Phase::scale && a.stage_index <= 2;
  a.section_scores = score_sections(answers, questionnaire);
  evaluation.assessment = std::move(a);
  return evaluation;
}

}  // namespace phasecheck

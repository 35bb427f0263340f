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

using contract::answer;

// Answers that contradict each other. Each names the rule questions whose answer may be the
// wrong one, so the search for an alternative phase tries them.
struct ContradictionRule {
  std::string_view id;
  std::vector<contract::Answer> all_of;  // every one of these answers is given…
  std::vector<contract::Answer> one_of;  // …and, when not empty, at least one of these
  std::vector<std::string_view> rule_questions;
};

bool given(const AnswersDocument& answers, contract::Answer expected) {
  return answers.answer(expected.question) == expected.option;
}

bool applies(const ContradictionRule& rule, const AnswersDocument& answers) {
  const auto is_given = [&](contract::Answer a) { return given(answers, a); };
  return std::all_of(rule.all_of.begin(), rule.all_of.end(), is_given) &&
         (rule.one_of.empty() || std::any_of(rule.one_of.begin(), rule.one_of.end(), is_given));
}

const std::vector<ContradictionRule>& contradiction_rules() {
  using contract::question_id;
  constexpr auto scales = answer("scale_unchanged", "yes");
  static const std::vector<ContradictionRule> rules = {
      {"scale_vs_ramp", {scales, answer("new_rep_ramp", "far_below")}, {}, {scales.question}},
      {"scale_vs_hiring", {scales, answer("hiring_capacity", "no")}, {}, {scales.question}},
      {"scale_vs_market", {scales, answer("market_exhaustion", "max")}, {}, {scales.question, question_id("market_exhaustion")}},
      {"scale_vs_completed", {scales, answer("scaling_completed", "yes")}, {}, {scales.question, question_id("scaling_completed")}},
      {"profit_vs_signals", {answer("win_rate_trend", "falling"), answer("discount_trend", "rising")},
       {answer("profitability_trend", "rising"), answer("profitability_trend", "stable")}, {question_id("profitability_trend")}},
      {"optimization_exhausted_never", {answer("optimization_status", "exhausted"), answer("last_optimization", "never")}, {},
       {question_id("optimization_status")}},
      {"optimization_none_recent", {answer("optimization_status", "none"), answer("last_optimization", "within_1y")}, {},
       {question_id("optimization_status")}},
  };
  return rules;
}

// The answers that say "I don't know" or "partly" to a rule question; each lowers confidence.
constexpr contract::Answer kUncertainAnswers[] = {answer("scale_unchanged", "unsure"), answer("market_exhaustion", "unknown"),
                                                  answer("profitability_trend", "unknown")};
constexpr contract::Answer kPartlyAnswers[] = {answer("scale_unchanged", "partly"), answer("scaling_completed", "partly")};

bool figures_contradict(const RuleInputs& inputs, const EconomicsAnalysis& economics) {
  if (!economics.trend) return false;
  const bool answered_ok = inputs.is(answer("profitability_trend", "rising")) || inputs.is(answer("profitability_trend", "stable"));
  return (answered_ok && *economics.trend == Trend::falling) ||
         (inputs.is(answer("profitability_trend", "falling")) && *economics.trend == Trend::rising);
}

RuleInputs rule_inputs(const AnswersDocument& answers) {
  RuleInputs inputs;
  for (auto id : contract::kRuleQuestions) inputs.set(id, answers.answer(id));
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
  for (auto id : contract::kRuleQuestions) {
    const auto is_answer = [&](contract::Answer a) { return a.question == id && inputs.is(a); };
    if (std::any_of(std::begin(kUncertainAnswers), std::end(kUncertainAnswers), is_answer)) {
      confidence.uncertain_questions.emplace_back(id);
      penalty += kUncertainPenalty;
      doubt(id);
    } else if (std::any_of(std::begin(kPartlyAnswers), std::end(kPartlyAnswers), is_answer)) {
      confidence.partly_questions.emplace_back(id);
      penalty += kPartlyPenalty;
      doubt(id);
    }
  }
  for (const auto& rule : contradiction_rules()) {
    if (!applies(rule, answers)) continue;
    confidence.contradictions.emplace_back(rule.id);
    penalty += kContradictionPenalty;
    for (auto id : rule.rule_questions) doubt(id);
  }
  if (figures_contradict(inputs, economics)) {
    confidence.figures_contradict = true;
    penalty += kFiguresPenalty;
    doubt(contract::question_id("profitability_trend"));
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

  const contract::QuestionSpec& ladder = contract::sales_stage();
  a.sales_stage = std::string(answers.answer(ladder.id));
  a.stage_count = static_cast<int>(ladder.option_count());
  a.stage_index = ladder.position(a.sales_stage) + 1;
  // The text: many firms never got past product selling — urgent, but scale first.
  a.early_stage_hint = a.decision.phase == Phase::scale && a.stage_index <= 2;
  a.section_scores = score_sections(answers, questionnaire);
  evaluation.value = std::move(a);
  return evaluation;
}

}  // namespace phasecheck

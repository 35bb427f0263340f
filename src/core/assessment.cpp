#include "core/assessment.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "core/contract.hpp"

namespace phasecheck {
namespace {

using contract::answer;

// Answers to two rule questions that contradict each other. Each names the rule questions whose
// answer may be the wrong one, so the search for an alternative phase tries them.
struct ContradictionRule {
  std::string_view id;
  std::array<contract::Answer, 2> both;
  std::vector<std::string_view> rule_questions;
};

const std::vector<ContradictionRule>& contradiction_rules() {
  using contract::question_id;
  constexpr auto scales = answer("scale_unchanged", "yes");
  static const std::vector<ContradictionRule> rules = {
      {"scale_vs_market", {scales, answer("market_exhaustion", "max")}, {scales.question, question_id("market_exhaustion")}},
      {"scale_vs_completed", {scales, answer("scaling_completed", "yes")}, {scales.question, question_id("scaling_completed")}},
      {"optimization_none_recent", {answer("optimization_status", "none"), answer("last_optimization", "within_1y")},
       {question_id("optimization_status")}},
  };
  return rules;
}

// The answers that say "I don't know" or "partly" to a rule question; each lowers confidence.
constexpr contract::Answer kUncertainAnswers[] = {answer("scale_unchanged", "unsure"), answer("market_exhaustion", "unknown"),
                                                  answer("profitability_trend", "unknown")};
constexpr contract::Answer kPartlyAnswers[] = {answer("scale_unchanged", "partly"), answer("scaling_completed", "partly")};

// Which other phases a different answer to each question leads to. Every change is weighed again
// with all the evidence, because a different answer can meet an override just as the given one
// did: "borderline" means one answer away from another phase, really.
class Reach {
 public:
  Reach(const AnswersDocument& answers, const EconomicsAnalysis& economics, Phase phase)
      : answers_(answers), economics_(economics), phase_(phase) {}

  const std::set<Phase>& of(std::string_view question_id) {
    auto [it, inserted] = reach_.try_emplace(std::string(question_id));
    if (!inserted) return it->second;
    const contract::QuestionSpec* spec = contract::find(question_id);
    for (std::size_t i = 0; spec && i < spec->option_count(); ++i) {
      AnswersDocument changed = answers_;
      changed.answers[std::string(question_id)] = std::string(spec->options[i]);
      const Phase other = decide(weigh_evidence(changed, economics_).inputs).phase;
      if (other != phase_) it->second.insert(other);
    }
    return it->second;
  }

  // The phases that different answers to all of `questions` together lead to: three "don't know"
  // answers may each be harmless alone and still decide the phase between them.
  std::set<Phase> of_all(const std::vector<std::string>& questions) {
    std::set<Phase> phases;
    AnswersDocument changed = answers_;
    try_all(questions, 0, changed, phases);
    return phases;
  }

 private:
  void try_all(const std::vector<std::string>& questions, std::size_t next, AnswersDocument& changed, std::set<Phase>& phases) {
    if (next == questions.size()) {
      const Phase other = decide(weigh_evidence(changed, economics_).inputs).phase;
      if (other != phase_) phases.insert(other);
      return;
    }
    const contract::QuestionSpec* spec = contract::find(questions[next]);
    for (std::size_t i = 0; spec && i < spec->option_count(); ++i) {
      changed.answers[questions[next]] = std::string(spec->options[i]);
      try_all(questions, next + 1, changed, phases);
    }
  }

  const AnswersDocument& answers_;
  const EconomicsAnalysis& economics_;
  Phase phase_;
  std::map<std::string, std::set<Phase>, std::less<>> reach_;
};

// Penalties count only for doubts that could change the phase: an open answer that no answer
// would turn into another recommendation does not make this one less certain.
Confidence judge_confidence(const AnswersDocument& answers, const EconomicsAnalysis& economics, const Evidence& evidence,
                            Phase phase) {
  Confidence confidence;
  Reach reach(answers, economics, phase);
  int penalty = 0;
  std::vector<std::string> doubtful;
  auto doubt = [&](int points, std::initializer_list<std::string_view> questions) {
    bool counts = false;
    for (auto id : questions) {
      if (reach.of(id).empty()) continue;
      counts = true;
      if (std::find(doubtful.begin(), doubtful.end(), id) == doubtful.end()) doubtful.emplace_back(id);
    }
    if (counts) penalty += points;
    return counts;
  };
  const RuleInputs& inputs = evidence.inputs;
  std::vector<std::string> open;  // "don't know" answers to rule questions
  for (auto id : contract::kRuleQuestions) {
    // An overridden answer is explained by its override, not flagged as open.
    if (evidence.override_of(id)) continue;
    const auto is_answer = [&](contract::Answer a) { return a.question == id && inputs.is(a); };
    if (std::any_of(std::begin(kUncertainAnswers), std::end(kUncertainAnswers), is_answer)) {
      open.emplace_back(id);
    } else if (std::any_of(std::begin(kPartlyAnswers), std::end(kPartlyAnswers), is_answer)) {
      if (doubt(kPartlyPenalty, {id})) confidence.partly_questions.emplace_back(id);
    }
  }
  // Open answers are weighed together: they leave the phase open if any answers to them would.
  const std::set<Phase> open_reach = reach.of_all(open);
  if (!open_reach.empty()) {
    confidence.uncertain_questions = open;
    penalty += kUncertainPenalty * static_cast<int>(open.size());
  }
  // Contradictions are said either way; they cost only where they could matter.
  for (const auto& rule : contradiction_rules()) {
    if (!answers.is(rule.both[0]) || !answers.is(rule.both[1])) continue;
    confidence.contradictions.emplace_back(rule.id);
    for (auto id : rule.rule_questions) doubt(kContradictionPenalty, {id});
  }
  // A single signal is named where it makes the result less certain; elsewhere it would contradict a "clear".
  for (const auto& single : evidence.doubts) {
    if (doubt(kCounterEvidencePenalty, {single.question, single.signal.question})) confidence.doubts.push_back(single);
  }
  for (const auto& override : evidence.overrides) {
    // Corroborating answers that outweighed a direct one are a judgement call: if one of them were
    // different, the direct answer would count again.
    if (override.signals.empty() || override.rule == EvidenceRule::optimization_never) continue;
    bool counted = false;
    for (const auto& signal : override.signals) counted = doubt(counted ? 0 : kCounterEvidencePenalty, {signal.question}) || counted;
  }
  if (evidence.figures_disagree) {
    confidence.figures_disagree = true;
    doubt(kCounterEvidencePenalty, {contract::question_id("profitability_trend")});
  }
  confidence.level = penalty == 0 ? ConfidenceLevel::high : penalty < kLowFrom ? ConfidenceLevel::borderline : ConfidenceLevel::low;

  // The alternative: the phase that most of the doubtful questions can lead to.
  std::map<Phase, std::vector<std::string>> reached;
  for (const auto& id : doubtful) {
    for (Phase other : reach.of(id)) reached[other].push_back(id);
  }
  for (Phase other : open_reach) {
    for (const auto& id : open) {
      auto& questions = reached[other];
      if (std::find(questions.begin(), questions.end(), id) == questions.end()) questions.push_back(id);
    }
  }
  for (const auto& [other, questions] : reached) {
    if (!confidence.alternative_phase || questions.size() > confidence.alternative_questions.size()) {
      confidence.alternative_phase = other;
      confidence.alternative_questions = questions;
    }
  }
  return confidence;
}

std::vector<SectionScore> score_sections(const AnswersDocument& answers, const Evidence& evidence,
                                         const Questionnaire& questionnaire) {
  std::vector<SectionScore> scores;
  for (const auto& section : questionnaire.sections) {
    SectionScore score{section.id, std::nullopt, 0, static_cast<int>(section.questions.size())};
    int sum = 0;
    int known = 0;
    for (const auto& question : section.questions) {
      const Option* option = question.find_option(evidence.counted(answers, question.id));
      if (option && option->score) {
        sum += *option->score;
        ++known;
      } else {
        ++score.unknown;
      }
    }
    if (known > 0 && known * 2 >= score.questions) score.score = static_cast<int>(std::lround(static_cast<double>(sum) / known));
    if (evidence.inputs.economic == false && questionnaire.section_of(contract::question_id("profitability_trend")) == &section) {
      score.figures_loss = true;
      score.score = 0;
    }
    scores.push_back(std::move(score));
  }
  return scores;
}

// The questionnaire's advice whose conditions the counted answers meet and whose phases include
// this one, in the questionnaire's order (most important first).
std::vector<AdviceChoice> select_advice(const AnswersDocument& answers, const Evidence& evidence, Phase phase,
                                        const Questionnaire& questionnaire) {
  std::vector<AdviceChoice> chosen;
  const auto answer_of = [&](std::string_view question_id) { return evidence.counted(answers, question_id); };
  for (const auto& advice : questionnaire.advice) {
    if (chosen.size() == kAdviceShown) break;
    if (!advice.phases[phase_index(phase)]) continue;
    if (const AnswerConditions* because = advice.met_by(answer_of)) chosen.push_back({&advice, because});
  }
  return chosen;
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
  a.economics = analyse_economics(answers.economics);
  a.evidence = weigh_evidence(answers, a.economics);
  a.decision = decide(a.evidence.inputs);
  a.confidence = judge_confidence(answers, a.economics, a.evidence, a.decision.phase);

  const contract::QuestionSpec& ladder = contract::sales_stage();
  a.sales_stage = std::string(answers.answer(ladder.id));
  a.stage_count = static_cast<int>(ladder.option_count());
  a.stage_index = ladder.position(a.sales_stage) + 1;
  // The text: many firms never got past product selling — urgent in every phase, though not the
  // first question.
  a.early_stage_hint = a.stage_index <= ladder.position(contract::answer("sales_stage", "product").option) + 1;
  a.advice = select_advice(answers, a.evidence, a.decision.phase, questionnaire);
  a.section_scores = score_sections(answers, a.evidence, questionnaire);
  evaluation.value = std::move(a);
  return evaluation;
}

}  // namespace phasecheck

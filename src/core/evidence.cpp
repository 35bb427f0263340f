#include "core/evidence.hpp"

#include <algorithm>

namespace phasecheck {
namespace {

using contract::answer;

constexpr std::string_view kProfitability = contract::question_id("profitability_trend");
constexpr std::string_view kScale = contract::question_id("scale_unchanged");
constexpr std::string_view kOptimization = contract::question_id("optimization_status");

class Weighing {
 public:
  Weighing(const AnswersDocument& answers, const EconomicsAnalysis& economics) : answers_(answers), economics_(economics) {
    // Views of the contract's own ids, not of the document's strings: an Evidence may outlive it.
    for (auto id : contract::kRuleQuestions) evidence_.inputs.set(id, given(id));
  }

  Evidence run() {
    weigh_contribution();
    weigh_profitability();
    weigh_scaling();
    weigh_optimization();
    return std::move(evidence_);
  }

 private:
  RuleInputs& inputs() { return evidence_.inputs; }
  std::string_view given(std::string_view question) const { return contract::stored_option(question, answers_.answer(question)); }

  void override_answer(EvidenceRule rule, std::string_view question, std::string_view counted,
                       std::vector<contract::Answer> signals = {}) {
    evidence_.overrides.push_back({rule, question, given(question), counted, std::move(signals)});
    inputs().set(question, counted);
  }

  // Counts the rule's signals among the answers: enough of them override the answer with
  // `counted`; a single one is a doubt.
  void weigh_signals(EvidenceRule rule, std::string_view question, std::string_view counted) {
    std::vector<contract::Answer> found;
    for (const auto& signal : evidence_signals(rule)) {
      if (answers_.is(signal)) found.push_back(signal);
    }
    if (found.size() >= kSignalsThatCount) override_answer(rule, question, counted, std::move(found));
    else if (found.size() == 1) evidence_.doubts.push_back({rule, question, found.front()});
  }

  // The source's key question is about the *economic* approach: figures showing sales earning no
  // positive contribution rule Phase 1 out, whatever was answered.
  void weigh_contribution() {
    if (!economics_.contribution) return;
    inputs().economic = *economics_.contribution > 0;
    if (!*inputs().economic && answers_.is(answer("scale_unchanged", "yes"))) {
      evidence_.overrides.push_back({EvidenceRule::figures_loss, kScale, given(kScale), {}, {}});
    }
  }

  void weigh_profitability() {
    const bool holds = profitability_holds(answers_.answer(kProfitability));
    // Figures against the answer: falling where it holds, rising where it falls.
    const auto against = [&](const std::optional<Trend>& trend) {
      return trend && ((holds && *trend == Trend::falling) || (answers_.is(answer("profitability_trend", "falling")) && *trend == Trend::rising));
    };
    if (economics_.trend && answers_.is(answer("profitability_trend", "unknown"))) {
      override_answer(EvidenceRule::figures_fill, kProfitability, trend_id(*economics_.trend));
    } else if (against(economics_.clear_trend)) {
      override_answer(EvidenceRule::figures_trend, kProfitability, trend_id(*economics_.clear_trend));
    } else if (economics_.trend) {
      // Figures that say anything outrank the softer signals below.
      evidence_.figures_disagree = against(economics_.trend);
    } else if (holds) {
      weigh_signals(EvidenceRule::profitability_signals, kProfitability, "falling");
    }
  }

  void weigh_scaling() {
    if (inputs().is(answer("scale_unchanged", "yes"))) weigh_signals(EvidenceRule::scale_signals, kScale, "partly");
  }

  // Phase 3 needs optimisation that actually happened: "used up" cannot be true of an
  // optimisation that never took place, nor while its obvious levers lie untouched.
  void weigh_optimization() {
    if (!inputs().is(answer("optimization_status", "exhausted"))) return;
    if (answers_.is(answer("last_optimization", "never"))) {
      override_answer(EvidenceRule::optimization_never, kOptimization, "none", {answer("last_optimization", "never")});
    } else {
      weigh_signals(EvidenceRule::optimization_levers, kOptimization, "partial");
    }
  }

  const AnswersDocument& answers_;
  const EconomicsAnalysis& economics_;
  Evidence evidence_;
};

}  // namespace

std::string_view evidence_rule_id(EvidenceRule rule) {
  switch (rule) {
    case EvidenceRule::figures_loss: return "figures_loss";
    case EvidenceRule::figures_trend: return "figures_trend";
    case EvidenceRule::figures_fill: return "figures_fill";
    case EvidenceRule::profitability_signals: return "profitability_signals";
    case EvidenceRule::scale_signals: return "scale_signals";
    case EvidenceRule::optimization_never: return "optimization_never";
    case EvidenceRule::optimization_levers: return "optimization_levers";
  }
  return "";
}

const std::vector<contract::Answer>& evidence_signals(EvidenceRule rule) {
  // Each list holds answers to different questions, so each signal is independent evidence.
  static const std::vector<contract::Answer> profitability = {
      answer("cost_vs_revenue", "faster"), answer("win_rate_trend", "falling"), answer("discount_trend", "rising")};
  static const std::vector<contract::Answer> scale = {
      answer("new_rep_ramp", "far_below"), answer("hiring_capacity", "no"), answer("playbook_documented", "no"),
      answer("buying_behavior_change", "fundamentally")};
  static const std::vector<contract::Answer> levers = {
      answer("active_selling_time", "under_30"), answer("playbook_documented", "no"), answer("discount_trend", "rising")};
  static const std::vector<contract::Answer> never = {answer("last_optimization", "never")};
  static const std::vector<contract::Answer> none;
  switch (rule) {
    case EvidenceRule::profitability_signals: return profitability;
    case EvidenceRule::scale_signals: return scale;
    case EvidenceRule::optimization_levers: return levers;
    case EvidenceRule::optimization_never: return never;
    default: return none;
  }
}

const Override* Evidence::override_of(std::string_view question) const {
  auto it = std::find_if(overrides.begin(), overrides.end(), [&](const Override& o) { return o.question == question; });
  return it == overrides.end() ? nullptr : &*it;
}

std::string_view Evidence::counted(const AnswersDocument& answers, std::string_view question_id) const {
  const auto& rule_questions = contract::kRuleQuestions;
  if (std::find(rule_questions.begin(), rule_questions.end(), question_id) != rule_questions.end()) {
    return inputs.get(question_id);
  }
  return answers.answer(question_id);
}

Evidence weigh_evidence(const AnswersDocument& answers, const EconomicsAnalysis& economics) {
  return Weighing(answers, economics).run();
}

}  // namespace phasecheck

#include "core/meeting_baseline.hpp"

#include <algorithm>

#include "core/assessment.hpp"

namespace phasecheck {

const std::vector<ExitSignalSpec>& exit_signals_of(Phase phase) {
  using contract::answer;
  // contract::answer() does not compile for an id the content does not have.
  static const std::vector<ExitSignalSpec> scale = {
      {answer("market_exhaustion", "max").question, {answer("market_exhaustion", "max").option}},
      {answer("profitability_trend", "falling").question, {answer("profitability_trend", "falling").option}}};
  static const std::vector<ExitSignalSpec> optimize = {
      {answer("optimization_status", "exhausted").question, {answer("optimization_status", "exhausted").option}}};
  static const std::vector<ExitSignalSpec> redesign = {
      {answer("scale_unchanged", "yes").question, {answer("scale_unchanged", "yes").option}},
      {answer("profitability_trend", "rising").question,
       {answer("profitability_trend", "rising").option, answer("profitability_trend", "stable").option}}};
  switch (phase) {
    case Phase::scale: return scale;
    case Phase::optimize: return optimize;
    case Phase::redesign: return redesign;
  }
  return scale;
}

bool BaselineComparison::phase_ended() const {
  // The signals alone are not enough: the engine may keep the phase when they appear (Phase 2 with
  // optimisation used up while nothing calls for a redesign, rules.cpp optimize_despite_exhausted),
  // and "the phase is over" beside "today: the same phase" contradicts itself.
  if (!then || !now || then->phase_id == now->phase_id) return false;
  return !exit_signals.empty() &&
         std::all_of(exit_signals.begin(), exit_signals.end(), [](const ExitSignal& s) { return s.appeared; });
}

BaselineComparison compare_with_baseline(const AnswersDocument& then, const AnswersDocument& now,
                                         const Questionnaire& questionnaire, Language language) {
  BaselineComparison comparison;
  comparison.then = evaluate_answers(then, questionnaire, language).value;
  comparison.now = evaluate_answers(now, questionnaire, language).value;
  for (const auto& section : questionnaire.sections) {
    for (const auto& question : section.questions) {
      const std::string_view before = then.answer(question.id);
      const std::string_view after = now.answer(question.id);
      // Open on either side is not a move: today's open questions are listed as open already, and
      // "Ja → nicht beantwortet" for each of them would bury the answers that really changed.
      if (!before.empty() && !after.empty() && before != after) comparison.moved.push_back({question.id, std::string(before), std::string(after)});
    }
  }
  comparison.indicators = indicators_side_by_side({comparison.then ? &*comparison.then : nullptr,
                                                   comparison.now ? &*comparison.now : nullptr});
  if (!comparison.then || !comparison.now) return comparison;
  const std::optional<Phase> phase_then = parse_phase_id(comparison.then->phase_id);
  const Evaluation today = assess(now, questionnaire);
  if (!phase_then || !today.value) return comparison;
  for (const auto& spec : exit_signals_of(*phase_then)) {
    ExitSignal signal{std::string(spec.question), {}, std::string(today.value->evidence.inputs.get(spec.question)), false};
    for (const auto option : spec.options) {
      if (!signal.expected.empty()) signal.expected += ", ";
      signal.expected += option;
      signal.appeared = signal.appeared || signal.counted == option;
    }
    comparison.exit_signals.push_back(std::move(signal));
  }
  return comparison;
}

}  // namespace phasecheck

#include "core/rules.hpp"

#include <algorithm>

namespace phasecheck {

std::string_view phase_id(Phase phase) {
  switch (phase) {
    case Phase::scale: return "scale";
    case Phase::optimize: return "optimize";
    case Phase::redesign: return "redesign";
  }
  return "";
}

std::optional<Phase> parse_phase_id(std::string_view id) {
  for (Phase phase : kPhases) {
    if (phase_id(phase) == id) return phase;
  }
  return std::nullopt;
}

namespace {

std::size_t slot(std::string_view question_id) {
  const auto& ids = contract::kRuleQuestions;
  return static_cast<std::size_t>(std::find(ids.begin(), ids.end(), question_id) - ids.begin());
}

}  // namespace

std::string_view RuleInputs::get(std::string_view question_id) const {
  const std::size_t at = slot(question_id);
  return at < answers.size() ? answers[at] : std::string_view{};
}

void RuleInputs::set(std::string_view question_id, std::string_view option_id) {
  if (const std::size_t at = slot(question_id); at < answers.size()) answers[at] = option_id;
}

Decision decide(const RuleInputs& in) {
  using contract::answer;
  using contract::question_id;
  constexpr auto scale = question_id("scale_unchanged");
  constexpr auto profitability = question_id("profitability_trend");
  constexpr auto completed = question_id("scaling_completed");
  constexpr auto market = question_id("market_exhaustion");
  constexpr auto optimization = question_id("optimization_status");

  // Rule 1 — "Lässt sich der bestehende, wirtschaftliche Vertriebsansatz unverändert weiter
  // skalieren? Wenn Sie diese Frage mit Ja beantworten können … Skalieren": only a clear yes,
  // with profitability holding, scaling not yet completed and the market not exhausted.
  // The sales stage is deliberately absent: a smarter approach is urgent, but not the first question.
  const bool scales = in.is(answer("scale_unchanged", "yes"));
  const bool profitable = in.is(answer("profitability_trend", "rising")) || in.is(answer("profitability_trend", "stable"));
  const bool scaling_open = !in.is(answer("scaling_completed", "yes"));
  const bool market_open = !in.is(answer("market_exhaustion", "max"));
  if (scales && profitable && scaling_open && market_open) {
    return {Phase::scale, {scale, profitability, completed, market}, false};
  }

  // Rule 2 — redesign once optimisation is used up and the approach no longer carries.
  const bool optimization_exhausted = in.is(answer("optimization_status", "exhausted"));
  const bool falling = in.is(answer("profitability_trend", "falling"));
  const bool does_not_scale = in.is(answer("scale_unchanged", "no"));
  if (optimization_exhausted && (falling || does_not_scale)) {
    Decision decision{Phase::redesign, {optimization}, false};
    if (falling) decision.reason_questions.push_back(profitability);
    if (does_not_scale) decision.reason_questions.push_back(scale);
    return decision;
  }

  // Rule 3 — "Skaliert Ihr Vertriebsmodell nicht weiter, sinkt bereits die Wirtschaftlichkeit oder
  // haben Sie jüngst alle Maßnahmen der Skalierung abgeschlossen, treten Sie ein in Phase 2".
  // The reasons are the conditions of rule 1 that failed.
  Decision decision{Phase::optimize, {}, false};
  if (!scales) decision.reason_questions.push_back(scale);
  if (!profitable) decision.reason_questions.push_back(profitability);
  if (!scaling_open) decision.reason_questions.push_back(completed);
  if (!market_open) decision.reason_questions.push_back(market);
  if (optimization_exhausted) decision.optimize_despite_exhausted = true;
  else decision.reason_questions.push_back(optimization);
  return decision;
}

}  // namespace phasecheck

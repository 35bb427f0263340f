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

  // Rule 1 — „Lässt sich der bestehende, wirtschaftliche Vertriebsansatz unverändert weiter
  // skalieren? Wenn sie diese Frage mit Ja beantworten können ist meine Empfehlung, … in 3-6
  // Monaten ihren Vertriebsansatz zu Skalieren.“ Only a clear yes for an economic approach, with
  // profitability holding, scaling not yet completed and the market not exhausted.
  // The sales stage is deliberately absent: a smarter approach is urgent, but not the first question.
  const bool economic = in.economic != false;
  const bool scales = in.is(answer("scale_unchanged", "yes"));
  const bool profitable = profitability_holds(in.get(profitability));
  const bool scaling_open = !in.is(answer("scaling_completed", "yes"));
  const bool market_open = !in.is(answer("market_exhaustion", "max"));
  if (economic && scales && profitable && scaling_open && market_open) {
    std::vector<std::string_view> reasons = {scale, profitability, completed, market};
    if (in.economic) reasons.insert(reasons.begin(), kContributionReason);
    return {Phase::scale, std::move(reasons), false};
  }

  // Rule 2 — redesign once optimisation is used up and the approach no longer carries: it earns
  // nothing, its profitability falls, or it does not scale at all.
  const bool optimization_exhausted = in.is(answer("optimization_status", "exhausted"));
  const bool falling = in.is(answer("profitability_trend", "falling"));
  const bool does_not_scale = in.is(answer("scale_unchanged", "no"));
  if (optimization_exhausted && (!economic || falling || does_not_scale)) {
    Decision decision{Phase::redesign, {optimization}, false};
    if (!economic) decision.reasons.push_back(kContributionReason);
    if (falling) decision.reasons.push_back(profitability);
    if (does_not_scale) decision.reasons.push_back(scale);
    return decision;
  }

  // Rule 3 — „Skaliert Ihr Vertriebsmodell nicht weiter, sinkt bereits die Wirtschaftlichkeit oder
  // haben Sie jüngst alle Maßnahmen der Skalierung abgeschlossen, treten Sie ein in Phase 2 –
  // optimieren Sie!“ The reasons are the conditions of rule 1 that failed.
  Decision decision{Phase::optimize, {}, false};
  if (!economic) decision.reasons.push_back(kContributionReason);
  if (!scales) decision.reasons.push_back(scale);
  if (!profitable) decision.reasons.push_back(profitability);
  if (!scaling_open) decision.reasons.push_back(completed);
  if (!market_open) decision.reasons.push_back(market);
  if (optimization_exhausted) decision.optimize_despite_exhausted = true;
  else decision.reasons.push_back(optimization);
  return decision;
}

bool profitability_holds(std::string_view option_id) {
  using contract::answer;
  return option_id == answer("profitability_trend", "rising").option || option_id == answer("profitability_trend", "stable").option;
}

std::string_view Decision::trigger() const {
  for (auto reason : reasons) {
    if (reason != contract::question_id("optimization_status")) return reason;
  }
  return reasons.empty() ? std::string_view{} : reasons.front();
}

}  // namespace phasecheck

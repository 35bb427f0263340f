#include "core/rules.hpp"

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

const std::vector<std::string_view>& rule_question_ids() {
  static const std::vector<std::string_view> ids = {"scale_unchanged", "profitability_trend", "scaling_completed",
                                                    "market_exhaustion", "optimization_status"};
  return ids;
}

std::string_view RuleInputs::get(std::string_view id) const {
  if (id == "scale_unchanged") return scale_unchanged;
  if (id == "profitability_trend") return profitability_trend;
  if (id == "scaling_completed") return scaling_completed;
  if (id == "market_exhaustion") return market_exhaustion;
  if (id == "optimization_status") return optimization_status;
  return {};
}

void RuleInputs::set(std::string_view id, std::string_view option) {
  if (id == "scale_unchanged") scale_unchanged = option;
  else if (id == "profitability_trend") profitability_trend = option;
  else if (id == "scaling_completed") scaling_completed = option;
  else if (id == "market_exhaustion") market_exhaustion = option;
  else if (id == "optimization_status") optimization_status = option;
}

Decision decide(const RuleInputs& in) {
  // Rule 1 — "Lässt sich der bestehende, wirtschaftliche Vertriebsansatz unverändert weiter
  // skalieren? Wenn Sie diese Frage mit Ja beantworten können … Skalieren": only a clear yes,
  // with profitability holding, scaling not yet completed and the market not exhausted.
  // The sales stage is deliberately absent: a smarter approach is urgent, but not the first question.
  const bool scales = in.scale_unchanged == "yes";
  const bool profitable = in.profitability_trend == "rising" || in.profitability_trend == "stable";
  const bool scaling_open = in.scaling_completed != "yes";
  const bool market_open = in.market_exhaustion != "max";
  if (scales && profitable && scaling_open && market_open) {
    return {Phase::scale, {"scale_unchanged", "profitability_trend", "scaling_completed", "market_exhaustion"}, false};
  }

  // Rule 2 — redesign once optimisation is used up and the approach no longer carries.
  const bool optimization_exhausted = in.optimization_status == "exhausted";
  const bool falling = in.profitability_trend == "falling";
  const bool does_not_scale = in.scale_unchanged == "no";
  if (optimization_exhausted && (falling || does_not_scale)) {
    Decision decision{Phase::redesign, {"optimization_status"}, false};
    if (falling) decision.reason_questions.push_back("profitability_trend");
    if (does_not_scale) decision.reason_questions.push_back("scale_unchanged");
    return decision;
  }

  // Rule 3 — "Skaliert Ihr Vertriebsmodell nicht weiter, sinkt bereits die Wirtschaftlichkeit oder
  // haben Sie jüngst alle Maßnahmen der Skalierung abgeschlossen, treten Sie ein in Phase 2".
  // The reasons are the conditions of rule 1 that failed.
  Decision decision{Phase::optimize, {}, false};
  if (!scales) decision.reason_questions.push_back("scale_unchanged");
  if (!profitable) decision.reason_questions.push_back("profitability_trend");
  if (!scaling_open) decision.reason_questions.push_back("scaling_completed");
  if (!market_open) decision.reason_questions.push_back("market_exhaustion");
  if (optimization_exhausted) decision.optimize_despite_exhausted = true;
  else decision.reason_questions.push_back("optimization_status");
  return decision;
}

}  // namespace phasecheck

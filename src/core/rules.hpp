#pragma once
// The decision rules of the phase model, taken from the consultant's text
// ("Skalieren, optimieren, neu gestalten", docs/rules.md). A pure function of five answers.
#include <optional>
#include <string_view>
#include <vector>

namespace phasecheck {

enum class Phase { scale = 1, optimize = 2, redesign = 3 };
inline constexpr Phase kPhases[] = {Phase::scale, Phase::optimize, Phase::redesign};

std::string_view phase_id(Phase phase);
std::optional<Phase> parse_phase_id(std::string_view id);
inline int phase_number(Phase phase) { return static_cast<int>(phase); }

// The answers (option ids) the rules read; an empty view counts as "not answered".
struct RuleInputs {
  std::string_view scale_unchanged;
  std::string_view profitability_trend;
  std::string_view scaling_completed;
  std::string_view market_exhaustion;
  std::string_view optimization_status;

  std::string_view get(std::string_view question_id) const;
  void set(std::string_view question_id, std::string_view option_id);
};

struct Decision {
  Phase phase;
  // The questions whose answers explain the decision, in the order a reader should see them.
  std::vector<std::string_view> reason_questions;
  // Optimisation is used up, yet nothing calls for a redesign: optimise once more and watch.
  bool optimize_despite_exhausted = false;
};

Decision decide(const RuleInputs& inputs);

// The question ids RuleInputs holds, in a fixed order.
const std::vector<std::string_view>& rule_question_ids();

}  // namespace phasecheck

#pragma once
// The decision rules of the phase model, taken from the consultant's text
// ("Skalieren, optimieren, neu gestalten", docs/rules.md). A pure function of the decisive
// inputs, which core/evidence.hpp derives from the answers and the figures.
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "core/contract.hpp"

namespace phasecheck {

enum class Phase { scale = 1, optimize = 2, redesign = 3 };
inline constexpr Phase kPhases[] = {Phase::scale, Phase::optimize, Phase::redesign};

std::string_view phase_id(Phase phase);
std::optional<Phase> parse_phase_id(std::string_view id);
inline int phase_number(Phase phase) { return static_cast<int>(phase); }
// Where a phase's entry sits in arrays of three (texts, advice phases, re-check months).
inline std::size_t phase_index(Phase phase) { return static_cast<std::size_t>(phase_number(phase) - 1); }

// The reason id of the figures' verdict on the approach's economics (beside the question ids).
inline constexpr std::string_view kContributionReason = "sales_contribution";

// What the phase rules decide on: an option id per rule question of the contract (an empty view
// counts as "not answered"; the slots follow contract::kRuleQuestions, so the list is written
// once), and whether the figures show sales earning a positive contribution.
struct RuleInputs {
  std::array<std::string_view, contract::kRuleQuestionCount> answers{};
  std::optional<bool> economic;  // none without figures for gross margin and sales cost

  std::string_view get(std::string_view question_id) const;
  void set(std::string_view question_id, std::string_view option_id);
  bool is(contract::Answer answer) const { return get(answer.question) == answer.option; }
};

struct Decision {
  Phase phase;
  // What explains the decision, in the order a reader should see it: rule question ids, and
  // kContributionReason. The first one that is not the optimisation status triggered the phase.
  std::vector<std::string_view> reasons;
  // Optimisation is used up, yet nothing calls for a redesign: optimise once more and watch.
  bool optimize_despite_exhausted = false;

  // The reason that led to this phase rather than the one before it: the first reason that is
  // not the optimisation status (which only tells Phase 2 from Phase 3).
  std::string_view trigger() const;
};

Decision decide(const RuleInputs& inputs);

// Profitability "holds" (rising or stable), as Phase 1 needs it; the evidence step tests answers
// that say so against the figures and other answers.
bool profitability_holds(std::string_view option_id);

}  // namespace phasecheck

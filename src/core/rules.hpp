#pragma once
// The decision rules of the phase model, taken from the consultant's text
// ("Skalieren, optimieren, neu gestalten", docs/rules.md). A pure function of the answers
// to the contract's rule questions.
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

// The answers (option ids) to the rule questions of the contract; an empty view counts as "not
// answered". The slots follow contract::kRuleQuestions, so the list is written once.
struct RuleInputs {
  std::array<std::string_view, contract::kRuleQuestionCount> answers{};

  std::string_view get(std::string_view question_id) const;
  void set(std::string_view question_id, std::string_view option_id);
  bool is(contract::Answer answer) const { return get(answer.question) == answer.option; }
};

struct Decision {
  Phase phase;
  // The questions whose answers explain the decision, in the order a reader should see them.
  std::vector<std::string_view> reason_questions;
  // Optimisation is used up, yet nothing calls for a redesign: optimise once more and watch.
  bool optimize_despite_exhausted = false;
};

Decision decide(const RuleInputs& inputs);

}  // namespace phasecheck

#pragma once
// Before and after (docs/meeting.md, "Baseline"): an earlier assessment against today's, and whether
// the signals that end the earlier phase have appeared. Both results come from the engine.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/contract.hpp"
#include "core/meeting_results.hpp"
#include "core/rules.hpp"

namespace phasecheck {

// One signal that a phase has run its course: a rule question counted (after the evidence step,
// so figures count too) as one of `options`.
struct ExitSignalSpec {
  std::string_view question;
  std::vector<std::string_view> options;
};
// From the source text and the rules: Phase 1 ends when the market is exhausted to its peak *and*
// profitability falls; Phase 2 when optimisation is used up; Phase 3 when the new approach carries
// again — it scales unchanged with profitability holding (the model's way back to Phase 1).
const std::vector<ExitSignalSpec>& exit_signals_of(Phase phase);

struct ExitSignal {
  std::string question_id;
  std::string expected;  // the options that count, "max" or "rising, stable"
  std::string counted;   // what today's assessment counts ("" when open)
  bool appeared = false;
};

struct MovedAnswer {
  std::string question_id;
  std::string then;  // option ids, both answered
  std::string now;
};

struct BaselineComparison {
  std::optional<Report> then;  // none when the baseline is incomplete
  std::optional<Report> now;   // none while today's answers are incomplete
  std::vector<MovedAnswer> moved;  // answered on both sides, differently; in questionnaire order
  std::vector<IndicatorRow> indicators;  // two columns: then, now
  // The signals that end the baseline's phase, judged on today's answers; empty without both results.
  std::vector<ExitSignal> exit_signals;
  bool phase_ended() const;  // every signal appeared and today's phase is another one
};

BaselineComparison compare_with_baseline(const AnswersDocument& then, const AnswersDocument& now,
                                         const Questionnaire& questionnaire, Language language);

}  // namespace phasecheck

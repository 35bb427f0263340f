#pragma once
// What the engine says about a meeting: each participant's result, the agreed view's answers, what is
// still open and the joint recommendation — all through core/evaluate, never rules of its own
// (docs/meeting.md, "The agreed view").
#include <optional>
#include <string>
#include <vector>

#include "core/evaluate.hpp"
#include "core/meeting.hpp"

namespace phasecheck {

// Each participant's result in `language`, in meeting order; a participant who left a required
// question open has no report, and the problems name the questions.
std::vector<EvaluateOutcome> participant_results(const Meeting& meeting, const Questionnaire& questionnaire,
                                                 Language language);

// The agreed options as an answers document, with the figures of `figures_from` when set.
AnswersDocument agreed_answers(const Meeting& meeting);

// The agreed view's entries (options and notes) in the questionnaire's order, for reading top to bottom.
struct AgreedEntry {
  const Question* question;
  const AgreedAnswer* agreed;
};
std::vector<AgreedEntry> agreed_in_order(const Meeting& meeting, const Questionnaire& questionnaire);

struct OpenQuestion {
  std::string question_id;
  bool required = false;  // the joint recommendation waits for these
};

struct JointResult {
  std::vector<OpenQuestion> open;  // not yet agreed, in questionnaire order
  // Only once every required question is agreed: a provisional phase from half the answers would
  // be read as the meeting's result, and the meeting is there to agree them.
  std::optional<Report> report;
};
JointResult joint_result(const Meeting& meeting, const Questionnaire& questionnaire, Language language);

// One indicator across the participants (and the baseline), for the table side by side.
struct IndicatorRow {
  std::string id;
  std::string label;
  std::vector<std::string> values;  // per result given, the last year's value as text; "" when absent
};
// The indicators any of `results` shows, in the order they first appear (the engine's order for the
// first result with figures); a result without a report, or without that indicator, leaves a gap ("").
std::vector<IndicatorRow> indicators_side_by_side(const std::vector<const Report*>& results);

}  // namespace phasecheck

#pragma once
// Meeting mode's screens (issue #14): participants, compare, agree, keep — drawn in the check's page
// window as its PageExtension, so the header, the widget log, the accessibility mirror and keyboard
// and touch work as in the check. While someone answers right here the check's own screens show,
// with a bar to add the answers to the meeting. The state is MeetingSession's; this only draws.
#include <cstdint>
#include <optional>
#include <vector>

#include "app/meeting_session.hpp"
#include "app/ui/app_view.hpp"
#include "core/meeting_baseline.hpp"
#include "core/meeting_divergence.hpp"
#include "core/meeting_results.hpp"

namespace phasecheck::ui {

// What the engine says about the meeting, worked out once per change (and language), not per frame.
struct MeetingFigures {
  std::uint64_t revision = 0;
  Language lang = Language::de;
  std::vector<QuestionDivergence> divergence;
  std::vector<EvaluateOutcome> results;  // per participant, in meeting order
  std::vector<IndicatorRow> indicators;
  JointResult joint;
  std::optional<BaselineComparison> baseline;  // the agreed view against the baseline, when there is one
};

class MeetingView final : public PageExtension {
 public:
  explicit MeetingView(MeetingSession& session) : session_(session) {}
  bool draw_screen(UiContext& ui) override;
  void after_check_screen(UiContext& ui) override;
  int screen_key() const override { return static_cast<int>(session_.screen()) + 1; }
  Step step(const Questionnaire& questionnaire, Language language) const override;

 private:
  const MeetingFigures& figures(const UiContext& ui);
  MeetingSession& session_;
  std::optional<MeetingFigures> figures_;
};

// The screens, one file each (meeting_*_view.cpp).
void draw_meeting_participants(UiContext& ui, MeetingSession& session, const MeetingFigures& figures);
void draw_meeting_compare(UiContext& ui, MeetingSession& session, const MeetingFigures& figures);
void draw_meeting_agree(UiContext& ui, MeetingSession& session, const MeetingFigures& figures);
void draw_meeting_baseline(UiContext& ui, MeetingSession& session, const MeetingFigures& figures);
void draw_meeting_keep(UiContext& ui, MeetingSession& session);
// What happened (added, refused, saved), each with its "dismiss".
void draw_meeting_messages(UiContext& ui, MeetingSession& session);
// "Phase 1: Skalieren – Klarheit hoch", or why there is none yet.
std::string meeting_result_line(const UiContext& ui, const EvaluateOutcome& outcome);

}  // namespace phasecheck::ui

#pragma once
// Each step of the check (a screen, and on a question which one) is an entry in the browser's
// history, so Back and Forward (and the back gesture on phones) move between questions and lose
// nothing. The app's own moves become entries here; the browser's moves come back through popped().
// Going back past the first entry leaves the page as usual. No browser code: the Platform does it.
#include <string>
#include <string_view>
#include <vector>

#include "app/assessment_flow.hpp"
#include "platform/platform.hpp"

namespace phasecheck {

class FlowHistory {
 public:
  FlowHistory(AssessmentFlow& flow, Platform& platform) : flow_(flow), platform_(platform) {}

  // Once, after the session put the visitor where they left off: the page's own entry names that step.
  // Not called inside a host page's iframe: the host's Back button stays the host's (docs/architecture.md).
  void start();
  // After every frame: a move the visitor made in the app becomes an entry (or, for a step back to
  // the entry before, the browser steps back too, so Back and Forward stay in step with the app).
  void after_frame();
  // The browser moved to one of our entries (`depth` as written), or to one that is not ours
  // (empty `step`, e.g. a share link pasted into the address bar): the flow follows.
  void popped(std::string_view step, int depth);

  static std::string step_text(AssessmentFlow::Step step);                 // "intro", "question:3", ...
  static bool parse_step(std::string_view text, AssessmentFlow::Step& step);  // false for anything else

 private:
  void stamp_current();

  AssessmentFlow& flow_;
  Platform& platform_;
  bool started_ = false;
  std::vector<AssessmentFlow::Step> entries_;  // our entries as far as we know them, by depth
  std::size_t position_ = 0;                    // the entry the browser shows
};

}  // namespace phasecheck

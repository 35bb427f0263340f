#pragma once
// What every view receives: the content, the flow it drives, the host, and the look.
#include <string>
#include <string_view>

#include "app/app_session.hpp"
#include "app/assessment_flow.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/palette.hpp"
#include "app/widget_log.hpp"
#include "core/brand.hpp"
#include "core/questionnaire.hpp"
#include "platform/platform.hpp"

namespace phasecheck::ui {

// On a short screen a screen's main actions stay pinned to the bottom of the viewport (widgets.hpp,
// begin_actions). AppView sets it up; the content above is clipped until the actions begin.
struct PinnedActions {
  float height = 0;             // the bar, CSS px; 0: the actions follow the content
  bool content_clipped = false;
};

// A click from the DOM mirror of the canvas (a screen reader's "activate"), for the widget with this
// id in the next frame drawn (AppView::activate).
struct MirrorActivation {
  std::string id;
  bool taken = false;  // the widget acted on it
};

struct UiContext {
  const Questionnaire& questionnaire;
  const Brand& brand;
  AssessmentFlow& flow;
  AppSession& session;
  Platform& platform;
  const Palette& palette;
  const Fonts& fonts;
  WidgetLog& log;
  float column_width = 0;  // the content column, CSS px
  bool compact = false;    // phone-sized: stacked layouts, smaller headings
  bool embedded = false;   // in a host page's iframe: no hero, tight spacing
  bool touch_only = false; // no fine pointer or keyboard to speak of: no digit badges or key hints
  bool short_height = false;  // a landscape phone, 200 % zoom: the main action must be in view at once
  bool offer_meeting = false;  // the check's own page, not embedded: the quiet link to meeting mode
  PinnedActions* pinned = nullptr;
  MirrorActivation* activation = nullptr;

  Language lang() const { return flow.language(); }
  const std::string& text(std::string_view key) const { return questionnaire.message(key, flow.language()); }
};

}  // namespace phasecheck::ui

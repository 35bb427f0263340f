#pragma once
// What every view receives: the content, the flow it drives, the host, and the look.
#include <string>
#include <string_view>

#include "app/app_session.hpp"
#include "app/assessment_flow.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/palette.hpp"
#include "app/ui/widget_log.hpp"
#include "core/brand.hpp"
#include "core/questionnaire.hpp"
#include "platform/platform.hpp"

namespace phasecheck::ui {

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

  Language lang() const { return flow.language(); }
  const std::string& text(std::string_view key) const { return questionnaire.message(key, flow.language()); }
};

}  // namespace phasecheck::ui

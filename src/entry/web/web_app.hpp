#pragma once
// Everything the running page holds, created once by browser_app.cpp after the content loaded (the
// WebGL canvas and renderer are made before it, browser_app.cpp holds them).
#include <functional>
#include <memory>

#include "app/app_session.hpp"
#include "app/assessment_flow.hpp"
#include "app/flow_history.hpp"
#include "app/ui/app_view.hpp"
#include "core/brand.hpp"
#include "core/questionnaire.hpp"
#include "platform/web/web_platform.hpp"

namespace phasecheck::browser {

struct WebApp {
  WebApp(Questionnaire q, Brand b, Language language, AppSession::StylesheetSource report_stylesheet)
      : questionnaire(std::move(q)),
        brand(std::move(b)),
        flow(questionnaire, language),
        session(questionnaire, brand, flow, platform, std::move(report_stylesheet)),
        history(flow, platform),
        view(questionnaire, brand, flow, session, platform) {}

  Questionnaire questionnaire;
  Brand brand;
  AssessmentFlow flow;
  WebPlatform platform;
  AppSession session;
  FlowHistory history;
  ui::AppView view;
  ui::FontFiles font_files;
  ui::GlyphCoverage glyphs;
  struct AtlasBuild {  // the last font atlas build, for the fonts test hook
    int width = 0, height = 0;
    double milliseconds = 0;
    float pixel_ratio = 1;
  } atlas_build;
  // Files picked or dropped, the page's way: null, the check's import (AppSession::import_file).
  std::function<void(const std::string& name, const std::string& text)> import_file;
  std::function<void(const std::string& name, const std::string& reason_key)> import_refused;
  // Whatever else the page holds (meeting mode's session and screens), destroyed with the app.
  std::shared_ptr<void> page;
  bool ready = false;
  float reported_height = -1;
  std::uint64_t reported_steps = 0;
};

// Null until the app started (and if it could not).
WebApp* web_app();

}  // namespace phasecheck::browser

#pragma once
// The browser start-up and frame loop both pages share (browser_app.cpp), and what each page wires
// differently: the check (main_check.cpp) and meeting mode (main_meeting.cpp), two wasm files from
// the same libraries, so the check's download does not carry meeting mode.
#include <string>
#include <string_view>
#include <vector>

#include "core/questionnaire.hpp"
#include "entry/web/web_app.hpp"

namespace phasecheck::browser {

struct PageHooks {
  // After the questionnaire loaded: the page's own content joins it (and its letters the atlas's
  // starting set; the texts must outlive start-up). False: start-up stops (the hook showed why).
  bool (*add_content)(Questionnaire& questionnaire, std::vector<std::string_view>& glyph_sources) = nullptr;
  // The last start-up task, before the frame loop: the page's session starts.
  void (*start)(WebApp& app) = nullptr;
  // After each frame, after the check's autosave: the page's own autosave.
  void (*after_frame)(WebApp& app) = nullptr;
};

// Runs start-up as a chain of short tasks, then the frame loop. Call once, from main().
void run_browser_app(const PageHooks& hooks);

// The renderer lost its WebGL context, and got it back (boot.js passes its messages on).
void renderer_lost();
void renderer_restored();

}  // namespace phasecheck::browser

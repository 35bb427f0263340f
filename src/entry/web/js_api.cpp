// The functions behind window.phasecheck (see web/boot.js and docs/javascript-api.md). They take and
// return JSON text; each returned pointer stays valid until the next call.
#include <emscripten.h>
#include <malloc.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

#include "core/json_documents.hpp"
#include "core/limits.hpp"
#include "core/result_document.hpp"
#include "platform/web/browser_bridge.hpp"
#include "platform/web/canvas_renderer.hpp"
#include "platform/web/frame_scheduler.hpp"
#include "entry/web/browser_app.hpp"
#include "entry/web/web_app.hpp"

namespace {

using namespace phasecheck;

const char* give(std::string text) {
  static std::string buffer;
  buffer = std::move(text);
  return buffer.c_str();
}

std::string error_document(const Problems& problems) {
  Json problem_list = Json::array();
  std::string summary;
  for (const auto& p : problems) {
    problem_list.push_back({{"where", p.where}, {"what", p.what}});
    if (!summary.empty()) summary += "; ";
    summary += describe(p);
  }
  return Json{{"error", summary}, {"problems", problem_list}}.dump();
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* phasecheck_evaluate(const char* answers_json) {
  browser::WebApp* app = browser::web_app();
  if (!app) return give(error_document({{"", "the app is not running"}}));
  EvaluateOutcome outcome = evaluate_text(answers_json, app->questionnaire);
  if (!outcome.value) return give(error_document(outcome.problems));
  return give(result_to_json(*outcome.value).dump());
}

EMSCRIPTEN_KEEPALIVE const char* phasecheck_load(const char* answers_json) {
  browser::WebApp* app = browser::web_app();
  if (!app) return give(error_document({{"", "the app is not running"}}));
  AnswersRead read = parse_answers_document(answers_json, app->questionnaire);
  if (!read.value) return give(error_document(read.problems));
  Problems missing = missing_required_answers(*read.value, app->questionnaire);
  if (!missing.empty()) return give(error_document(missing));
  app->flow.load(*read.value);
  browser::frame_scheduler().request(3);
  return give("null");
}

// Like load, but incomplete answers are welcome: the visitor resumes at the first open question.
// Used to carry answers across a reload (a new version of the app, later autosave).
EMSCRIPTEN_KEEPALIVE const char* phasecheck_resume(const char* answers_json) {
  browser::WebApp* app = browser::web_app();
  if (!app) return give(error_document({{"", "the app is not running"}}));
  AnswersRead read = parse_answers_document(answers_json, app->questionnaire);
  if (!read.value) return give(error_document(read.problems));
  app->flow.load(*read.value);
  browser::frame_scheduler().request(3);
  return give("null");
}

EMSCRIPTEN_KEEPALIVE const char* phasecheck_answers() {
  browser::WebApp* app = browser::web_app();
  return give(app ? answers_to_json(app->flow.answers()).dump() : "null");
}

EMSCRIPTEN_KEEPALIVE const char* phasecheck_result() {
  browser::WebApp* app = browser::web_app();
  if (!app || !app->flow.report()) return give("null");
  return give(result_to_json(*app->flow.report()).dump());
}

EMSCRIPTEN_KEEPALIVE const char* phasecheck_widgets() {
  browser::WebApp* app = browser::web_app();
  return give(app ? app->view.widgets().to_json() : "[]");
}

// The accessibility tree last published to the page's mirror (app/semantic_tree.hpp), for tests.
EMSCRIPTEN_KEEPALIVE const char* phasecheck_semantics() {
  browser::WebApp* app = browser::web_app();
  return give(app ? app->view.semantics().last_published() : "{}");
}

// The mirror's element was clicked (a screen reader's "activate"): the widget acts in the next frame.
EMSCRIPTEN_KEEPALIVE void phasecheck_activate(const char* id) {
  if (browser::WebApp* app = browser::web_app()) app->view.activate(id);
}

// The mirror's element got focus from the visitor: ImGui's keyboard focus follows.
EMSCRIPTEN_KEEPALIVE void phasecheck_focus(const char* id) {
  if (browser::WebApp* app = browser::web_app()) app->view.focus_widget(id);
}

// The browser scrolled the mirror's root (find in page, a screen reader): the page follows.
EMSCRIPTEN_KEEPALIVE void phasecheck_scroll_by(double pixels) {
  if (browser::WebApp* app = browser::web_app()) app->view.scroll_by(static_cast<float>(pixels));
}

// The page refuses a file over this size before reading it (boot.js); the app would refuse it too.
EMSCRIPTEN_KEEPALIVE double phasecheck_max_import_bytes() { return static_cast<double>(limits::kDocumentBytes); }

// boot.js passes on what the renderer says about its WebGL context.
EMSCRIPTEN_KEEPALIVE void phasecheck_renderer_lost() { browser::renderer_lost(); }
EMSCRIPTEN_KEEPALIVE void phasecheck_renderer_restored() { browser::renderer_restored(); }

// Test hook: which frame the widget list describes and whether it is on screen (see
// docs/javascript-api.md), so tests wait for the frame after their action instead of sleeping.
EMSCRIPTEN_KEEPALIVE const char* phasecheck_frame() {
  const browser::FrameScheduler& frames = browser::frame_scheduler();
  // On screen: the loop ran after the frame, and the renderer (maybe in its worker) drew it.
  const bool presented = frames.presented() == frames.drawn() && browser::renderer_caught_up();
  Json frame{{"number", frames.drawn()}, {"presented", presented}, {"idle", presented && !frames.pending()}};
  if (const browser::WebApp* app = browser::web_app()) {
    // Characters drawn as ImGui's "?" for want of a glyph, and texts drawn as the browser's image.
    frame["missing_glyphs"] = app->glyphs.fallbacks_last_frame();
    frame["text_images"] = app->glyphs.images_last_frame();
  }
  return give(frame.dump());
}

// Test hook: the font atlas as last built (texture size, build time, pixel ratio) and the extra
// letters and text images ("not_needed", "requested", "ready", "unavailable").
EMSCRIPTEN_KEEPALIVE const char* phasecheck_fonts() {
  const browser::WebApp* app = browser::web_app();
  if (!app) return give("null");
  static constexpr const char* kStates[] = {"not_needed", "requested", "ready", "unavailable"};
  const auto& build = app->atlas_build;
  return give(Json{{"width", build.width}, {"height", build.height}, {"build_ms", build.milliseconds},
                   {"pixel_ratio", build.pixel_ratio},
                   {"glyphs", kStates[static_cast<int>(app->glyphs.support())]}}.dump());
}

// web/glyphs.js and the extra letters' font files arrived (or could not be fetched): the next frame
// adds the letters texts need to the atlas and draws the rest as the browser's images of them. The
// single file has glyphs.js but no extra fonts: there, all of them are images.
EMSCRIPTEN_KEEPALIVE void phasecheck_glyphs(int ok) {
  browser::WebApp* app = browser::web_app();
  if (!app) return;
  app->glyphs.set_support(ok ? ui::GlyphCoverage::Support::ready : ui::GlyphCoverage::Support::unavailable);
  const bool extra = ok && browser::asset("font-regular-extra", app->font_files.regular_extra) &&
                     browser::asset("font-semibold-extra", app->font_files.semibold_extra) &&
                     !app->font_files.regular_extra.empty() && !app->font_files.semibold_extra.empty();
  if (ok && !extra) app->glyphs.without_extra_font();  // the single file: images only
  browser::frame_scheduler().request(3);
}

// Test hook: bytes malloc has handed out and not got back (where leaks show), the top of the sbrk
// heap (where fragmentation shows) and the size of wasm memory (what the page pays: it grows in
// large steps, a fifth at a time, and never shrinks, so it hides small leaks).
EMSCRIPTEN_KEEPALIVE const char* phasecheck_heap() {
  const struct mallinfo info = mallinfo();
  const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
  const std::size_t memory = __builtin_wasm_memory_size(0) * std::size_t{65536};
  return give(Json{{"in_use", static_cast<std::size_t>(info.uordblks)}, {"top", static_cast<std::size_t>(top)}, {"memory", memory}}.dump());
}

EMSCRIPTEN_KEEPALIVE void phasecheck_wake() { browser::frame_scheduler().request(3); }

// The part of the canvas the visitor sees (window.visualViewport, CSS px from the canvas's top):
// an on-screen keyboard covers the rest.
EMSCRIPTEN_KEEPALIVE void phasecheck_visible_band(double top, double bottom) {
  if (browser::WebApp* app = browser::web_app()) app->view.set_visible_band(static_cast<float>(top), static_cast<float>(bottom));
}

EMSCRIPTEN_KEEPALIVE const char* phasecheck_share_link() {
  browser::WebApp* app = browser::web_app();
  const std::optional<std::string> link = app ? app->session.share_link() : std::nullopt;
  return give(link ? Json(*link).dump() : "null");
}

EMSCRIPTEN_KEEPALIVE const char* phasecheck_report_html() {
  browser::WebApp* app = browser::web_app();
  if (!app) return give("null");
  auto html = app->session.report_html();
  return give(html ? Json(*html).dump() : "null");
}

// ---- Answers of the page to the app's requests (see boot.js)

EMSCRIPTEN_KEEPALIVE void phasecheck_import_file(const char* name, const char* text) {
  if (browser::WebApp* app = browser::web_app()) {
    if (app->import_file) app->import_file(name, text);
    else app->session.import_file(name, text);
  }
  browser::frame_scheduler().request(3);
}

EMSCRIPTEN_KEEPALIVE void phasecheck_import_refused(const char* name, const char* reason_key) {
  if (browser::WebApp* app = browser::web_app()) {
    if (app->import_refused) app->import_refused(name, reason_key);
    else app->session.import_refused(name, reason_key);
  }
  browser::frame_scheduler().request(3);
}

EMSCRIPTEN_KEEPALIVE void phasecheck_copy_finished(bool copied) {
  if (browser::WebApp* app = browser::web_app()) app->session.copy_finished(copied);
}

EMSCRIPTEN_KEEPALIVE void phasecheck_link_opened(const char* fragment) {
  if (browser::WebApp* app = browser::web_app()) app->session.open_link(fragment);
  browser::frame_scheduler().request(3);
}

// The browser's Back or Forward reached an entry: ours carry the step and depth written, others "" and -1.
EMSCRIPTEN_KEEPALIVE void phasecheck_history_popped(const char* step, int depth) {
  if (browser::WebApp* app = browser::web_app()) app->history.popped(step, depth);
  browser::frame_scheduler().request(3);
}

EMSCRIPTEN_KEEPALIVE void phasecheck_text_input(const char* field_id, const char* value) {
  if (browser::WebApp* app = browser::web_app()) app->session.text_changed(field_id, value);
}

EMSCRIPTEN_KEEPALIVE void phasecheck_text_done(const char* field_id) {
  if (browser::WebApp* app = browser::web_app()) app->session.text_edit_ended(field_id);
}

// Tab (backwards: Shift+Tab) left the text input over this field: focus goes on to the next widget.
EMSCRIPTEN_KEEPALIVE void phasecheck_text_tab(const char* field_id, int backwards) {
  if (browser::WebApp* app = browser::web_app()) app->view.tab_from_field(field_id, backwards != 0);
  browser::frame_scheduler().request(3);
}

}  // extern "C"

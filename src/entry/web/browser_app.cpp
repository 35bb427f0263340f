// The browser start-up both pages share (the check, main_check.cpp; meeting mode, main_meeting.cpp):
// loads the content the boot script fetched, validates it, creates the WebGL canvas and ImGui, and
// runs a frame loop that sleeps while nothing changes; a lost context is rebuilt. Start-up is a chain
// of short tasks (run_startup), each marked for make bench's timeline. What differs between the
// pages comes in as PageHooks.
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cstdint>
#include <iterator>
#include <memory>

#include "platform/web/browser_bridge.hpp"
#include "platform/web/browser_imgui_backend.hpp"
#include "platform/web/frame_scheduler.hpp"
#include "entry/web/browser_app.hpp"

namespace phasecheck::browser {
namespace {

constexpr const char* kCanvas = "#canvas";
std::unique_ptr<WebApp> app;
PageHooks hooks;

std::string describe_all(const std::string& file, const Problems& problems) {
  std::string text;
  for (const auto& problem : problems) text += file + ": " + describe(problem) + "\n";
  return text;
}

// Lost since it was made (boot.js makes the context early; a GPU reset at any time), also when the
// "webglcontextlost" event is still on its way: nothing is drawn or built, the restore does it all.
bool lost(const WebApp& a) { return a.context_lost || a.surface.is_lost(); }

// Glyphs are rasterised at the device's pixel ratio and drawn at 1 / ratio: crisp at any zoom.
// Also when a text needed letters beyond Latin-1 and their font file arrived, and when a lost
// context came back (the atlas's pixels are not kept in the heap after the upload).
void build_fonts(WebApp& a) {
  ImGuiIO& io = ImGui::GetIO();
  const float ratio = a.surface.size().pixel_ratio;
  const double started = emscripten_get_now();
  a.view.set_fonts(ui::load_fonts(*io.Fonts, a.font_files, ratio, a.glyphs));
  io.FontGlobalScale = 1.f / ratio;
  a.renderer.upload_font_atlas(*io.Fonts);
  a.atlas_build = {io.Fonts->TexWidth, io.Fonts->TexHeight, emscripten_get_now() - started, ratio};
}

void apply_surface_size(WebApp& a, bool ratio_changed) {
  const SurfaceSize& size = a.surface.size();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(size.css_width, size.css_height);
  io.DisplayFramebufferScale = ImVec2(size.css_width > 0 ? static_cast<float>(size.pixel_width) / size.css_width : 1.f,
                                      size.css_height > 0 ? static_cast<float>(size.pixel_height) / size.css_height : 1.f);
  if (ratio_changed) build_fonts(a);
}

// A lost WebGL context (a laptop waking up, a GPU reset): draw nothing until the browser restores
// it, then make the renderer's GPU objects and the atlas again. If it never comes back, boot.js
// offers a reload; the answers are autosaved, so the reload offers to continue.
EM_BOOL on_context_lost(int, const void*, void*) {
  app->context_lost = true;
  app->renderer.forget();
  app->platform.forget_text_images();
  return EM_TRUE;  // tells the browser we want the context back
}

EM_BOOL on_context_restored(int, const void*, void*) {
  app->renderer.create();
  if (!app->renderer.finish_creation()) return EM_TRUE;  // stays lost: boot.js offers the reload
  build_fonts(*app);
  app->context_lost = false;
  frame_scheduler().request(3);
  return EM_TRUE;
}

EM_BOOL on_visibility(int, const EmscriptenVisibilityChangeEvent* event, void*) {
  if (!event->hidden) frame_scheduler().request(3);  // browsers pause animation frames while hidden
  return EM_FALSE;
}

void frame() {
  WebApp& a = *app;
  if (lost(a)) return;
  const float old_ratio = a.surface.size().pixel_ratio;
  if (a.surface.update_size()) {
    a.renderer.forget_picture();  // setting the canvas's size cleared it
    apply_surface_size(a, a.surface.size().pixel_ratio != old_ratio);
  }
  a.view.set_dark(prefers_dark());
  // A text lacked glyphs: the page loads the extra letters and text images once; then the letters
  // texts need join the atlas.
  if (a.glyphs.wants_support()) {
    a.glyphs.set_support(ui::GlyphCoverage::Support::requested);
    request_glyphs();
  }
  if (a.glyphs.wants_rebuild()) build_fonts(a);
  a.view.set_touch_only(touch_only());

  ImGuiIO& io = ImGui::GetIO();
  static double last = emscripten_get_now();
  const double now = emscripten_get_now();
  io.DeltaTime = static_cast<float>(std::max(0.001, (now - last) / 1000.0));
  last = now;

  ImGui::NewFrame();
  a.view.draw();
  a.glyphs.end_frame();
  ImGui::Render();
  if (a.glyphs.wants_rebuild()) frame_scheduler().request(1);  // a text needs letters the atlas lacks
  a.session.after_change();  // autosave: every change, at once
  if (hooks.after_frame) hooks.after_frame(a);
  a.history.after_frame();

  const SurfaceSize& size = a.surface.size();
  a.renderer.draw(*ImGui::GetDrawData(), size.pixel_width, size.pixel_height,
                  ImGui::ColorConvertU32ToFloat4(a.view.palette().background));
  frame_scheduler().frame_drawn();
  update_cursor();
  if (a.view.content_height() != a.reported_height) {
    a.reported_height = a.view.content_height();
    content_height_changed(a.reported_height);
  }
  if (a.view.steps_moved() != a.reported_steps) {
    a.reported_steps = a.view.steps_moved();
    step_shown();
  }
  if (!a.ready) {
    a.ready = true;
    mark_startup("first-frame");
    signal_ready();
  }
}

// Start-up runs as a chain of tasks, each short enough to keep the page responsive on a slow
// phone (one long main() held the page for 400 ms, over a second on a throttled CPU). Input that
// arrives between them owes frames, which are drawn once the last task starts the frame loop.
using StartupTask = bool (*)();

bool load_content() {
  const std::string questionnaire_json = asset_text("questionnaire");
  const std::string brand_json = asset_text("brand");
  QuestionnaireLoad questionnaire = load_questionnaire(questionnaire_json);
  BrandLoad brand = load_brand(brand_json);
  if (!questionnaire.value || !brand.value) {
    show_fatal("questionnaire.json / brand.json",
               describe_all("questionnaire.json", questionnaire.problems) + describe_all("brand.json", brand.problems));
    return false;
  }
  // The page's own wording (meeting.json on the meeting page), validated like the questionnaire.
  std::vector<std::string_view> glyph_sources = {questionnaire_json, brand_json};
  if (hooks.add_content && !hooks.add_content(*questionnaire.value, glyph_sources)) return false;
  const Language language = preferred_language() == "en" ? Language::en : Language::de;
  // A blog author may point the call to action elsewhere (data-cta); only safe links are taken.
  if (const std::string cta = contact_url_override(); is_safe_contact_url(cta)) brand.value->contact_url = cta;
  app = std::make_unique<WebApp>(std::move(*questionnaire.value), std::move(*brand.value), language,
                                 asset_text("report-css"));
  app->view.set_embedded(embedded());
  if (!asset("font-regular", app->font_files.regular) || !asset("font-semibold", app->font_files.semibold)) {
    // Shown under the page's localized "a content file is invalid", like the content's own problems.
    show_fatal("fonts", "fonts/Inter-Regular.otf, fonts/Inter-SemiBold.otf: missing or empty");
    return false;
  }
  app->font_files.title_glyphs = ui::title_glyphs(app->questionnaire, false);
  app->font_files.display_glyphs = ui::title_glyphs(app->questionnaire, true);
  app->glyphs.set_starting_glyphs(ui::glyphs_of_json(glyph_sources));
  mark_startup("content");
  return true;
}

bool create_context() {
  if (!app->surface.create(kCanvas)) {
    show_fatal("WebGL", "webgl2");
    return false;
  }
  app->renderer.create();  // compiles while the next task builds the atlas
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is written anywhere
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep the page busy
  io.BackendPlatformName = "phasecheck_browser";
  io.BackendRendererName = "phasecheck_webgl2";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.Fonts->Flags |= ImFontAtlasFlags_NoMouseCursors;  // the browser draws the cursor
  InputOptions input;
  input.scroll_belongs_to_page = embedded();
  input.tab_leaves_app = [](bool backwards) { return app->view.focus_at_edge(backwards); };
  install_input_handlers(kCanvas, input);
  emscripten_set_webglcontextlost_callback(kCanvas, nullptr, EM_FALSE, on_context_lost);
  emscripten_set_webglcontextrestored_callback(kCanvas, nullptr, EM_FALSE, on_context_restored);
  emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, on_visibility);
  app->surface.update_size();
  apply_surface_size(*app, false);
  mark_startup("context");
  return true;
}

bool build_atlas() {
  if (!lost(*app)) {
    build_fonts(*app);
    if (!app->renderer.finish_creation() && !lost(*app)) {
      show_fatal("WebGL", "webgl2: the shaders did not link");
      return false;
    }
  }
  mark_startup("atlas");
  return true;
}

bool start_frames() {
  hooks.start(*app);
  // Two frames: the first lays out and is shown (ready), the second settles what depends on the
  // first's sizes.
  frame_scheduler().request(2);
  frame_scheduler().start(frame);
  return true;
}

constexpr StartupTask kStartup[] = {load_content, create_context, build_atlas, start_frames};

// Runs start-up task `index`, then yields to the browser (setImmediate: no 4 ms timer clamp)
// before the next one.
void run_startup(void* index) {
  const auto at = reinterpret_cast<std::uintptr_t>(index);
  if (!kStartup[at]()) return;
  if (at + 1 < std::size(kStartup)) emscripten_set_immediate(run_startup, reinterpret_cast<void*>(at + 1));
}

}  // namespace

WebApp* web_app() { return app.get(); }

void run_browser_app(const PageHooks& page) {
  hooks = page;
  mark_startup("main");
  run_startup(nullptr);
}

}  // namespace phasecheck::browser

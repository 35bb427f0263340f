// The browser start-up both pages share (the check, main_check.cpp; meeting mode, main_meeting.cpp):
// starts the renderer, loads the content the boot script fetched (from the build's index when the files
// are those the build validated, else parsed and validated here), creates ImGui, and
// runs a frame loop that sleeps while nothing changes; after a lost context the textures are sent
// again. Start-up is a chain of short tasks (run_startup), each marked for make bench's timeline.
// What differs between the pages comes in as PageHooks.
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cstdint>
#include <iterator>
#include <memory>

#include "core/content_index.hpp"
#include "core/json_documents.hpp"
#include "platform/web/browser_bridge.hpp"
#include "platform/web/browser_imgui_backend.hpp"
#include "platform/web/canvas_surface.hpp"
#include "platform/web/frame_scheduler.hpp"
#include "platform/web/canvas_renderer.hpp"
#include "entry/web/browser_app.hpp"

namespace phasecheck {
// The index of the content files the build validated (cmake/web.cmake generates it).
extern const std::string_view shipped_content_index;
}  // namespace phasecheck

namespace phasecheck::browser {
namespace {

constexpr const char* kCanvas = "#canvas";
std::unique_ptr<WebApp> app;
PageHooks hooks;

// The drawing side. The renderer (web/renderer.js) is started in start-up's first task at the
// latest (boot.js starts it earlier): it makes its WebGL context and program while the content is
// parsed and the atlas built.
struct Gpu {
  CanvasSurface surface{kCanvas};
  CanvasRenderer renderer;
  bool context_lost = false;  // the renderer said so; it says when the context is back
  bool atlas_due = false;  // start-up reached the atlas: a restored context needs one built
} gpu;

std::string describe_all(const std::string& file, const Problems& problems) {
  std::string text;
  for (const auto& problem : problems) text += file + ": " + describe(problem) + "\n";
  return text;
}

bool lost() { return gpu.context_lost; }

// Glyphs are rasterised at the device's pixel ratio and drawn at 1 / ratio: crisp at any zoom.
// Also when a text needed letters beyond Latin-1 and their font file arrived, and when a lost
// context came back (the atlas's pixels are not kept in the heap after the upload).
void build_fonts(WebApp& a) {
  ImGuiIO& io = ImGui::GetIO();
  const float ratio = gpu.surface.size().pixel_ratio;
  const double started = emscripten_get_now();
  a.view.set_fonts(ui::load_fonts(*io.Fonts, a.font_files, ratio, a.glyphs));
  io.FontGlobalScale = 1.f / ratio;
  gpu.renderer.upload_font_atlas(*io.Fonts);
  a.atlas_build = {io.Fonts->TexWidth, io.Fonts->TexHeight, emscripten_get_now() - started, ratio};
}

void apply_surface_size(WebApp& a, bool ratio_changed) {
  const SurfaceSize& size = gpu.surface.size();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(size.css_width, size.css_height);
  io.DisplayFramebufferScale = ImVec2(size.css_width > 0 ? static_cast<float>(size.pixel_width) / size.css_width : 1.f,
                                      size.css_height > 0 ? static_cast<float>(size.pixel_height) / size.css_height : 1.f);
  if (ratio_changed) build_fonts(a);
}

EM_BOOL on_visibility(int, const EmscriptenVisibilityChangeEvent* event, void*) {
  if (!event->hidden) frame_scheduler().request(3);  // browsers pause animation frames while hidden
  return EM_FALSE;
}

void frame() {
  WebApp& a = *app;
  if (lost()) return;
  const float old_ratio = gpu.surface.size().pixel_ratio;
  if (gpu.surface.update_size()) apply_surface_size(a, gpu.surface.size().pixel_ratio != old_ratio);
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

  // The frame goes to the renderer first (in its worker, it draws while this thread tells the page's
  // DOM of it: the mirror, the language, the result), then the autosave and the history entry.
  const SurfaceSize& size = gpu.surface.size();
  gpu.renderer.draw(*ImGui::GetDrawData(), size.pixel_width, size.pixel_height,
                    ImGui::ColorConvertU32ToFloat4(a.view.palette().background));
  a.view.after_frame();
  a.session.after_change();  // autosave: every change, at once
  if (hooks.after_frame) hooks.after_frame(a);
  a.history.after_frame();
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
// phone: Lighthouse counts every task over 50 ms on its 4× slowed CPU as blocking, so each should
// take well under 15 ms here. Input that arrives between them owes frames, which are drawn once the
// last task starts the frame loop. Each task marks its end for make bench's timeline.
using StartupTask = bool (*)();

// First, so that the renderer (boot.js started it, in its worker) makes its context and program
// while the content and the atlas are made. Its context may have been lost before the app ran: the
// restore sends everything.
bool start_renderer() {
  if (listen_to_renderer()) renderer_lost();
  gpu.surface.update_size();
  mark_startup("context");
  return true;
}

// What the content tasks hand on to the next until the app exists.
struct ContentInProgress {
  std::string questionnaire_json, brand_json;
  std::optional<IndexedContent> indexed;  // the files are those the build validated
  Json questionnaire_document;            // else: parsed here, validated by the next task
  std::vector<std::string_view> glyph_sources;  // views of the texts above and of the page's own wording
};
std::unique_ptr<ContentInProgress> content;

bool parse_content() {
  content = std::make_unique<ContentInProgress>();
  content->questionnaire_json = asset_text("questionnaire");
  content->brand_json = asset_text("brand");
  content->indexed = read_content_index(shipped_content_index, content->questionnaire_json, content->brand_json);
  if (content->indexed) {
    mark_startup("content-indexed");  // which way the content came: tests/browser/content-index.test.mjs
  } else {
    JsonRead read = read_json(content->questionnaire_json);
    if (!read.ok()) {
      show_fatal("questionnaire.json / brand.json", describe_all("questionnaire.json", read.problems));
      return false;
    }
    content->questionnaire_document = std::move(*read.value);
  }
  mark_startup("content-parse");
  return true;
}

bool validate_content() {
  QuestionnaireLoad questionnaire;
  BrandLoad brand;
  if (content->indexed) {
    questionnaire.value = std::move(content->indexed->questionnaire);
    brand.value = std::move(content->indexed->brand);
    content->indexed.reset();
  } else {
    questionnaire = load_questionnaire_document(content->questionnaire_document);
    content->questionnaire_document = Json();  // the parsed document is not needed again
    brand = load_brand(content->brand_json);
  }
  if (!questionnaire.value || !brand.value) {
    show_fatal("questionnaire.json / brand.json",
               describe_all("questionnaire.json", questionnaire.problems) + describe_all("brand.json", brand.problems));
    return false;
  }
  // The page's own wording (meeting.json on the meeting page), validated like the questionnaire.
  content->glyph_sources = {content->questionnaire_json, content->brand_json};
  if (hooks.add_content && !hooks.add_content(*questionnaire.value, content->glyph_sources)) return false;
  const Language language = preferred_language() == "en" ? Language::en : Language::de;
  // A blog author may point the call to action elsewhere (data-cta); only safe links are taken.
  if (const std::string cta = contact_url_override(); is_safe_contact_url(cta)) brand.value->contact_url = cta;
  app = std::make_unique<WebApp>(std::move(*questionnaire.value), std::move(*brand.value), language,
                                 [] { return asset_text("report-css"); });
  app->view.set_embedded(embedded());
  mark_startup("content-validate");
  return true;
}

// The letters the atlas starts with: those of every text the content can show.
bool collect_glyphs() {
  if (!asset("font-regular", app->font_files.regular) || !asset("font-semibold", app->font_files.semibold)) {
    // Shown under the page's localized "a content file is invalid", like the content's own problems.
    show_fatal("fonts", "fonts/Inter-Regular.ttf, fonts/Inter-SemiBold.ttf: missing or empty");
    return false;
  }
  app->font_files.title_glyphs = ui::title_glyphs(app->questionnaire, false);
  app->font_files.display_glyphs = ui::title_glyphs(app->questionnaire, true);
  app->glyphs.set_starting_glyphs(ui::glyphs_of_json(content->glyph_sources));
  content.reset();
  mark_startup("content");
  return true;
}

// ImGui and the input handlers: the app exists now.
bool set_up_input() {
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
  emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, on_visibility);
  gpu.surface.update_size();
  apply_surface_size(*app, false);
  mark_startup("input");
  return true;
}

// A context lost from here on is left to the restore handler, which makes everything again.
bool build_atlas() {
  gpu.atlas_due = true;
  if (!lost()) build_fonts(*app);
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

constexpr StartupTask kStartup[] = {start_renderer, parse_content, validate_content, collect_glyphs,
                                    set_up_input,   build_atlas,   start_frames};

// Runs start-up task `index`, then yields to the browser (setImmediate: no 4 ms timer clamp)
// before the next one.
void run_startup(void* index) {
  const auto at = reinterpret_cast<std::uintptr_t>(index);
  if (!kStartup[at]()) return;
  if (at + 1 < std::size(kStartup)) emscripten_set_immediate(run_startup, reinterpret_cast<void*>(at + 1));
}

}  // namespace

WebApp* web_app() { return app.get(); }

// A lost WebGL context (a laptop waking up, a GPU reset): nothing is drawn or built until the
// renderer has it back, then the atlas and text images are sent again. If it never comes back,
// boot.js offers a reload; the answers are autosaved, so the reload offers to continue.
void renderer_lost() {
  gpu.context_lost = true;
  gpu.renderer.forget();
  if (app) app->platform.forget_text_images();
}

// Whatever was sent before is gone: everything is sent again.
void renderer_restored() {
  renderer_lost();
  gpu.context_lost = false;
  if (gpu.atlas_due) build_fonts(*app);  // else start-up's atlas task builds it
  frame_scheduler().request(3);
}

void run_browser_app(const PageHooks& page) {
  hooks = page;
  mark_startup("main");
  // Not in main()'s own task, which the wasm's instantiation already made long.
  emscripten_set_immediate(run_startup, nullptr);
}

}  // namespace phasecheck::browser

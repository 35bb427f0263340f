#pragma once
// Feeds the browser's mouse, touch, wheel, keyboard and focus events to Dear ImGui, replacing
// Emscripten 3.1.6's GLFW layer, which reports taps twice and at the previous position, and which
// grabs keys page-wide. Listens on the canvas only (keys: while it has focus), so a host page's
// keys stay the host's.
namespace phasecheck::browser {

struct InputOptions {
  // Embedded in a host page that grows the iframe to fit: wheel and swipes scroll the host page.
  bool scroll_belongs_to_page = false;
  // Asked on Tab (true: Shift+Tab); true lets the browser move focus out of the app.
  bool (*tab_leaves_app)(bool backwards) = nullptr;
};

// `canvas_selector` is a CSS selector, e.g. "#canvas". Every event, and every resize of the
// window, wakes the frame scheduler.
void install_input_handlers(const char* canvas_selector, const InputOptions& options);

// Mirrors ImGui's wanted mouse cursor onto the canvas; call after each frame.
void update_cursor();

}  // namespace phasecheck::browser

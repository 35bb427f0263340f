#include "platform/web/browser_imgui_backend.hpp"

#include <emscripten/html5.h>
#include <imgui.h>

#include <cfloat>
#include <cmath>
#include <cstring>

#include "platform/web/browser_bridge.hpp"
#include "platform/web/frame_scheduler.hpp"

namespace phasecheck::browser {
namespace {

constexpr int kFramesPerEvent = 4;       // ImGui spreads press and release over frames
constexpr float kTapSlop = 10.f;         // CSS px a finger may move and still tap
constexpr float kWheelStepFonts = 5.f;   // ImGui scrolls 5 × font size per wheel unit

InputOptions options;

void wake() { frame_scheduler().request(kFramesPerEvent); }

ImVec2 canvas_position(long client_x, long client_y) {
  double left = 0, top = 0;
  canvas_origin(left, top);
  return ImVec2(static_cast<float>(static_cast<double>(client_x) - left), static_cast<float>(static_cast<double>(client_y) - top));
}

float wheel_step() { return kWheelStepFonts * ImGui::GetIO().Fonts->Fonts[0]->FontSize * ImGui::GetIO().FontGlobalScale; }

// ---- Mouse

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  const ImVec2 pos = canvas_position(e->clientX, e->clientY);
  io.AddMousePosEvent(pos.x, pos.y);
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
    const int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
    if (button >= 0) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
  }
  wake();
  return EM_FALSE;  // the browser still focuses the canvas on a click
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*) {
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  wake();
  return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  double scale = 1.0;  // DOM_DELTA_PIXEL
  if (e->deltaMode == DOM_DELTA_LINE) scale = 20.0;
  else if (e->deltaMode == DOM_DELTA_PAGE) scale = ImGui::GetIO().DisplaySize.y * 0.9;
  const float step = wheel_step();
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 pos = canvas_position(e->mouse.clientX, e->mouse.clientY);
  io.AddMousePosEvent(pos.x, pos.y);
  io.AddMouseWheelEvent(static_cast<float>(-e->deltaX * scale) / step, static_cast<float>(-e->deltaY * scale) / step);
  wake();
  return options.scroll_belongs_to_page ? EM_FALSE : EM_TRUE;  // else the canvas scrolls its own content
}

// ---- Touch: a tap is exactly one click where the finger was; a drag scrolls.

struct TouchTrack {
  long id = -1;
  ImVec2 start, last;
  bool dragging = false;
} touch;

const EmscriptenTouchPoint* tracked_point(const EmscriptenTouchEvent* e, bool changed_only) {
  for (int i = 0; i < e->numTouches; ++i) {
    const EmscriptenTouchPoint& p = e->touches[i];
    if (p.identifier == touch.id && (!changed_only || p.isChanged)) return &p;
  }
  return nullptr;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
    if (touch.id == -1) {
      for (int i = 0; i < e->numTouches; ++i) {
        if (!e->touches[i].isChanged) continue;
        touch = {e->touches[i].identifier, canvas_position(e->touches[i].clientX, e->touches[i].clientY), {}, false};
        touch.last = touch.start;
        break;
      }
    }
  } else if (const EmscriptenTouchPoint* p = tracked_point(e, true)) {
    const ImVec2 pos = canvas_position(p->clientX, p->clientY);
    if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
      if (!touch.dragging && std::hypot(pos.x - touch.start.x, pos.y - touch.start.y) > kTapSlop) touch.dragging = true;
      if (touch.dragging && !options.scroll_belongs_to_page) {
        io.AddMousePosEvent(pos.x, pos.y);
        io.AddMouseWheelEvent(0.f, (pos.y - touch.last.y) / wheel_step());
      }
      touch.last = pos;
    } else {
      const bool tapped = type == EMSCRIPTEN_EVENT_TOUCHEND && !touch.dragging;
      if (tapped) {
        io.AddMousePosEvent(pos.x, pos.y);
        io.AddMouseButtonEvent(0, true);
        io.AddMouseButtonEvent(0, false);
      }
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // no hover left behind on a touch screen
      touch = {};
      wake();
      return tapped ? EM_TRUE : (options.scroll_belongs_to_page ? EM_FALSE : EM_TRUE);  // a tap: no emulated mouse
    }
  }
  wake();
  // Embedded, the host page scrolls natively under the finger; otherwise the app scrolls itself.
  return options.scroll_belongs_to_page ? EM_FALSE : EM_TRUE;
}

// ---- Keyboard

struct KeyName {
  const char* name;
  ImGuiKey key;
};

const KeyName kNamedKeys[] = {
    {"Tab", ImGuiKey_Tab},           {"Enter", ImGuiKey_Enter},         {"Escape", ImGuiKey_Escape},
    {"Backspace", ImGuiKey_Backspace}, {"Delete", ImGuiKey_Delete},     {"ArrowLeft", ImGuiKey_LeftArrow},
    {"ArrowRight", ImGuiKey_RightArrow}, {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow},
    {"Home", ImGuiKey_Home},         {"End", ImGuiKey_End},             {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {" ", ImGuiKey_Space},             {"Control", ImGuiKey_LeftCtrl},
    {"Shift", ImGuiKey_LeftShift},   {"Alt", ImGuiKey_LeftAlt},         {"Meta", ImGuiKey_LeftSuper},
};

ImGuiKey key_of(const EmscriptenKeyboardEvent* e) {
  if (std::strncmp(e->code, "Numpad", 6) == 0 && e->code[6] >= '0' && e->code[6] <= '9' && e->code[7] == '\0') {
    return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (e->code[6] - '0'));
  }
  if (std::strcmp(e->code, "NumpadEnter") == 0) return ImGuiKey_KeypadEnter;
  for (const auto& named : kNamedKeys) {
    if (std::strcmp(e->key, named.name) == 0) return named.key;
  }
  const char c = e->key[1] == '\0' ? e->key[0] : '\0';
  if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
  if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
  if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
  return ImGuiKey_None;
}

// One Unicode character, e.g. "a", "ä", "€" (the key of a printable keystroke).
bool is_single_character(const char* key) {
  const auto first = static_cast<unsigned char>(key[0]);
  if (first == 0) return false;
  const std::size_t length = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4;
  return std::strlen(key) == length;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
  io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
  io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
  io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
  const ImGuiKey key = key_of(e);
  // At the last widget Tab leaves the app (the first, with Shift): the browser moves focus on, to
  // the host page or the browser's own controls, instead of ImGui wrapping around.
  if (key == ImGuiKey_Tab && down && options.tab_leaves_app && options.tab_leaves_app(e->shiftKey)) return EM_FALSE;
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
  wake();
  // Browser shortcuts (reload, copy, zoom, tab switching) stay the browser's.
  if (e->ctrlKey || e->metaKey) return EM_FALSE;
  if (down && is_single_character(e->key) && std::strcmp(e->key, " ") != 0) {
    io.AddInputCharactersUTF8(e->key);
    return EM_TRUE;
  }
  return key != ImGuiKey_None ? EM_TRUE : EM_FALSE;
}

// Lets go of every key ImGui holds down. For when the focus moves to the app's text input: a key
// pressed on the canvas is then released in the input, unseen here (the Enter or Space that opened
// the field), and ImGui, still holding it, would drop the key's next press as no change
// (AddKeyEvent filters a "down" for a key that is down): Enter on the button after the field did nothing.
void release_held_keys() {
  ImGuiIO& io = ImGui::GetIO();
  for (int key = ImGuiKey_NamedKey_BEGIN; key < ImGuiKey_GamepadStart; ++key) io.AddKeyEvent(static_cast<ImGuiKey>(key), false);
  for (const ImGuiKey mod : {ImGuiMod_Ctrl, ImGuiMod_Shift, ImGuiMod_Alt, ImGuiMod_Super}) io.AddKeyEvent(mod, false);
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
  // A tap on a text field moves the focus to the input laid over it inside the touch event, before
  // this backend has queued the tap: ImGui's focus loss would clear the tap's position and button,
  // and the field would never know it was opened. The app's own input is not the app losing focus,
  // nor is its accessibility mirror (web/mirror.js), where DOM focus follows ImGui's.
  if (type == EMSCRIPTEN_EVENT_BLUR && focus_stays_in_app()) {
    // The mirror hands every key, releases too, on to the canvas; the text input keeps its keys.
    if (text_input_taking_focus()) {
      release_held_keys();
      wake();
    }
    return EM_FALSE;
  }
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  wake();
  return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  wake();  // the next frame re-reads the canvas size and pixel ratio
  return EM_FALSE;
}

}  // namespace

void install_input_handlers(const char* canvas, const InputOptions& input_options) {
  options = input_options;
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
  emscripten_set_mousedown_callback(canvas, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mouseleave_callback(canvas, nullptr, EM_FALSE, on_mouse_leave);
  emscripten_set_wheel_callback(canvas, nullptr, EM_FALSE, on_wheel);
  emscripten_set_touchstart_callback(canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchmove_callback(canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchend_callback(canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchcancel_callback(canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_keydown_callback(canvas, nullptr, EM_FALSE, on_key);
  emscripten_set_keyup_callback(canvas, nullptr, EM_FALSE, on_key);
  emscripten_set_focus_callback(canvas, nullptr, EM_FALSE, on_focus);
  emscripten_set_blur_callback(canvas, nullptr, EM_FALSE, on_focus);
}

void update_cursor() {
  static ImGuiMouseCursor shown = ImGuiMouseCursor_COUNT;
  const ImGuiMouseCursor wanted = ImGui::GetMouseCursor();
  if (wanted == shown) return;
  shown = wanted;
  set_cursor(wanted == ImGuiMouseCursor_Hand ? "pointer" : wanted == ImGuiMouseCursor_TextInput ? "text" : "default");
}

}  // namespace phasecheck::browser

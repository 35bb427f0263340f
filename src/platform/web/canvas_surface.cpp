#include "platform/web/canvas_surface.hpp"

#include <emscripten/html5.h>

#include <cmath>

namespace phasecheck::browser {

bool CanvasSurface::create(const char* selector) {
  selector_ = selector;
  // Sized before the context exists (unless boot.js made it already, sized): sized after, the
  // browser would reallocate the drawing buffer and wait for the GPU.
  update_size();
  // web/boot.js makes the context with these attributes while the wasm downloads (the browser hands
  // this call the same context back); change both together.
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_FALSE;
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  attributes.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
  // Emscripten would enable some 30 extensions, each a round trip to the GPU process; the
  // renderer uses none of them.
  attributes.enableExtensionsByDefault = EM_FALSE;
  const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(selector, &attributes);
  if (context <= 0) return false;
  context_ = context;
  emscripten_webgl_make_context_current(context);
  return true;
}

bool CanvasSurface::is_lost() const { return context_ > 0 && emscripten_is_webgl_context_lost(context_); }

bool CanvasSurface::update_size() {
  SurfaceSize next;
  double width = 0, height = 0;
  emscripten_get_element_css_size(selector_, &width, &height);
  next.css_width = static_cast<float>(width);
  next.css_height = static_cast<float>(height);
  next.pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (next.pixel_ratio <= 0) next.pixel_ratio = 1;
  next.pixel_width = static_cast<int>(std::lround(width * next.pixel_ratio));
  next.pixel_height = static_cast<int>(std::lround(height * next.pixel_ratio));
  if (next == size_) return false;
  size_ = next;
  // Setting a canvas's size, even to the one it has, reallocates its drawing buffer and waits for
  // the GPU: boot.js sized it already before making the context.
  int pixel_width = 0, pixel_height = 0;
  emscripten_get_canvas_element_size(selector_, &pixel_width, &pixel_height);
  if (pixel_width != size_.pixel_width || pixel_height != size_.pixel_height)
    emscripten_set_canvas_element_size(selector_, size_.pixel_width, size_.pixel_height);
  return true;
}

}  // namespace phasecheck::browser

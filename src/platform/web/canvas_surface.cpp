#include "platform/web/canvas_surface.hpp"

#include <emscripten/html5.h>

#include <cmath>

namespace phasecheck::browser {

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
  return true;
}

}  // namespace phasecheck::browser

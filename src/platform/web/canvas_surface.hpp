#pragma once
// The WebGL 2 canvas: its context, and its backing store kept at CSS size × devicePixelRatio
// (which also changes with browser zoom), so the app is crisp on every screen.
#include <emscripten/html5_webgl.h>

namespace phasecheck::browser {

struct SurfaceSize {
  float css_width = 0, css_height = 0;
  float pixel_ratio = 1;
  int pixel_width = 0, pixel_height = 0;
  bool operator==(const SurfaceSize&) const = default;
};

class CanvasSurface {
 public:
  // Sizes the canvas, then makes (or, when boot.js made it, takes) its context. False when WebGL 2
  // is unavailable.
  bool create(const char* selector);
  // Asks the browser, not the "webglcontextlost" event: the event is dispatched in a later task, and
  // start-up must not take a context lost in between for a broken one.
  bool is_lost() const;
  // Re-reads the canvas's CSS size and the pixel ratio; true when either changed.
  bool update_size();
  const SurfaceSize& size() const { return size_; }

 private:
  const char* selector_ = nullptr;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context_ = 0;
  SurfaceSize size_;
};

}  // namespace phasecheck::browser

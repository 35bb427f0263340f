#pragma once
// The canvas's size: CSS size × devicePixelRatio (which also changes with browser zoom), so the app
// is crisp on every screen. The renderer (web/renderer.js) gives the canvas that size with each frame.
namespace phasecheck::browser {

struct SurfaceSize {
  float css_width = 0, css_height = 0;
  float pixel_ratio = 1;
  int pixel_width = 0, pixel_height = 0;
  bool operator==(const SurfaceSize&) const = default;
};

class CanvasSurface {
 public:
  explicit CanvasSurface(const char* selector) : selector_(selector) {}
  // Re-reads the canvas's CSS size and the pixel ratio; true when either changed.
  bool update_size();
  const SurfaceSize& size() const { return size_; }

 private:
  const char* selector_;
  SurfaceSize size_;
};

}  // namespace phasecheck::browser

#pragma once
// The WebGL 2 canvas: its context, and its backing store kept at CSS size × devicePixelRatio
// (which also changes with browser zoom), so the app is crisp on every screen.
namespace phasecheck::browser {

struct SurfaceSize {
  float css_width = 0, css_height = 0;
  float pixel_ratio = 1;
  int pixel_width = 0, pixel_height = 0;
  bool operator==(const SurfaceSize&) const = default;
};

class CanvasSurface {
 public:
  // False when WebGL 2 is unavailable.
  bool create(const char* selector);
  // Re-reads the canvas's CSS size and the pixel ratio; true when either changed.
  bool update_size();
  const SurfaceSize& size() const { return size_; }

 private:
  const char* selector_ = nullptr;
  SurfaceSize size_;
};

}  // namespace phasecheck::browser

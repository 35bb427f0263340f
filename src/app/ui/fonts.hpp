#pragma once
// The app's typefaces (Inter Regular and SemiBold, subset at build time) at the sizes the views
// use, rasterised for the screen's pixel ratio so text stays crisp on HiDPI displays and zoom.
#include <imgui.h>

#include <cstdint>
#include <vector>

namespace phasecheck::ui {

struct FontFiles {
  std::vector<std::uint8_t> regular;
  std::vector<std::uint8_t> semibold;
};

struct Fonts {
  ImFont* body = nullptr;     // 17 px
  ImFont* small = nullptr;    // 14 px
  ImFont* strong = nullptr;   // 17 px semibold: labels, buttons
  ImFont* heading = nullptr;  // 22 px semibold
  ImFont* title = nullptr;    // 30 px semibold
  ImFont* display = nullptr;  // 44 px semibold: the phase number
};

// Clears the atlas and adds every font at `pixel_ratio` times its size; the caller rebuilds the
// renderer's texture. Sizes in the views stay in CSS pixels (io.FontGlobalScale = 1 / ratio).
Fonts load_fonts(ImFontAtlas& atlas, const FontFiles& files, float pixel_ratio);

}  // namespace phasecheck::ui

#pragma once
// Colours of the light and dark theme, derived from the brand, and the ImGui style built on them.
#include <imgui.h>

#include "core/brand.hpp"

namespace phasecheck::ui {

struct Palette {
  ImU32 background, surface, surface_hover, border, text, text_muted;
  ImU32 primary, primary_hover, on_primary, primary_soft;  // primary_soft: selected card fill
  ImU32 accent, focus, error, track;
  bool dark = false;
};

Palette make_palette(const Brand& brand, bool dark);
void apply_style(const Palette& palette);

}  // namespace phasecheck::ui

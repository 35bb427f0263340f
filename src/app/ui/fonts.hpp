#pragma once
// The app's typefaces (Inter Regular and SemiBold, subset at build time) at the sizes the views
// use, rasterised for the screen's pixel ratio so text stays crisp on HiDPI displays and zoom.
#include <imgui.h>

#include <cstdint>
#include <vector>

#include "app/ui/glyph_coverage.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck::ui {

struct FontFiles {
  std::vector<std::uint8_t> regular;
  std::vector<std::uint8_t> semibold;
  // The letters beyond Latin-1 (fonts/Inter-*-extra.ttf): empty until a text needed them.
  std::vector<std::uint8_t> regular_extra;
  std::vector<std::uint8_t> semibold_extra;
  // The characters of the texts the two largest sizes draw (ImGui's ranges format): see title_glyphs().
  std::vector<ImWchar> title_glyphs;
  std::vector<ImWchar> display_glyphs;
};

// The characters of every text the title size draws — the content's titles and the phase number,
// in both languages — or, for the display size, of the phase number only, as ImGui ranges. At pixel
// ratio 3 these sizes are 90 and 132 px: all of Latin-1 there would be most of the atlas's area and
// build time, for letters no title has.
std::vector<ImWchar> title_glyphs(const Questionnaire& questionnaire, bool phase_number_only);

struct Fonts {
  ImFont* body = nullptr;     // 17 px
  ImFont* small = nullptr;    // 14 px
  ImFont* strong = nullptr;   // 17 px semibold: labels, buttons
  ImFont* heading = nullptr;  // 22 px semibold
  ImFont* title = nullptr;    // 30 px semibold
  ImFont* display = nullptr;  // 44 px semibold: the phase number
  GlyphCoverage* coverage = nullptr;  // what the texts drawn lack; null in tests without fonts
  // ImGui sizes a font by its line box (ascent - descent), CSS by its em: an ImGui size times this
  // is the CSS font-size of the same text (about 0.83 for Inter). 1 if the file cannot say.
  float css_em_per_size = 1.f;

  bool semibold(const ImFont* font) const { return font == strong || font == heading || font == title || font == display; }
};

// unitsPerEm / (hhea ascender - descender) of an OpenType file: what Fonts::css_em_per_size holds.
float css_em_per_line_box(const std::vector<std::uint8_t>& file);

// Clears the atlas and adds every font at `pixel_ratio` times its size, with the extra letters the
// texts so far needed (when the extra files are there); the caller rebuilds the renderer's texture.
// Sizes in the views stay in CSS pixels (io.FontGlobalScale = 1 / ratio).
Fonts load_fonts(ImFontAtlas& atlas, const FontFiles& files, float pixel_ratio, GlyphCoverage& coverage);

}  // namespace phasecheck::ui

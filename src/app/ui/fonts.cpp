#include "app/ui/fonts.hpp"

namespace phasecheck::ui {
namespace {

// Latin-1 plus the typography the German texts use: – — ‘ ’ ‚ “ ” „ • … € ← → − ✓
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026,
                                0x20AC, 0x20AC, 0x2190, 0x2190, 0x2192, 0x2192, 0x2212, 0x2212, 0x2713, 0x2713, 0};

ImFont* add(ImFontAtlas& atlas, const std::vector<std::uint8_t>& file, float size, float ratio) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes outlive atlas rebuilds on zoom changes
  config.OversampleH = ratio >= 2.f ? 1 : 2;
  config.OversampleV = 1;
  config.PixelSnapH = ratio < 2.f;
  return atlas.AddFontFromMemoryTTF(const_cast<std::uint8_t*>(file.data()), static_cast<int>(file.size()),
                                    size * ratio, &config, kGlyphRanges);
}

}  // namespace

Fonts load_fonts(ImFontAtlas& atlas, const FontFiles& files, float pixel_ratio) {
  atlas.Clear();
  Fonts fonts;
  fonts.body = add(atlas, files.regular, 17.f, pixel_ratio);  // first font = ImGui's default
  fonts.small = add(atlas, files.regular, 14.f, pixel_ratio);
  fonts.strong = add(atlas, files.semibold, 17.f, pixel_ratio);
  fonts.heading = add(atlas, files.semibold, 22.f, pixel_ratio);
  fonts.title = add(atlas, files.semibold, 30.f, pixel_ratio);
  fonts.display = add(atlas, files.semibold, 44.f, pixel_ratio);
  atlas.Build();
  return fonts;
}

}  // namespace phasecheck::ui

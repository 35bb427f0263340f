#include "app/ui/fonts.hpp"

namespace phasecheck::ui {
namespace {

// Latin-1 plus the typography the German texts use: – — ‘ ’ ‚ “ ” „ • … € ← → − ✓
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026,
                                0x20AC, 0x20AC, 0x2190, 0x2190, 0x2192, 0x2192, 0x2212, 0x2212, 0x2713, 0x2713, 0};

ImFontConfig config_for(float ratio) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes outlive atlas rebuilds on zoom changes
  config.OversampleH = ratio >= 2.f ? 1 : 2;
  config.OversampleV = 1;
  config.PixelSnapH = ratio < 2.f;
  return config;
}

ImFont* add(ImFontAtlas& atlas, const std::vector<std::uint8_t>& file, const std::vector<std::uint8_t>& extra,
            const ImWchar* extra_ranges, float size, float ratio) {
  ImFontConfig config = config_for(ratio);
  ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<std::uint8_t*>(file.data()), static_cast<int>(file.size()),
                                            size * ratio, &config, kGlyphRanges);
  // Only the extra letters some text needed join the atlas: a whole script at every size would
  // multiply the texture (and its build time) for letters nobody typed.
  if (!extra.empty() && extra_ranges && extra_ranges[0] != 0) {
    ImFontConfig merge = config_for(ratio);
    merge.MergeMode = true;
    atlas.AddFontFromMemoryTTF(const_cast<std::uint8_t*>(extra.data()), static_cast<int>(extra.size()), size * ratio,
                               &merge, extra_ranges);
  }
  return font;
}

}  // namespace

Fonts load_fonts(ImFontAtlas& atlas, const FontFiles& files, float pixel_ratio, GlyphCoverage& coverage) {
  atlas.Clear();
  const bool extra = coverage.support() == GlyphCoverage::Support::ready;
  const ImWchar* ranges = extra ? coverage.extra_ranges_for_build() : nullptr;
  Fonts fonts;
  fonts.body = add(atlas, files.regular, files.regular_extra, ranges, 17.f, pixel_ratio);  // first font = ImGui's default
  fonts.small = add(atlas, files.regular, files.regular_extra, ranges, 14.f, pixel_ratio);
  fonts.strong = add(atlas, files.semibold, files.semibold_extra, ranges, 17.f, pixel_ratio);
  fonts.heading = add(atlas, files.semibold, files.semibold_extra, ranges, 22.f, pixel_ratio);
  // The two largest sizes show the content's titles and the phase number, never a visitor's text:
  // without extra letters, even hundreds of them keep the atlas within 4096 px at pixel ratio 3
  // (a text they lack would be drawn as the browser's image).
  fonts.title = add(atlas, files.semibold, {}, nullptr, 30.f, pixel_ratio);
  fonts.display = add(atlas, files.semibold, {}, nullptr, 44.f, pixel_ratio);
  atlas.Build();
  fonts.coverage = &coverage;
  return fonts;
}

}  // namespace phasecheck::ui

#include "app/ui/fonts.hpp"

#include <algorithm>
#include <cstddef>
#include <set>

#include "core/utf8.hpp"

namespace phasecheck::ui {
namespace {

ImFontConfig config_for(float ratio) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes outlive atlas rebuilds on zoom changes
  // Below 2 device pixels per CSS pixel glyphs are snapped to whole pixels, where ImGui's horizontal
  // oversampling adds nothing but a blur and twice the rasterising (imgui.h, PixelSnapH); above, the
  // glyphs are large enough without it.
  config.PixelSnapH = ratio < 2.f;
  config.OversampleH = 1;
  config.OversampleV = 1;
  return config;
}

ImFont* add(ImFontAtlas& atlas, const std::vector<std::uint8_t>& file, const std::vector<std::uint8_t>& extra,
            const ImWchar* extra_ranges, float size, float ratio, const ImWchar* ranges) {
  ImFontConfig config = config_for(ratio);
  ImFont* font = atlas.AddFontFromMemoryTTF(const_cast<std::uint8_t*>(file.data()), static_cast<int>(file.size()),
                                            size * ratio, &config, ranges);
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

std::uint32_t read_u32(const std::vector<std::uint8_t>& b, std::size_t at) {
  return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}
int read_i16(const std::vector<std::uint8_t>& b, std::size_t at) {
  return static_cast<std::int16_t>(static_cast<std::uint16_t>((b[at] << 8) | b[at + 1]));
}

// Offset of a table in an OpenType file's table directory, or 0.
std::size_t table(const std::vector<std::uint8_t>& file, const char (&tag)[5], std::size_t min_length) {
  if (file.size() < 12) return 0;
  const std::size_t count = static_cast<std::size_t>(read_i16(file, 4)) & 0xFFFF;
  for (std::size_t i = 0; i < count && 12 + 16 * (i + 1) <= file.size(); ++i) {
    const std::size_t record = 12 + 16 * i;
    if (std::equal(tag, tag + 4, file.begin() + static_cast<std::ptrdiff_t>(record))) {
      const std::size_t offset = read_u32(file, record + 8);
      return offset + min_length <= file.size() ? offset : 0;
    }
  }
  return 0;
}

}  // namespace

// stb_truetype (ImGui's rasteriser) scales a font so that hhea's ascender - descender is the size.
float css_em_per_line_box(const std::vector<std::uint8_t>& file) {
  const std::size_t head = table(file, "head", 20);
  const std::size_t hhea = table(file, "hhea", 8);
  if (!head || !hhea) return 1.f;
  const int units_per_em = read_i16(file, head + 18) & 0xFFFF;
  const int line_box = read_i16(file, hhea + 4) - read_i16(file, hhea + 6);
  if (units_per_em <= 0 || line_box <= 0) return 1.f;
  return static_cast<float>(units_per_em) / static_cast<float>(line_box);
}

std::vector<ImWchar> title_glyphs(const Questionnaire& questionnaire, bool phase_number_only) {
  // ImGui's fallback for a missing glyph ("?"), the space, the digits of the phase number, and the
  // dots of an ellipsis when a title is clipped.
  std::set<ImWchar> used = {'?', ' ', '.'};
  for (char digit = '0'; digit <= '9'; ++digit) used.insert(static_cast<ImWchar>(digit));
  const auto add_text = [&](std::string_view text) {
    utf8::for_each_code_point(text, [&](char32_t c) {
      if (c > 0 && c <= 0xFFFF) used.insert(static_cast<ImWchar>(c));
    });
  };
  for (const Language language : {Language::de, Language::en}) {
    add_text(questionnaire.message("phase.label", language));
    if (phase_number_only) continue;
    for (const char* key : {"ui.intro.title", "ui.economics.title"}) add_text(questionnaire.message(key, language));
    for (const PhaseTexts& phase : questionnaire.phases) add_text(phase.title.in(language));
  }
  return glyph_ranges(std::vector<ImWchar>(used.begin(), used.end()));
}

Fonts load_fonts(ImFontAtlas& atlas, const FontFiles& files, float pixel_ratio, GlyphCoverage& coverage) {
  atlas.Clear();
  const bool extra = coverage.support() == GlyphCoverage::Support::ready;
  const ImWchar* extras = extra ? coverage.extra_ranges_for_build() : nullptr;
  const ImWchar* base = coverage.base_ranges_for_build();
  Fonts fonts;
  fonts.body = add(atlas, files.regular, files.regular_extra, extras, 17.f, pixel_ratio, base);  // first font = ImGui's default
  fonts.small = add(atlas, files.regular, files.regular_extra, extras, 14.f, pixel_ratio, base);
  fonts.strong = add(atlas, files.semibold, files.semibold_extra, extras, 17.f, pixel_ratio, base);
  fonts.heading = add(atlas, files.semibold, files.semibold_extra, extras, 22.f, pixel_ratio, base);
  // The two largest sizes show the content's titles and the phase number, never a visitor's text,
  // so they hold only those letters (a text they lack would be drawn as the browser's image).
  const auto or_base = [](const std::vector<ImWchar>& ranges) {
    return ranges.empty() ? GlyphCoverage::base_font_ranges() : ranges.data();
  };
  fonts.title = add(atlas, files.semibold, {}, nullptr, 30.f, pixel_ratio, or_base(files.title_glyphs));
  fonts.display = add(atlas, files.semibold, {}, nullptr, 44.f, pixel_ratio, or_base(files.display_glyphs));
  atlas.Build();
  fonts.coverage = &coverage;
  fonts.css_em_per_size = css_em_per_line_box(files.regular);
  return fonts;
}

}  // namespace phasecheck::ui

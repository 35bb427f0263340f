#include "app/ui/glyph_coverage.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace phasecheck::ui {
namespace {

// The extra font file's ranges: the same list as `extra` in scripts/subset-font.sh.
constexpr unsigned int kExtraRanges[][2] = {
    {0x0100, 0x024F},  // Latin Extended-A and -B: Š Ł Ő İ Ş Đ Ț …
    {0x0300, 0x036F},  // combining accents
    {0x0370, 0x03FF},  // Greek
    {0x0400, 0x052F},  // Cyrillic and its supplement
    {0x1E00, 0x1EFF},  // Latin Extended Additional: ẞ, Vietnamese
    {0x20B4, 0x20B4}, {0x20BA, 0x20BA}, {0x20BD, 0x20BD},  // hryvnia, lira, rouble signs
};

// Line breaks and tabs are layout, not glyphs.
bool is_layout(unsigned int c) { return c == '\n' || c == '\r' || c == '\t'; }

template <typename Each>
void each_code_point(std::string_view text, Each each) {
  utf8::for_each_code_point(text, [&](char32_t c) { each(static_cast<unsigned int>(c)); });
}

}  // namespace

bool GlyphCoverage::in_extra_font(unsigned int c) {
  for (const auto& range : kExtraRanges) {
    if (c >= range[0] && c <= range[1]) return true;
  }
  return false;
}

std::size_t GlyphCoverage::missing(const ImFont* font, std::string_view text) {
  std::size_t count = 0;
  each_code_point(text, [&](unsigned int c) {
    // ImGui holds 16-bit characters: anything past U+FFFF (most emoji) reaches it as U+FFFD.
    if (is_layout(c) || (c <= 0xFFFF && font->FindGlyphNoFallback(static_cast<ImWchar>(c)))) return;
    ++count;
    lacking_ = true;
    if (in_extra_font(c) && support_ != Support::unavailable && !no_extra_font_ && wanted_.size() < kMaxExtraGlyphs) {
      const auto glyph = static_cast<ImWchar>(c);
      const auto at = std::lower_bound(wanted_.begin(), wanted_.end(), glyph);
      if (at == wanted_.end() || *at != glyph) wanted_.insert(at, glyph);
    }
  });
  return count;
}

void GlyphCoverage::drawn_with_font(const ImFont* font, std::string_view text) {
  each_code_point(text, [&](unsigned int c) {
    if (!is_layout(c) && (c > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(c)))) ++fallbacks_this_frame_;
  });
}

void GlyphCoverage::end_frame() {
  fallbacks_last_frame_ = fallbacks_this_frame_;
  images_last_frame_ = images_this_frame_;
  fallbacks_this_frame_ = images_this_frame_ = 0;
}

std::vector<ImWchar> glyph_ranges(const std::vector<ImWchar>& sorted) {
  std::vector<ImWchar> ranges;
  for (const ImWchar c : sorted) {
    if (!ranges.empty() && ranges.back() + 1 == c) ranges.back() = c;
    else ranges.insert(ranges.end(), {c, c});
  }
  ranges.push_back(0);
  return ranges;
}

const ImWchar* GlyphCoverage::extra_ranges_for_build() {
  ranges_ = glyph_ranges(wanted_);
  built_ = wanted_.size();
  return ranges_.data();
}

}  // namespace phasecheck::ui

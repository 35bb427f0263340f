#include "app/ui/glyph_coverage.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/utf8.hpp"

namespace phasecheck::ui {
namespace {

// The base font file's ranges (scripts/subset-font.sh): Latin-1 plus the typography the texts use:
// – — ‘ ’ ‚ “ ” „ • … € ← → − ✓
constexpr ImWchar kBaseRanges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026,
                                   0x20AC, 0x20AC, 0x2190, 0x2190, 0x2192, 0x2192, 0x2212, 0x2212, 0x2713, 0x2713, 0};

// glyphs_of_json() lists the glyphs range by range and relies on this for their order.
constexpr bool ascending_and_apart(const ImWchar* ranges) {
  unsigned int next_free = 0;
  for (; ranges[0]; ranges += 2) {
    if (ranges[0] < next_free || ranges[1] < ranges[0]) return false;
    next_free = ranges[1] + 1u;
  }
  return true;
}
static_assert(ascending_and_apart(kBaseRanges), "kBaseRanges: ascending ranges that do not overlap");

bool in_ranges(const ImWchar* ranges, unsigned int c) {
  for (; ranges[0]; ranges += 2) {
    if (c >= ranges[0] && c <= ranges[1]) return true;
  }
  return false;
}

void insert_sorted(std::vector<ImWchar>& sorted, ImWchar c) {
  const auto at = std::lower_bound(sorted.begin(), sorted.end(), c);
  if (at == sorted.end() || *at != c) sorted.insert(at, c);
}

// The extra font file's ranges: the same list as `extra` in scripts/subset-font.sh.
constexpr unsigned int kExtraRanges[][2] = {
    {0x0100, 0x024F},  // Latin Extended-A and -B: Š Ł Ő İ Ş Đ Ț …
    {0x0300, 0x036F},  // combining accents
    {0x0370, 0x03FF},  // Greek
    {0x0400, 0x052F},  // Cyrillic and its supplement
    {0x1E00, 0x1EFF},  // Latin Extended Additional: ẞ, Vietnamese
    {0x20B4, 0x20B4}, {0x20BA, 0x20BA}, {0x20BD, 0x20BD},  // hryvnia, lira, rouble signs
};

// The first byte from `at` on that is not ASCII, or the end. Eight bytes at a time: the content is
// 75 KB of mostly ASCII, and at start-up a loop over it byte by byte ran long enough for V8 to
// optimise it in the background, on the cores the page needed (docs/benchmark.md, "3 Dec 2026, night").
std::size_t next_non_ascii(std::string_view text, std::size_t at) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080u;
  for (; at + 8 <= text.size(); at += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + at, 8);
    if (word & kHighBits) break;
  }
  while (at < text.size() && static_cast<unsigned char>(text[at]) < 0x80) ++at;
  return at;
}

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
    // A letter of the base font file the atlas was started without: no download needed.
    if (c <= 0xFFFF && in_ranges(kBaseRanges, c)) {
      insert_sorted(base_wanted_, static_cast<ImWchar>(c));
      return;
    }
    lacking_ = true;
    if (in_extra_font(c) && support_ != Support::unavailable && !no_extra_font_ && wanted_.size() < kMaxExtraGlyphs) {
      insert_sorted(wanted_, static_cast<ImWchar>(c));
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

std::vector<ImWchar> glyphs_of_json(const std::vector<std::string_view>& json_texts) {
  // Marks in a table of every 16-bit character: the content is 75 KB, mostly the same few letters.
  std::vector<bool> used(0x10000, false);
  for (unsigned int c = 0x20; c < 0x7F; ++c) used[c] = true;
  for (const ImWchar* range = kBaseRanges + 2; range[0]; range += 2) {  // the typography after Latin-1
    for (unsigned int c = range[0]; c <= range[1]; ++c) used[c] = true;
  }
  const auto hex = [](std::string_view digits, unsigned int& value) {
    value = 0;
    for (const char d : digits) {
      const int v = d >= '0' && d <= '9' ? d - '0' : d >= 'a' && d <= 'f' ? d - 'a' + 10 : d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
      if (v < 0) return false;
      value = value * 16 + static_cast<unsigned int>(v);
    }
    return true;
  };
  for (const std::string_view text : json_texts) {
    for (std::size_t at = next_non_ascii(text, 0); at < text.size(); at = next_non_ascii(text, at)) {
      const utf8::Decoded next = utf8::decode(text, at);
      at += next.length;
      if (next.code_point <= 0xFFFF) used[next.code_point] = true;
    }
    for (std::size_t at = text.find("\\u"); at != std::string_view::npos; at = text.find("\\u", at + 2)) {
      unsigned int c = 0;
      if (at + 6 <= text.size() && hex(text.substr(at + 2, 4), c)) used[c] = true;
    }
  }
  std::vector<ImWchar> glyphs;  // ascending, as the ranges are (kBaseRanges' static_assert)
  for (const ImWchar* range = kBaseRanges; range[0]; range += 2) {
    for (unsigned int c = range[0]; c <= range[1]; ++c) {
      if (used[c]) glyphs.push_back(static_cast<ImWchar>(c));
    }
  }
  return glyphs;
}

const ImWchar* GlyphCoverage::base_font_ranges() { return kBaseRanges; }

const ImWchar* GlyphCoverage::base_ranges_for_build() {
  base_built_ = base_wanted_.size();
  if (starting_.empty()) return kBaseRanges;
  std::vector<ImWchar> all = starting_;
  all.insert(all.end(), base_wanted_.begin(), base_wanted_.end());
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());  // a letter the file lacks stays wanted
  base_ranges_ = glyph_ranges(all);
  return base_ranges_.data();
}

const ImWchar* GlyphCoverage::extra_ranges_for_build() {
  ranges_ = glyph_ranges(wanted_);
  built_ = wanted_.size();
  return ranges_.data();
}

}  // namespace phasecheck::ui

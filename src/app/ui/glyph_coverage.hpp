#pragma once
// Which characters of the texts drawn the font atlas has no glyph for. The atlas starts with the
// characters the content uses, ASCII and the app's typography; other letters of the base font file
// (Latin-1: é, ñ, ø) join it when a text first needs them, without a download. Letters beyond it
// (Š, Ł, İ, ẞ, Greek, Cyrillic) are in a second font file that is fetched only when a text needs
// one, and only the letters in use are added, so the atlas stays small and quick to build at any
// pixel ratio. Everything else (emoji, Arabic, CJK) is drawn by the host as an image of the text
// (Platform::text_image).
#include <imgui.h>

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace phasecheck::ui {

// Sorted, distinct characters as ImGui's glyph ranges: pairs of first and last, 0-terminated.
std::vector<ImWchar> glyph_ranges(const std::vector<ImWchar>& sorted);

// The characters of JSON texts (its \uXXXX escapes decoded), with ASCII, the app's typography
// and ImGui's fallback "?": sorted, distinct. What the content can ever show.
std::vector<ImWchar> glyphs_of_json(const std::vector<std::string_view>& json_texts);

class GlyphCoverage {
 public:
  // More extra letters than this stay out of the atlas (and are drawn as images): a pasted text in
  // every script would otherwise grow the texture past what phones allow.
  static constexpr std::size_t kMaxExtraGlyphs = 400;

  enum class Support { not_needed, requested, ready, unavailable };

  // The characters the atlas starts with (glyphs_of_json of the content); until set, all of the
  // base font file.
  void set_starting_glyphs(std::vector<ImWchar> sorted) { starting_ = std::move(sorted); }
  // The characters of `text` that `font` has no glyph for. Those the base or the extra font file
  // has are noted as wanted (the next atlas build adds them).
  std::size_t missing(const ImFont* font, std::string_view text);
  // `text` was drawn with `font`: each missing character showed as ImGui's fallback "?".
  void drawn_with_font(const ImFont* font, std::string_view text);
  void drawn_as_image() { ++images_this_frame_; }

  // Once per frame, after drawing: what the last frame drew (the test hook reports it).
  void end_frame();
  std::size_t fallbacks_last_frame() const { return fallbacks_last_frame_; }
  std::size_t images_last_frame() const { return images_last_frame_; }

  // What the host loads once a text lacks glyphs: the extra font file (and its text images).
  // Asked for once; the atlas is rebuilt when it is there and more letters are wanted.
  Support support() const { return support_; }
  void set_support(Support state) { support_ = state; }
  // The host draws text images but has no extra font file (the single offline file): letters
  // beyond Latin-1 are drawn as images too, and the atlas stays as it is.
  void without_extra_font() {
    no_extra_font_ = true;
    wanted_.clear();
    built_ = 0;
  }
  bool wants_rebuild() const {
    return base_wanted_.size() > base_built_ || (support_ == Support::ready && wanted_.size() > built_);
  }
  bool wants_support() const { return support_ == Support::not_needed && lacking_; }
  // The ranges for the next atlas build (ImGui's format: pairs, 0-terminated); marks them built.
  // The base font file's: the starting characters and those texts needed since.
  const ImWchar* base_ranges_for_build();
  // The extra font file's: the letters texts needed.
  const ImWchar* extra_ranges_for_build();

  // What the base font file has (the ranges scripts/subset-font.sh cuts it to).
  static const ImWchar* base_font_ranges();

  // Whether the extra font file has a glyph for `c` (the ranges scripts/subset-font.sh cuts it to).
  static bool in_extra_font(unsigned int c);

 private:
  bool lacking_ = false;  // some text lacked a glyph
  bool no_extra_font_ = false;
  std::vector<ImWchar> starting_;     // sorted
  std::vector<ImWchar> base_wanted_;  // sorted: letters of the base file beyond starting_
  std::size_t base_built_ = 0;
  std::vector<ImWchar> base_ranges_;
  std::vector<ImWchar> wanted_;  // sorted
  std::size_t built_ = 0;
  std::vector<ImWchar> ranges_;
  Support support_ = Support::not_needed;
  std::size_t fallbacks_this_frame_ = 0, fallbacks_last_frame_ = 0;
  std::size_t images_this_frame_ = 0, images_last_frame_ = 0;
};

}  // namespace phasecheck::ui

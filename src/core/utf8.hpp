#pragma once
// Reading UTF-8 one code point at a time, for the few places that look at characters rather than
// bytes (file names). Malformed bytes read as U+FFFD, one byte each, so nothing is skipped unseen.
#include <cstddef>
#include <string_view>

namespace phasecheck::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t code_point = kReplacement;
  std::size_t length = 1;  // bytes it took
};

constexpr Decoded decode(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  const std::size_t length = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? (lead < 0xF0 ? 3 : 0) : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || at + length > text.size()) return {};
  char32_t value = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {};
    value = (value << 6) | (byte(at + i) & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not characters.
  const char32_t least = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
  if (value < least || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return {};
  return {value, length};
}

// Calls each(code_point) for every character of `text`, in order.
template <typename Each>
constexpr void for_each_code_point(std::string_view text, Each each) {
  for (std::size_t at = 0; at < text.size();) {
    const Decoded next = decode(text, at);
    at += next.length;
    each(next.code_point);
  }
}

}  // namespace phasecheck::utf8

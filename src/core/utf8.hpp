#pragma once
// Reading UTF-8 one code point at a time, for the few places that look at characters rather than
// bytes (file names, typed text, quotes in messages). Malformed bytes read as U+FFFD, one byte each,
// so nothing is skipped unseen.
#include <cstddef>
#include <string>
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

// A byte that decodes to nothing: a stray continuation, a cut-off or overlong sequence, a surrogate.
constexpr bool malformed_at(std::string_view text, std::size_t at, const Decoded& d) {
  return d.length == 1 && static_cast<unsigned char>(text[at]) >= 0x80;
}

// True when every byte belongs to a well-formed character. Text a person gives the meeting must be,
// or JSON output (nlohmann's strict dump throws) and name comparison (all bad bytes fold alike) break.
constexpr bool valid(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const Decoded next = decode(text, at);
    if (malformed_at(text, at, next)) return false;
    at += next.length;
  }
  return true;
}

// At most `max_characters` whole characters of `text`, each malformed byte as U+FFFD: what a message
// may quote of untrusted input without cutting a character in two or passing bad bytes on.
inline std::string excerpt(std::string_view text, std::size_t max_characters = std::string_view::npos) {
  std::string out;
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size() && count < max_characters; ++count) {
    const Decoded next = decode(text, at);
    if (malformed_at(text, at, next)) out += "\xEF\xBF\xBD";
    else out += text.substr(at, next.length);
    at += next.length;
  }
  return out;
}

// Characters that move the cursor or change a terminal's state rather than show something: C0 and
// C1 controls, DEL, and the Unicode line and paragraph separators.
constexpr bool is_control(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

}  // namespace phasecheck::utf8

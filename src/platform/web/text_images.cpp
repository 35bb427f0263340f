#include "platform/web/text_images.hpp"

#include <emscripten.h>

#include <algorithm>
#include <cstdlib>

#include "platform/web/canvas_renderer.hpp"

// clang-format off
// Draws the text with canvas 2D (boot.js: textImage) and hands back its RGBA pixels as malloc'd bytes.
EM_JS(unsigned char*, js_text_image, (const char* text, double size, double line_height, double ascent, bool semibold,
                                      unsigned int colour, double wrap_width, double max_height, double ratio, int* width, int* height), {
  const image = window.phasecheckBoot.textImage(UTF8ToString(text), { size, lineHeight: line_height, ascent, semibold: !!semibold,
    rgba: [colour & 255, (colour >>> 8) & 255, (colour >>> 16) & 255, ((colour >>> 24) & 255) / 255], wrapWidth: wrap_width,
    maxHeight: max_height, ratio });
  if (!image) return 0;
  HEAP32[width >> 2] = image.width;
  HEAP32[height >> 2] = image.height;
  const out = _malloc(image.data.length);
  HEAPU8.set(image.data, out);
  return out;
});
// clang-format on

namespace phasecheck::browser {
namespace {

constexpr std::size_t kCached = 8;  // a handful of fields and notices on one screen

// The request as bytes: its text, then its numbers as they are (no number formatting code).
std::string key_of(const TextImageRequest& r) {
  std::string key = r.text;
  const float numbers[] = {r.size, r.line_height, r.ascent, r.wrap_width, r.max_height, r.pixel_ratio,
                           r.semibold ? 1.f : 0.f};
  key.append(reinterpret_cast<const char*>(numbers), sizeof numbers);
  key.append(reinterpret_cast<const char*>(&r.colour), sizeof r.colour);
  return key;
}

}  // namespace

TextImage TextImages::image(const TextImageRequest& request) {
  const std::string key = key_of(request);
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->key != key) continue;
    std::rotate(it, it + 1, entries_.end());  // now the most recently used
    return entries_.back().image;
  }
  int width = 0, height = 0;
  unsigned char* pixels = js_text_image(request.text.c_str(), request.size, request.line_height, request.ascent, request.semibold,
                                        request.colour, request.wrap_width, request.max_height, request.pixel_ratio, &width, &height);
  if (!pixels) return {};
  const unsigned texture = make_texture(width, height, false, pixels);
  std::free(pixels);
  const float ratio = request.pixel_ratio > 0 ? request.pixel_ratio : 1.f;
  // Drop the oldest; never one drawn in this frame (the cache is larger than what one screen shows).
  if (entries_.size() == kCached) {
    delete_texture(static_cast<unsigned>(entries_.front().image.texture));
    entries_.erase(entries_.begin());
  }
  entries_.push_back({key, {texture, static_cast<float>(width) / ratio, static_cast<float>(height) / ratio}});
  return entries_.back().image;
}

void TextImages::forget() { entries_.clear(); }

}  // namespace phasecheck::browser

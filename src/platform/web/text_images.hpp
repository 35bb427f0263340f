#pragma once
// Images of text the font atlas cannot draw (emoji, Arabic, CJK), drawn by the browser's canvas
// with the system's fonts and kept as the renderer's textures. A few are cached: the same field shows the
// same text frame after frame; older ones are deleted.
#include <cstdint>
#include <vector>
#include <string>

#include "platform/platform.hpp"

namespace phasecheck::browser {

class TextImages {
 public:
  TextImage image(const TextImageRequest& request);
  // After a lost WebGL context the textures are gone: forget them (nothing to delete).
  void forget();

 private:
  struct Entry {
    std::string key;
    TextImage image;
  };
  std::vector<Entry> entries_;  // most recently used last
};

}  // namespace phasecheck::browser

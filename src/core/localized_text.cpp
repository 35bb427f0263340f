#include "core/localized_text.hpp"

namespace phasecheck {

std::optional<Language> parse_language(std::string_view code) {
  if (code == "de") return Language::de;
  if (code == "en") return Language::en;
  return std::nullopt;
}

std::string_view language_code(Language language) { return language == Language::de ? "de" : "en"; }

std::string fill_template(std::string_view text, const TemplateValues& values) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = text.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [key, value] : values) {
          if (key == name) {
            out += value;
            replaced = true;
            break;
          }
        }
        if (replaced) {
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace phasecheck

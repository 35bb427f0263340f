#pragma once
// Every user-visible string exists in German and English; this is the one type that holds them.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace phasecheck {

enum class Language { de, en };
inline constexpr Language kLanguages[] = {Language::de, Language::en};

std::optional<Language> parse_language(std::string_view code);
std::string_view language_code(Language language);

struct LocalizedText {
  std::string de;
  std::string en;
  const std::string& in(Language language) const { return language == Language::de ? de : en; }
  bool operator==(const LocalizedText&) const = default;
};

// Replaces "{name}" placeholders; unknown placeholders stay as they are so a typo shows.
using TemplateValues = std::vector<std::pair<std::string, std::string>>;
std::string fill_template(std::string_view text, const TemplateValues& values);

}  // namespace phasecheck

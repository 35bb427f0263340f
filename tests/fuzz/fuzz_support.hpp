#pragma once
// Shared by the libFuzzer targets: the shipped questionnaire, and a way to fail loudly when a
// property (not just "no crash") is broken.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/questionnaire.hpp"

namespace phasecheck::fuzz {

inline const Questionnaire& shipped() {
  static const Questionnaire* questionnaire = [] {
    QuestionnaireLoad loaded = load_questionnaire(embedded_questionnaire_json);
    if (!loaded.questionnaire) std::abort();
    return new Questionnaire(std::move(*loaded.questionnaire));
  }();
  return *questionnaire;
}

inline void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "property violated: %s\n", what);
  std::abort();
}

inline std::string_view text(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace phasecheck::fuzz

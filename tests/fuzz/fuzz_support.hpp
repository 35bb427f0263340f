#pragma once
// Shared by the libFuzzer targets: the shipped questionnaire, and a way to fail loudly when a
// property (not just "no crash") is broken.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "core/economics.hpp"
#include "core/json_documents.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck::fuzz {

inline const Questionnaire& shipped() {
  static const Questionnaire* questionnaire = [] {
    QuestionnaireLoad loaded = load_questionnaire(embedded_questionnaire_json);
    if (!loaded.value) std::abort();
    return new Questionnaire(std::move(*loaded.value));
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

// Raw doubles from the input (NaN, infinities, 1e308 and all) as the two years' figures, then
// checked as any figures are: what is refused is removed, as when reading a file.
inline EconomicsInput figures_from(const unsigned char* data, std::size_t size, std::size_t& offset) {
  EconomicsInput input;
  for (YearFigures* year : {&input.prior, &input.current}) {
    for (Figure figure : kFigures) {
      if (offset + sizeof(double) > size) break;
      double value;
      std::memcpy(&value, data + offset, sizeof value);
      offset += sizeof value;
      (*year)[figure] = value;
    }
    Problems refused;
    check_year(*year, "", refused);
  }
  return input;
}

}  // namespace phasecheck::fuzz

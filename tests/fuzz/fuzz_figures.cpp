// Economics figures as people type them and as raw numbers (NaN, infinities, 1e308, negatives):
// refused per field, and every indicator computed from what passes is a finite number.
#include <cmath>

#include "core/economics.hpp"
#include "core/number_text.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace phasecheck;
  if (size == 0) return 0;
  const Language lang = data[0] & 1 ? Language::en : Language::de;
  if (auto value = parse_number_text(fuzz::text(data + 1, size - 1), lang)) {
    fuzz::require(std::isfinite(*value), "typed numbers are finite");
  }
  const NumberReading reading = read_number_text(fuzz::text(data + 1, size - 1), lang);
  if (reading.kind == NumberReading::Kind::ambiguous) {
    fuzz::require(std::isfinite(reading.value) && std::isfinite(reading.other), "both readings are finite");
    fuzz::require(std::fabs(reading.other) > std::fabs(reading.value), "the thousands reading is the larger");
  }
  std::size_t offset = 1;
  const EconomicsInput input = fuzz::figures_from(data, size, offset);
  const EconomicsAnalysis analysis = analyse_economics(input);
  for (const auto& indicator : analysis.indicators) {
    if (indicator.prior) fuzz::require(std::isfinite(*indicator.prior), "finite indicator");
    if (indicator.current) fuzz::require(std::isfinite(*indicator.current), "finite indicator");
  }
  return 0;
}

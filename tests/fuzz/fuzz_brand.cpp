// Brand files: refused or loaded; a loaded brand only ever links to https: or mailto:.
#include "core/brand.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace phasecheck;
  const BrandLoad loaded = load_brand(fuzz::text(data, size));
  fuzz::require(loaded.value.has_value() == loaded.problems.empty(), "loaded xor problems");
  if (loaded.value) fuzz::require(is_safe_contact_url(loaded.value->contact_url), "only safe contact links");
  return 0;
}

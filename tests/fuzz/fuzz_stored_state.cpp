// Stored state (local storage can hold anything): every text gets a status; a state that was read
// is written and read back unchanged.
#include "core/persistence.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace phasecheck;
  const auto& q = fuzz::shipped();
  const StateRead read = decode_state(fuzz::text(data, size), q);
  const bool has_state = read.status == StateStatus::restored || read.status == StateStatus::migrated;
  fuzz::require(has_state == read.value.has_value(), "a state exactly when restored or migrated");
  if (!read.value) return 0;
  const StateRead again = decode_state(encode_state(*read.value), q);
  fuzz::require(again.status == StateStatus::restored, "a written state reads back as it was");
  fuzz::require(answers_to_json(again.value->answers) == answers_to_json(read.value->answers), "state round trip");
  return 0;
}

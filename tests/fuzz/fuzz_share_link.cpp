// Share-link fragments: refused with a reason, or decoded into answers that encode back to a
// fragment decoding to the same answers.
#include "core/share_link.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  using namespace phasecheck;
  const auto& q = fuzz::shipped();
  const ShareRead read = decode_share_fragment(fuzz::text(data, size), q);
  fuzz::require(read.value.has_value() == read.problems.empty(), "decoded xor problems");
  if (!read.value) return 0;
  const ShareRead again = decode_share_fragment(encode_share_fragment(*read.value), q);
  fuzz::require(again.value.has_value(), "an encoded link decodes");
  fuzz::require(answers_to_json(*again.value) == answers_to_json(*read.value), "link round trip");
  return 0;
}

#pragma once
// Reads untrusted JSON text into a value without throwing, refusing oversized or deeply nested
// input and duplicate object keys (which nlohmann would otherwise resolve silently).
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/limits.hpp"
#include "core/problem.hpp"

namespace phasecheck {

using Json = nlohmann::json;

struct JsonLimits {
  std::size_t max_bytes = limits::kDocumentBytes;
  int max_depth = limits::kNestingDepth;
};

using JsonRead = Checked<Json>;

JsonRead read_json(std::string_view text, const JsonLimits& limits = {});

// Extends a JSON pointer by one reference token, escaping '~' and '/' as RFC 6901 says.
std::string pointer_child(const std::string& pointer, std::string_view token);
std::string pointer_child(const std::string& pointer, std::size_t index);

// Short type name for messages: "a string", "an object", ...
std::string json_type_phrase(const Json& value);

}  // namespace phasecheck

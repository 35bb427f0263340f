#pragma once
// The result document ("phasecheck.result/1"), see docs/formats.md.
#include <string_view>

#include "core/json_reader.hpp"
#include "core/report.hpp"

namespace phasecheck {

inline constexpr std::string_view kResultSchema = "phasecheck.result/1";

using OrderedJson = nlohmann::ordered_json;  // keeps "schema" first, as a reader expects
OrderedJson result_to_json(const Report& report);

}  // namespace phasecheck

#pragma once
// The result document ("phasecheck.result/1"), see docs/formats.md.
#include <string>
#include <string_view>

#include "core/report.hpp"

namespace phasecheck {

inline constexpr std::string_view kResultSchema = "phasecheck.result/1";

// The result document as compact JSON text (core/json_documents.hpp has it as a JSON value).
std::string result_document_text(const Report& report);

}  // namespace phasecheck

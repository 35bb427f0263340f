#pragma once
// The content's start-up index (issue #13): the validated questionnaire and brand as the build
// made them, compiled into the web app. The page fetches questionnaire.json and brand.json as
// before; when their bytes are exactly those the build validated (same length and hash), the model
// is rebuilt from the index, its texts copied out of the fetched files, without parsing or
// validating them again: on a first visit that JSON parse and validation were a quarter of the
// page's own start-up. Any other bytes (a consultant edited the files in place) are not in the
// index's reach; the caller parses and validates them as always. So every content the page shows
// was validated, at build time or on load.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/brand.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck {

struct IndexedContent {
  Questionnaire questionnaire;
  Brand brand;
};

// The index of a validated questionnaire and brand, loaded from exactly these two texts.
std::string write_content_index(const Questionnaire& questionnaire, const Brand& brand,
                                std::string_view questionnaire_json, std::string_view brand_json);

// The model again, when the two texts are those the index was written for and the index reads
// whole; otherwise nothing (the caller loads the texts the usual way).
std::optional<IndexedContent> read_content_index(std::string_view index, std::string_view questionnaire_json,
                                                 std::string_view brand_json);

// FNV-1a, 64 bits: tells the build's files from edited ones (not a defence against an attacker,
// who could edit the wasm as easily).
std::uint64_t content_hash(std::string_view text);

}  // namespace phasecheck

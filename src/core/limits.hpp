#pragma once
// The limits on documents, links and typed text that more than one layer knows of, defined once.
// The core enforces them; the app, the CLI and the page (boot.js asks the app, see js_api.cpp)
// only hand them on. Limits only one reader knows stay with it (content texts in json_fields.hpp,
// figures' range in economics.cpp, the questionnaire's sizes in questionnaire.cpp).
#include <cstddef>

namespace phasecheck::limits {

inline constexpr std::size_t kDocumentBytes = 1024 * 1024;  // any JSON document, file or import
inline constexpr int kNestingDepth = 16;                      // levels of JSON nesting
inline constexpr std::size_t kMetaFields = 32;                // company, notes, dates, … in a document
inline constexpr std::size_t kCompanyBytes = 200;             // the company field
inline constexpr std::size_t kNotesBytes = 20000;             // meeting notes may be long; not unbounded
inline constexpr std::size_t kMetaTextBytes = kNotesBytes;    // the longest metadata text
inline constexpr std::size_t kFigureTextBytes = 32;           // a typed figure
inline constexpr std::size_t kLinkCharacters = 600;           // a share link's fragment

}  // namespace phasecheck::limits

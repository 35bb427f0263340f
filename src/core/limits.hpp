#pragma once
// The limits on documents, links and typed text that more than one layer knows of, defined once.
// The core enforces them; the app, the CLI and the page (boot.js asks the app, see js_api.cpp)
// only hand them on. Limits only one reader knows stay with it (content texts in json_fields.hpp,
// figures' range in economics.cpp, the questionnaire's sizes in questionnaire.cpp).
#include <cstddef>
#include <string_view>

namespace phasecheck::limits {

inline constexpr std::size_t kDocumentBytes = 1024 * 1024;  // any JSON document, file or import
inline constexpr int kNestingDepth = 16;                      // levels of JSON nesting
inline constexpr std::size_t kMetaFields = 32;                // company, notes, dates, … in a document
// Text limits count characters as the visitor sees them (Unicode code points, see characters()),
// not bytes: "Ü" is one character, two bytes of UTF-8.
inline constexpr std::size_t kCompanyCharacters = 200;               // the company field
inline constexpr std::size_t kNotesCharacters = 20000;               // meeting notes may be long; not unbounded
inline constexpr std::size_t kMetaTextCharacters = kNotesCharacters;  // the longest metadata text
inline constexpr std::size_t kFigureTextCharacters = 32;             // a typed figure
inline constexpr std::size_t kLinkCharacters = 600;                  // a share link's fragment
// Meeting mode (core/meeting.hpp): a round table, not a survey; a name or role, not a biography.
inline constexpr std::size_t kMeetingParticipants = 8;
inline constexpr std::size_t kParticipantNameCharacters = 60;
inline constexpr std::size_t kMeetingNoteCharacters = 2000;  // one note per question of the agreed view

// The number of characters (code points) in UTF-8 text: every byte that does not continue a
// character starts one. The one count every text limit uses (documents, stored state, the app's fields).
constexpr std::size_t characters(std::string_view utf8) {
  std::size_t count = 0;
  for (const char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace phasecheck::limits

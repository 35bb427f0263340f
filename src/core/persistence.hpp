#pragma once
// Documents that keep an assessment beyond the page: the autosaved state in local storage
// ("phasecheck.state/1") and the exported file (an answers document carrying its result).
// Reading is forgiving where it can be (older documents are migrated) and never guesses.
#include <optional>
#include <string>
#include <string_view>

#include "core/answers.hpp"
#include "core/questionnaire.hpp"
#include "core/report.hpp"

namespace phasecheck {

inline constexpr std::string_view kStateSchema = "phasecheck.state/1";

struct SavedState {
  AnswersDocument answers;
  std::string screen = "intro";  // intro | question | economics | result
  std::size_t question = 0;      // position when screen is "question"
  std::string saved_at;          // ISO 8601, from the platform's clock
};

std::string encode_state(const SavedState& state);

enum class StateStatus {
  empty,     // nothing stored
  restored,  // read as it was written
  migrated,  // older or partly outdated: what could be kept was kept (see notes)
  corrupt,   // unreadable: to be set aside, never silently dropped
  newer,     // written by a newer version of the check: leave it alone
};

// problems: what was dropped (migrated) or why it could not be read (corrupt, newer).
struct StateRead : Checked<SavedState> {
  StateStatus status = StateStatus::empty;
};

StateRead decode_state(std::string_view text, const Questionnaire& questionnaire);

// The exported file: the answers document plus the result shown, for people and other tools.
std::string export_document(const AnswersDocument& answers, const std::optional<Report>& report);

struct ImportRead : Checked<AnswersDocument> {
  bool migrated = false;
};
// Strict about ids and values (a file with unknown ids is refused, not trimmed); migrates files
// written without a schema and autosaved states saved as files.
ImportRead import_document(std::string_view text, const Questionnaire& questionnaire);

// "phasecheck-Müller-Söhne-GmbH-2026-11-28.json": the company's letters as written, in any script
// (Škoda, Łódź, Москва), the rest of it as single hyphens; valid on Windows, macOS and Linux.
std::string export_filename(std::string_view company, std::string_view date);

}  // namespace phasecheck

#pragma once
// The whole path from an answers document to a report: read, check, assess, put into words.
// The CLI and the browser's phasecheck.evaluate() both call this, so they cannot disagree.
#include <optional>
#include <string_view>

#include "core/answers.hpp"
#include "core/report.hpp"

namespace phasecheck {

using EvaluateOutcome = Checked<Report>;

// `language` overrides the document's "lang" (core/json_documents.hpp reads a JSON value).
EvaluateOutcome evaluate_text(std::string_view answers_json, const Questionnaire& questionnaire,
                              std::optional<Language> language = std::nullopt);
EvaluateOutcome evaluate_answers(const AnswersDocument& answers, const Questionnaire& questionnaire,
                                 std::optional<Language> language = std::nullopt);

}  // namespace phasecheck

#pragma once
// The JSON side of the core's documents, for code that works with JSON values itself: the core's
// readers and writers, the CLI, the browser API and the tests. Everything else (the UI above all)
// uses the text functions in answers.hpp, evaluate.hpp and result_document.hpp, so only these
// translation units parse nlohmann/json.
#include <optional>
#include <string>

#include "core/answers.hpp"
#include "core/economics.hpp"
#include "core/evaluate.hpp"
#include "core/json_reader.hpp"
#include "core/report.hpp"

namespace phasecheck {

// load_questionnaire(text) in two steps, the parse and the checks, for a caller that runs them as
// separate tasks (the browser's start-up).
QuestionnaireLoad load_questionnaire_document(const Json& root);

AnswersRead read_answers_document(const Json& root, const Questionnaire& questionnaire);
Json answers_to_json(const AnswersDocument& document);

// Reads {"prior": {...}, "current": {...}}; every refused value gets its own problem.
EconomicsInput read_economics(const Json& value, const std::string& pointer, Problems& problems);
Json economics_to_json(const EconomicsInput& input);

// `language` overrides the document's "lang".
EvaluateOutcome evaluate_document(const Json& answers_doc, const Questionnaire& questionnaire,
                                  std::optional<Language> language = std::nullopt);

using OrderedJson = nlohmann::ordered_json;  // keeps "schema" first, as a reader expects
OrderedJson result_to_json(const Report& report);

}  // namespace phasecheck

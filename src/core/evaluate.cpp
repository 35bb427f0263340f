#include "core/evaluate.hpp"

#include "core/json_documents.hpp"

namespace phasecheck {

EvaluateOutcome evaluate_answers(const AnswersDocument& answers, const Questionnaire& questionnaire,
                                 std::optional<Language> language) {
  Evaluation evaluation = assess(answers, questionnaire);
  if (!evaluation.value) return {std::nullopt, std::move(evaluation.problems)};
  return {build_report(*evaluation.value, answers, questionnaire, language.value_or(answers.lang)), {}};
}

EvaluateOutcome evaluate_document(const Json& answers_doc, const Questionnaire& questionnaire,
                                  std::optional<Language> language) {
  AnswersRead read = read_answers_document(answers_doc, questionnaire);
  if (!read.value) return {std::nullopt, std::move(read.problems)};
  return evaluate_answers(*read.value, questionnaire, language);
}

EvaluateOutcome evaluate_text(std::string_view answers_json, const Questionnaire& questionnaire,
                              std::optional<Language> language) {
  JsonRead read = read_json(answers_json);
  if (!read.value) return {std::nullopt, std::move(read.problems)};
  return evaluate_document(*read.value, questionnaire, language);
}

}  // namespace phasecheck

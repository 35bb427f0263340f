#pragma once
// The answers document ("phasecheck.answers/1"): what a visitor chose, optional figures and
// free metadata. Reading checks every id against the questionnaire; completeness is separate,
// because a half-filled questionnaire is a valid document too.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/economics.hpp"
#include "core/json_reader.hpp"
#include "core/localized_text.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck {

inline constexpr std::string_view kAnswersSchema = "phasecheck.answers/1";

struct AnswersDocument {
  Language lang = Language::de;
  std::map<std::string, std::string, std::less<>> answers;  // question id -> option id
  EconomicsInput economics;
  Json meta = Json::object();  // flat: company, notes, dates; strings, numbers, booleans

  // The chosen option id, or "" when the question is unanswered.
  std::string_view answer(std::string_view question_id) const;
};

struct AnswersRead {
  std::optional<AnswersDocument> document;
  Problems problems;
};

AnswersRead parse_answers_document(std::string_view json_text, const Questionnaire& questionnaire);
AnswersRead read_answers_document(const Json& root, const Questionnaire& questionnaire);

// One problem per required question without an answer.
Problems missing_required_answers(const AnswersDocument& document, const Questionnaire& questionnaire);

Json answers_to_json(const AnswersDocument& document);

}  // namespace phasecheck

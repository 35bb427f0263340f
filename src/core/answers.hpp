#pragma once
// The answers document ("phasecheck.answers/1"): what a visitor chose, optional figures and
// free metadata. Reading checks every id against the questionnaire; completeness is separate,
// because a half-filled questionnaire is a valid document too.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/contract.hpp"
#include "core/economics.hpp"
#include "core/localized_text.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck {

inline constexpr std::string_view kAnswersSchema = "phasecheck.answers/1";

// A free metadata field (company, notes, dates, another tool's fields): text, a whole number, a
// number, true/false or null. Each kept as it came, so a file reads back as it was written.
using MetaValue = std::variant<std::string, bool, std::int64_t, std::uint64_t, double, std::nullptr_t>;
using Metadata = std::map<std::string, MetaValue, std::less<>>;

struct AnswersDocument {
  Language lang = Language::de;
  std::map<std::string, std::string, std::less<>> answers;  // question id -> option id
  EconomicsInput economics;
  Metadata meta;

  // The chosen option id, or "" when the question is unanswered.
  std::string_view answer(std::string_view question_id) const;
  bool is(contract::Answer expected) const { return answer(expected.question) == expected.option; }
  // A metadata field's text, or "" when it is absent or not text.
  std::string meta_text(std::string_view key) const;
};

using AnswersRead = Checked<AnswersDocument>;

AnswersRead parse_answers_document(std::string_view json_text, const Questionnaire& questionnaire);

// One problem per required question without an answer.
Problems missing_required_answers(const AnswersDocument& document, const Questionnaire& questionnaire);

// The document as JSON text (core/json_documents.hpp has it as a JSON value).
std::string answers_document_text(const AnswersDocument& document);

}  // namespace phasecheck

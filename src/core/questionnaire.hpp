#pragma once
// The questionnaire as loaded from assets/questionnaire.json: questions, the wording of phases,
// reasons and notes. Loading validates everything and names the JSON pointer of each problem.
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/localized_text.hpp"
#include "core/problem.hpp"

namespace phasecheck {

inline constexpr std::string_view kQuestionnaireSchema = "phasecheck.questionnaire/1";

struct Option {
  std::string id;
  LocalizedText label;
  std::optional<int> score;            // 0–100; none for "don't know"
  std::optional<LocalizedText> reason;  // the answer phrased as a reason (rule questions)
  bool operator==(const Option&) const = default;
};

struct Question {
  std::string id;
  LocalizedText short_title;
  LocalizedText text;
  LocalizedText help;
  bool required = true;
  std::vector<Option> options;

  const Option* find_option(std::string_view option_id) const;
  std::string option_list() const;  // "yes, partly, no" for messages
  bool operator==(const Question&) const = default;
};

struct Section {
  std::string id;
  LocalizedText title;
  LocalizedText intro;
  LocalizedText score_label;
  std::vector<Question> questions;
  bool operator==(const Section&) const = default;
};

struct NextStep {
  LocalizedText text;
  LocalizedText horizon;
  bool advice_here = false;  // {"advice": true}: where the advice that applies goes in the list
  bool operator==(const NextStep&) const = default;
};

// Answers that must all be given: each question with the options that meet it.
struct AnswerCondition {
  std::string question;
  std::vector<std::string> options;
  bool operator==(const AnswerCondition&) const = default;
};
using AnswerConditions = std::vector<AnswerCondition>;

// A lever the answers point to ("advice" in assets/questionnaire.json). Listed most important
// first; each names the answers that call for it and the phases it belongs to.
struct Advice {
  std::string id;
  std::vector<AnswerConditions> when;  // alternatives; the first one met is cited as the reason
  std::array<bool, 3> phases{};        // indexed by phase number - 1
  LocalizedText text;
  LocalizedText horizon;

  // The first alternative the answers meet, or null; `answer_of` gives a question's option id.
  const AnswerConditions* met_by(const std::function<std::string_view(std::string_view)>& answer_of) const;
  bool operator==(const Advice&) const = default;
};

struct PhaseTexts {
  LocalizedText title;
  LocalizedText conclusion;
  LocalizedText impact;
  std::vector<NextStep> next_steps;
  bool operator==(const PhaseTexts&) const = default;
};

struct Questionnaire {
  std::string version;
  int estimated_minutes = 0;
  std::vector<Section> sections;
  std::array<PhaseTexts, 3> phases;  // indexed by phase number - 1
  std::vector<Advice> advice;
  std::array<int, 3> recheck_months{};  // when to check again, 1–24 months; indexed by phase number - 1
  std::map<std::string, LocalizedText, std::less<>> messages;

  const Question* find_question(std::string_view id) const;
  const Section* section_of(std::string_view question_id) const;
  std::size_t question_count() const;
  // Every required message key is checked on load, so this lookup cannot miss.
  const std::string& message(std::string_view key, Language language) const;
  bool operator==(const Questionnaire&) const = default;
};

using QuestionnaireLoad = Checked<Questionnaire>;

QuestionnaireLoad load_questionnaire(std::string_view json_text);

// The questionnaire shipped in assets/, compiled into the program.
extern const std::string_view embedded_questionnaire_json;

// The message keys the engine uses; the loader insists on exactly these.
const std::vector<std::string>& required_message_keys();

}  // namespace phasecheck

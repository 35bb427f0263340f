#include "core/answers.hpp"

#include <cstdint>

#include "core/json_documents.hpp"
#include "core/json_fields.hpp"
#include "core/limits.hpp"

namespace phasecheck {
namespace {

using limits::kMetaFields;

// The company is a field of the app with its own limit; every other text has the general one.
std::size_t meta_text_limit(std::string_view key) {
  return key == "company" ? limits::kCompanyCharacters : limits::kMetaTextCharacters;
}

void read_answers(const Json& value, const std::string& pointer, const Questionnaire& questionnaire,
                  AnswersDocument& document, Problems& problems) {
  JsonFields fields(value, pointer, problems);
  if (!fields.valid()) return;
  for (const auto& [question_id, option] : value.items()) {
    const std::string at = pointer_child(pointer, question_id);
    const Question* question = questionnaire.find_question(question_id);
    if (!question) {
      problems.push_back({at, "unknown question id \"" + question_id + "\""});
      continue;
    }
    if (option.is_null()) continue;  // explicitly unanswered
    if (!option.is_string()) {
      problems.push_back({at, "expected an option id (a string), found " + json_type_phrase(option) +
                                  "; allowed: " + question->option_list()});
      continue;
    }
    const auto& option_id = option.get_ref<const std::string&>();
    if (!question->find_option(option_id)) {
      problems.push_back({at, "unknown option \"" + option_id.substr(0, 64) + "\" for " + question_id +
                                  "; allowed: " + question->option_list()});
      continue;
    }
    document.answers[question_id] = option_id;
  }
}

void read_meta(const Json& value, const std::string& pointer, AnswersDocument& document, Problems& problems) {
  JsonFields fields(value, pointer, problems);
  if (!fields.valid()) return;
  if (value.size() > kMetaFields) {
    problems.push_back({pointer, "more than " + std::to_string(kMetaFields) + " fields"});
    return;
  }
  for (const auto& [key, item] : value.items()) {
    const std::string at = pointer_child(pointer, key);
    if (item.is_object() || item.is_array()) {
      problems.push_back({at, "expected text, a number or true/false, found " + json_type_phrase(item)});
    } else if (item.is_string() && limits::characters(item.get_ref<const std::string&>()) > meta_text_limit(key)) {
      problems.push_back({at, "longer than " + std::to_string(meta_text_limit(key)) + " characters"});
    } else if (item.is_string()) {
      document.meta[key] = item.get<std::string>();
    } else if (item.is_boolean()) {
      document.meta[key] = item.get<bool>();
    } else if (item.is_number_unsigned()) {
      document.meta[key] = item.get<std::uint64_t>();
    } else if (item.is_number_integer()) {
      document.meta[key] = item.get<std::int64_t>();
    } else if (item.is_number()) {
      document.meta[key] = item.get<double>();
    } else if (item.is_null()) {
      document.meta[key] = nullptr;
    } else {
      problems.push_back({at, "expected text, a number or true/false, found " + json_type_phrase(item)});
    }
  }
}

}  // namespace

std::string_view AnswersDocument::answer(std::string_view question_id) const {
  auto it = answers.find(question_id);
  return it == answers.end() ? std::string_view{} : std::string_view{it->second};
}

std::string AnswersDocument::meta_text(std::string_view key) const {
  auto it = meta.find(key);
  const std::string* text = it == meta.end() ? nullptr : std::get_if<std::string>(&it->second);
  return text ? *text : std::string();
}

AnswersRead read_answers_document(const Json& root, const Questionnaire& questionnaire) {
  AnswersRead result;
  Problems& problems = result.problems;
  AnswersDocument document;
  JsonFields fields(root, "", problems);
  if (!fields.valid()) return result;
  if (auto schema = fields.string("schema", true, 64); schema && *schema != kAnswersSchema) {
    problems.push_back({"/schema", "expected \"" + std::string(kAnswersSchema) + "\", found \"" + *schema + "\""});
    return result;  // a foreign document: its other fields would only add noise
  }
  if (auto lang = fields.string("lang", false, 8)) {
    if (auto language = parse_language(*lang)) document.lang = *language;
    else problems.push_back({"/lang", "unknown language \"" + *lang + "\"; allowed: de, en"});
  }
  if (const Json* answers = fields.object("answers")) read_answers(*answers, "/answers", questionnaire, document, problems);
  if (const Json* economics = fields.object("economics", false)) document.economics = read_economics(*economics, "/economics", problems);
  if (const Json* meta = fields.object("meta", false)) read_meta(*meta, "/meta", document, problems);
  // "result" is what an export carries along; it is always computed afresh, never trusted.
  fields.reject_unknown({"schema", "lang", "answers", "economics", "meta", "result"});
  if (problems.empty()) result.value = std::move(document);
  return result;
}

AnswersRead parse_answers_document(std::string_view json_text, const Questionnaire& questionnaire) {
  JsonRead read = read_json(json_text);
  if (!read.ok()) return {std::nullopt, std::move(read.problems)};
  return read_answers_document(*read.value, questionnaire);
}

Problems missing_required_answers(const AnswersDocument& document, const Questionnaire& questionnaire) {
  Problems problems;
  for (const auto& section : questionnaire.sections) {
    for (const auto& question : section.questions) {
      if (question.required && document.answer(question.id).empty()) {
        problems.push_back({pointer_child("/answers", question.id),
                            "missing required answer; allowed: " + question.option_list()});
      }
    }
  }
  return problems;
}

Json answers_to_json(const AnswersDocument& document) {
  Json out = {{"schema", kAnswersSchema}, {"lang", language_code(document.lang)}, {"answers", Json::object()}};
  for (const auto& [question, option] : document.answers) out["answers"][question] = option;
  if (!document.economics.empty()) out["economics"] = economics_to_json(document.economics);
  for (const auto& [key, value] : document.meta) {
    std::visit([&, &key = key](const auto& v) { out["meta"][key] = v; }, value);
  }
  return out;
}

std::string answers_document_text(const AnswersDocument& document) { return answers_to_json(document).dump(); }

}  // namespace phasecheck

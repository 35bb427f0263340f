#include "core/persistence.hpp"

#include "core/json_fields.hpp"
#include "core/json_documents.hpp"
#include "core/result_document.hpp"

namespace phasecheck {
namespace {

constexpr std::string_view kStatePrefix = "phasecheck.state/";

// Keeps only answers the questionnaire knows; the rest is reported, not guessed at.
Json known_answers_only(const Json& answers, const Questionnaire& questionnaire, Problems& notes) {
  Json kept = Json::object();
  if (!answers.is_object()) {
    notes.push_back({"/answers", "not an object; no answers kept"});
    return kept;
  }
  for (const auto& [id, option] : answers.items()) {
    const Question* question = questionnaire.find_question(id);
    if (question && option.is_string() && question->find_option(option.get_ref<const std::string&>())) {
      kept[id] = option;
    } else if (!option.is_null()) {
      notes.push_back({pointer_child("/answers", id), "dropped: not a question and option of this questionnaire"});
    }
  }
  return kept;
}

std::optional<AnswersDocument> read_answers_part(Json document, const Questionnaire& questionnaire, Problems& notes) {
  document["schema"] = kAnswersSchema;
  document["answers"] = known_answers_only(document.value("answers", Json::object()), questionnaire, notes);
  AnswersRead read = read_answers_document(document, questionnaire);
  for (auto& problem : read.problems) notes.push_back(std::move(problem));
  return std::move(read.value);
}

}  // namespace

std::string encode_state(const SavedState& state) {
  Json doc = {{"schema", kStateSchema},
              {"saved_at", state.saved_at},
              {"screen", state.screen},
              {"question", state.question},
              {"answers", answers_to_json(state.answers)}};
  return doc.dump();
}

StateRead decode_state(std::string_view text, const Questionnaire& questionnaire) {
  StateRead result;
  if (text.empty()) return result;
  JsonRead read = read_json(text);
  if (!read.ok() || !read.value->is_object()) {
    result.status = StateStatus::corrupt;
    result.problems = read.ok() ? Problems{{"/", "not an object"}} : std::move(read.problems);
    return result;
  }
  const Json& doc = *read.value;
  const std::string schema = doc.contains("schema") && doc["schema"].is_string() ? doc["schema"].get<std::string>() : "";
  SavedState state;
  Json answers_part;
  if (schema.rfind(kStatePrefix, 0) == 0) {
    const std::string version = schema.substr(kStatePrefix.size());
    if (version != "1") {
      const bool newer = !version.empty() && version.find_first_not_of("0123456789") == std::string::npos && version.size() < 6 && std::stoi(version) > 1;
      result.status = newer ? StateStatus::newer : StateStatus::corrupt;
      result.problems.push_back({"/schema", "\"" + schema + "\" is not a version this check reads"});
      return result;
    }
    if (!doc.contains("answers") || !doc["answers"].is_object()) {
      result.status = StateStatus::corrupt;
      result.problems.push_back({"/answers", "missing"});
      return result;
    }
    answers_part = doc["answers"];
    if (doc.contains("screen") && doc["screen"].is_string()) state.screen = doc["screen"].get<std::string>();
    if (doc.contains("question") && doc["question"].is_number_unsigned()) state.question = doc["question"].get<std::size_t>();
    if (doc.contains("saved_at") && doc["saved_at"].is_string()) state.saved_at = doc["saved_at"].get<std::string>().substr(0, 40);
  } else if (schema == kAnswersSchema || (schema.empty() && doc.contains("answers"))) {
    answers_part = doc;  // an early autosave held just the answers document
    result.problems.push_back({"/schema", "an answers document, kept as the saved state"});
  } else {
    result.status = StateStatus::corrupt;
    result.problems.push_back({"/schema", schema.empty() ? "missing" : "\"" + schema + "\" is not a saved state"});
    return result;
  }
  auto answers = read_answers_part(answers_part, questionnaire, result.problems);
  if (!answers) {
    result.status = StateStatus::corrupt;
    return result;
  }
  state.answers = std::move(*answers);
  if (state.screen != "intro" && state.screen != "question" && state.screen != "economics" && state.screen != "result") {
    state.screen = "question";
  }
  result.status = result.problems.empty() ? StateStatus::restored : StateStatus::migrated;
  result.value = std::move(state);
  return result;
}

std::string export_document(const AnswersDocument& answers, const std::optional<Report>& report) {
  Json doc = answers_to_json(answers);
  if (report) doc["result"] = Json::parse(result_to_json(*report).dump());
  return doc.dump(2) + "\n";
}

ImportRead import_document(std::string_view text, const Questionnaire& questionnaire) {
  ImportRead result;
  JsonRead read = read_json(text);
  if (!read.ok()) {
    result.problems = std::move(read.problems);
    return result;
  }
  Json doc = std::move(*read.value);
  if (doc.is_object() && doc.contains("schema") && doc["schema"] == kStateSchema && doc.contains("answers")) {
    doc = Json(doc["answers"]);  // an autosaved state, saved as a file
    result.migrated = true;
  } else if (doc.is_object() && !doc.contains("schema") && doc.contains("answers")) {
    doc["schema"] = kAnswersSchema;  // written by hand or by an early version
    result.migrated = true;
  }
  AnswersRead answers = read_answers_document(doc, questionnaire);
  result.value = std::move(answers.value);
  result.problems = std::move(answers.problems);
  return result;
}

std::string export_filename(std::string_view company, std::string_view date) {
  std::string slug;
  auto add = [&](std::string_view part) {
    for (char c : part) {
      if (slug.size() >= 40) return;
      slug += c;
    }
  };
  for (std::size_t i = 0; i < company.size(); ++i) {
    const auto c = static_cast<unsigned char>(company[i]);
    const std::string_view rest = company.substr(i);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) add(std::string_view(&company[i], 1));
    else if (c >= 'A' && c <= 'Z') { const char lower = static_cast<char>(c - 'A' + 'a'); add(std::string_view(&lower, 1)); }
    else if (rest.rfind("\xC3\xA4", 0) == 0 || rest.rfind("\xC3\x84", 0) == 0) { add("ae"); ++i; }
    else if (rest.rfind("\xC3\xB6", 0) == 0 || rest.rfind("\xC3\x96", 0) == 0) { add("oe"); ++i; }
    else if (rest.rfind("\xC3\xBC", 0) == 0 || rest.rfind("\xC3\x9C", 0) == 0) { add("ue"); ++i; }
    else if (rest.rfind("\xC3\x9F", 0) == 0) { add("ss"); ++i; }
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() >= 40) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  std::string name = "phasecheck-";
  if (!slug.empty()) name += slug + "-";
  return name + std::string(date.substr(0, 10)) + ".json";
}

}  // namespace phasecheck

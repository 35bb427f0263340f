#include "core/persistence.hpp"

#include "core/json_fields.hpp"
#include "core/json_documents.hpp"
#include "core/result_document.hpp"
#include "core/utf8.hpp"

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

namespace {

// Characters that are no part of a name in a file name: ASCII other than letters and digits (the
// characters Windows forbids, controls, spaces, dots), and outside ASCII the controls, spaces,
// punctuation, invisible and direction-changing characters, and look-alikes of / \ : * ? " < > |.
// Letters, digits and marks of any script stay (Š, Ł, İ, Đ, ẞ, Cyrillic, Greek, CJK), and so do
// symbols such as emoji, which every system allows.
bool separates(char32_t c) {
  if (c < 0x80) return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  if (c <= 0xBF) {  // C1 controls and Latin-1 punctuation; ª ² ³ µ ¹ º ¼ ½ ¾ are letters or numbers
    return !(c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA || (c >= 0xBC && c <= 0xBE));
  }
  return c == 0xD7 || c == 0xF7                             // × ÷
         || (c >= 0x2000 && c <= 0x206F)                     // spaces, dashes, quotes, zero-width and bidi controls
         || c == 0x2215 || c == 0x29F8 || c == 0x29F9        // slash look-alikes
         || (c >= 0x3000 && c <= 0x3003)                     // ideographic space and punctuation
         || (c >= 0xE000 && c <= 0xF8FF)                     // private use
         || c == 0xFEFF                                      // byte order mark
         || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65)                        // full-width punctuation
         || (c >= 0xFFF0 && c <= 0xFFFF);                      // specials, U+FFFD for malformed bytes
}

// Combining marks belong to the letter before them: they never count towards the length, so a cut
// never separates an accent from its letter.
bool combines(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F);
}

}  // namespace

std::string export_filename(std::string_view company, std::string_view date) {
  constexpr std::size_t kMaxNameCharacters = 40;
  std::string slug;
  std::size_t counted = 0;
  for (std::size_t at = 0; at < company.size();) {
    const utf8::Decoded next = utf8::decode(company, at);
    const std::string_view bytes = company.substr(at, next.length);
    at += next.length;
    if (separates(next.code_point)) {
      if (!slug.empty() && slug.back() != '-') slug += '-';
      continue;
    }
    if (combines(next.code_point)) {
      if (!slug.empty() && slug.back() != '-') slug += bytes;
      continue;
    }
    if (counted == kMaxNameCharacters) break;
    slug += bytes;
    ++counted;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  std::string name = "phasecheck-";
  if (!slug.empty()) name += slug + "-";
  return name + std::string(date.substr(0, 10)) + ".json";
}

}  // namespace phasecheck

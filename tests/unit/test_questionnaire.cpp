#include <algorithm>
#include <functional>

#include "core/contract.hpp"
#include "core/share_link.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

Json shipped_json() { return Json::parse(std::string(embedded_questionnaire_json)); }

Problems problems_after(const std::function<void(Json&)>& edit) {
  Json doc = shipped_json();
  edit(doc);
  return load_questionnaire(doc.dump()).problems;
}

}  // namespace

TEST_CASE("the shipped questionnaire validates and fits the brief") {
  const Questionnaire& q = test::shipped();
  CHECK(q.sections.size() == 4);
  CHECK(q.question_count() >= 12);
  CHECK(q.question_count() <= 18);
  CHECK(q.estimated_minutes == 4);
  CHECK(q.question_count() == contract::kQuestions.size());
  for (const auto& expected : contract::kQuestions) {
    const Question* question = q.find_question(expected.id);
    REQUIRE_MESSAGE(question, expected.id);
    CHECK(question->options.size() == expected.option_count());
  }
}

TEST_CASE("every user-visible string exists in both languages") {
  const Questionnaire& q = test::shipped();
  auto complete = [](const LocalizedText& t) { return !t.de.empty() && !t.en.empty() && t.de != "(missing text)"; };
  for (const auto& section : q.sections) {
    CHECK(complete(section.title));
    for (const auto& question : section.questions) {
      CAPTURE(question.id);
      CHECK(complete(question.text));
      CHECK(complete(question.help));
      CHECK(complete(question.short_title));
      for (const auto& option : question.options) CHECK(complete(option.label));
    }
  }
  for (const auto& phase : q.phases) {
    CHECK(complete(phase.title));
    CHECK(phase.next_steps.size() >= 2);
  }
  for (const auto& key : required_message_keys()) {
    CAPTURE(key);
    CHECK(q.messages.count(key) == 1);
  }
}

TEST_CASE("validation names the JSON pointer of each problem") {
  struct Case {
    const char* name;
    std::function<void(Json&)> edit;
    const char* where;
    const char* what;
  };
  const std::vector<Case> cases = {
      {"wrong schema", [](Json& d) { d["schema"] = "phasecheck.questionnaire/9"; }, "/schema", "expected \"phasecheck.questionnaire/1\""},
      {"missing translation", [](Json& d) { d["sections"][2]["questions"][3]["options"][1]["label"].erase("en"); },
       "/sections/2/questions/3/options/1/label/en", "missing"},
      {"empty translation", [](Json& d) { d["sections"][0]["title"]["de"] = ""; }, "/sections/0/title/de", "empty translation"},
      {"extra language", [](Json& d) { d["sections"][0]["title"]["fr"] = "Approche"; }, "/sections/0/title/fr", "unknown field"},
      {"duplicate question id", [](Json& d) { d["sections"][1]["questions"][1]["id"] = "sales_stage"; },
       "/sections/1/questions/1/id", "duplicate question id \"sales_stage\""},
      {"duplicate option id", [](Json& d) { d["sections"][0]["questions"][1]["options"][1]["id"] = "yes"; },
       "/sections/0/questions/1/options/1/id", "duplicate option id"},
      {"bad id", [](Json& d) { d["sections"][0]["questions"][1]["id"] = "Play Book"; }, "/sections/0/questions/1/id", "not a valid question id"},
      {"score out of range", [](Json& d) { d["sections"][0]["questions"][1]["options"][0]["score"] = 101; },
       "/sections/0/questions/1/options/0/score", "between 0 and 100"},
      {"score missing", [](Json& d) { d["sections"][0]["questions"][1]["options"][0].erase("score"); },
       "/sections/0/questions/1/options/0/score", "missing"},
      {"unknown field", [](Json& d) { d["sections"][0]["questions"][0]["hint"] = "x"; }, "/sections/0/questions/0/hint", "unknown field"},
      {"renamed contract option", [](Json& d) { d["sections"][1]["questions"][0]["options"][3]["id"] = "maybe"; },
       "/sections/1/questions/0/options", "exactly the options yes, partly, no, unsure"},
      {"dropped contract question", [](Json& d) { d["sections"][3]["questions"].erase(0); }, "/sections",
       "\"optimization_status\" is missing"},
      {"question outside the contract", [](Json& d) { d["sections"][0]["questions"][1]["id"] = "playbook_new"; },
       "/sections/0/questions/1/id", "\"playbook_new\" is not in the content contract"},
      {"renamed option of an evidence question", [](Json& d) { d["sections"][2]["questions"][3]["options"][0]["id"] = "slow"; },
       "/sections/2/questions/3/options", "exactly the options slower, same, faster, unknown"},
      {"dropped option of an evidence question", [](Json& d) { d["sections"][3]["questions"][1]["options"].erase(3); },
       "/sections/3/questions/1/options", "exactly the options within_1y, 1_3y, over_3y, never"},
      {"rule question made optional", [](Json& d) { d["sections"][1]["questions"][0]["required"] = false; },
       "/sections/1/questions/0/required", "must be true"},
      {"rule answer without reason", [](Json& d) { d["sections"][1]["questions"][0]["options"][2].erase("reason"); },
       "/sections/1/questions/0/options/2/reason", "the rules cite this answer"},
      {"unknown message", [](Json& d) { d["messages"]["stage.early_hnt"] = {{"de", "x"}, {"en", "x"}}; },
       "/messages/stage.early_hnt", "unknown message key"},
      {"missing message", [](Json& d) { d["messages"].erase("stage.early_hint.optimize"); }, "/messages/stage.early_hint.optimize", "missing"},
      {"missing trigger summary", [](Json& d) { d["messages"].erase("summary.optimize.scaling_completed.yes"); },
       "/messages/summary.optimize.scaling_completed.yes", "missing"},
      {"advice on an unknown question", [](Json& d) { d["advice"][0]["when"][0] = {{"profit_trend", {"unknown"}}}; },
       "/advice/0/when/0/profit_trend", "unknown question \"profit_trend\""},
      {"advice on an unknown option", [](Json& d) { d["advice"][0]["when"][0]["profitability_trend"][0] = "unclear"; },
       "/advice/0/when/0/profitability_trend/0", "not an option of \"profitability_trend\""},
      {"advice for an unknown phase", [](Json& d) { d["advice"][0]["phases"][0] = "grow"; }, "/advice/0/phases/0",
       "expected one of scale, optimize, redesign"},
      {"advice without conditions", [](Json& d) { d["advice"][0]["when"] = Json::array(); }, "/advice/0/when", "expected 1 to 8 conditions"},
      {"duplicate advice id", [](Json& d) { d["advice"][1]["id"] = d["advice"][0]["id"]; }, "/advice/1/id", "duplicate advice id"},
      {"advice with a missing translation", [](Json& d) { d["advice"][2]["text"].erase("de"); }, "/advice/2/text/de", "missing"},
      {"steps without the advice place", [](Json& d) { d["phases"]["optimize"]["next_steps"].erase(1); },
       "/phases/optimize/next_steps", "exactly one {\"advice\": true}"},
      {"the advice place twice", [](Json& d) { d["phases"]["scale"]["next_steps"].push_back({{"advice", true}}); },
       "/phases/scale/next_steps", "found 2"},
      {"a phase summary that no longer exists", [](Json& d) { d["phases"]["scale"]["summary"] = {{"de", "x"}, {"en", "y"}}; },
       "/phases/scale/summary", "unknown field"},
      {"missing phase", [](Json& d) { d["phases"].erase("redesign"); }, "/phases/redesign", "missing"},
      {"no next steps", [](Json& d) { d["phases"]["scale"]["next_steps"] = Json::array(); }, "/phases/scale/next_steps", "next steps"},
      {"sections not an array", [](Json& d) { d["sections"] = "all"; }, "/sections", "expected an array, found a string"},
      {"one option only", [](Json& d) { d["sections"][0]["questions"][1]["options"].erase(1); d["sections"][0]["questions"][1]["options"].erase(1); },
       "/sections/0/questions/1/options", "expected 2 to 10 options"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const Problems problems = problems_after(c.edit);
    CHECK_MESSAGE(test::mentions(problems, c.where, c.what), test::all(problems));
  }
}

TEST_CASE("a questionnaire that is not JSON reports line and column") {
  QuestionnaireLoad loaded = load_questionnaire("{\"schema\": }");
  REQUIRE_FALSE(loaded.value);
  CHECK(loaded.problems[0].where == "line 1, column 12");
}

TEST_CASE("lookups") {
  const Questionnaire& q = test::shipped();
  CHECK(q.section_of("profitability_trend")->id == "economics");
  CHECK(q.find_question("nope") == nullptr);
  CHECK(q.find_question("scale_unchanged")->option_list() == "yes, partly, no, unsure");
}

TEST_CASE("reordered options validate, and old links still decode to the same answers") {
  Json reordered = shipped_json();
  for (auto& section : reordered["sections"]) {
    for (auto& question : section["questions"]) {
      auto& options = question["options"];
      std::reverse(options.begin(), options.end());
    }
  }
  QuestionnaireLoad loaded = load_questionnaire(reordered.dump());
  REQUIRE_MESSAGE(loaded.value, test::all(loaded.problems));
  CHECK(loaded.value->find_question("scale_unchanged")->options.front().id == "unsure");

  // Links written before the edit: a complete one with figures, a partial one, every option of every question.
  std::vector<std::string> links = {"a=1200000200111011~1000000,,,,,1200000,,,,", "a=1----2----------"};
  for (const auto& spec : contract::kQuestions) {
    for (std::size_t i = 0; i < spec.option_count(); ++i) {
      std::string codes(contract::kQuestions.size(), '-');
      codes[static_cast<std::size_t>(&spec - contract::kQuestions.data())] = static_cast<char>('0' + i);
      links.push_back("a=1" + codes);
    }
  }
  for (const auto& link : links) {
    CAPTURE(link);
    const ShareRead before = decode_share_fragment(link, test::shipped());
    const ShareRead after = decode_share_fragment(link, *loaded.value);
    REQUIRE_MESSAGE(before.value, test::all(before.problems));
    REQUIRE_MESSAGE(after.value, test::all(after.problems));
    CHECK(after.value->answers == before.value->answers);
    CHECK(encode_share_fragment(*after.value) == encode_share_fragment(*before.value));
  }
  ShareRead company = decode_share_fragment("a=1200000200111011", *loaded.value);
  REQUIRE(company.value);
  CHECK(company.value->answers == test::scaling_company().answers);
}

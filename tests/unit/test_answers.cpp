#include "core/limits.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

std::string with_answers(const std::string& answers_json, const std::string& extra = "") {
  return R"({"schema": "phasecheck.answers/1", "lang": "en", "answers": )" + answers_json + extra + "}";
}

}  // namespace

TEST_CASE("a valid answers document round-trips") {
  AnswersDocument doc = test::scaling_company();
  doc.lang = Language::en;
  doc.economics.current[Figure::revenue] = 5e6;
  doc.meta["company"] = std::string("Müller GmbH");
  const Json json = answers_to_json(doc);
  AnswersRead read = read_answers_document(json, test::shipped());
  REQUIRE_MESSAGE(read.value, test::all(read.problems));
  CHECK(answers_to_json(*read.value) == json);
  CHECK(read.value->lang == Language::en);
}

TEST_CASE("metadata of every kind reads back as it was written") {
  const Json json = Json::parse(R"({"schema": "phasecheck.answers/1", "lang": "de", "answers": {},
    "meta": {"company": "Müller", "visits": 3, "big": -9007199254740993, "huge": 18446744073709551615,
             "score": 2.5, "final": true, "date": null}})");
  AnswersRead read = read_answers_document(json, test::shipped());
  REQUIRE_MESSAGE(read.value, test::all(read.problems));
  CHECK(answers_to_json(*read.value) == json);
  CHECK(answers_to_json(*read.value)["meta"].dump() == json["meta"].dump());  // 3 stays 3, not 3.0
  CHECK(read.value->meta_text("company") == "Müller");
  CHECK(read.value->meta_text("visits").empty());  // not text
  CHECK(read.value->meta_text("absent").empty());
}

TEST_CASE("answers documents are refused with what and where") {
  struct Case {
    std::string text;
    const char* where;
    const char* what;
  };
  const std::vector<Case> cases = {
      {R"({"schema": "phasecheck.result/1", "answers": {}})", "/schema", "expected \"phasecheck.answers/1\""},
      {R"({"answers": {}})", "/schema", "missing"},
      {R"([1, 2])", "/", "expected an object, found an array"},
      {with_answers(R"({"scale_unchanged": "maybe"})"), "/answers/scale_unchanged",
       "unknown option \"maybe\" for scale_unchanged; allowed: yes, partly, no, unsure"},
      {with_answers(R"({"scale_unchangd": "yes"})"), "/answers/scale_unchangd", "unknown question id \"scale_unchangd\""},
      {with_answers(R"({"scale_unchanged": 1})"), "/answers/scale_unchanged", "expected an option id (a string), found a number"},
      {with_answers("[]"), "/answers", "expected an object, found an array"},
      {R"({"schema": "phasecheck.answers/1", "lang": "fr", "answers": {}})", "/lang", "unknown language \"fr\"; allowed: de, en"},
      {with_answers("{}", R"(, "extra": 1)"), "/extra", "unknown field"},
      {with_answers("{}", R"(, "meta": {"notes": {"a": 1}})"), "/meta/notes", "expected text, a number or true/false"},
      {with_answers("{}", R"(, "economics": {"current": {"revenue": "lots"}})"), "/economics/current/revenue",
       "expected a number, found a string"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    AnswersRead read = parse_answers_document(c.text, test::shipped());
    CHECK_FALSE(read.value);
    CHECK_MESSAGE(test::mentions(read.problems, c.where, c.what), test::all(read.problems));
  }
}

TEST_CASE("null answers count as unanswered and missing required answers are named") {
  AnswersRead read = parse_answers_document(with_answers(R"({"scale_unchanged": null, "sales_stage": "product"})"), test::shipped());
  REQUIRE(read.value);
  CHECK(read.value->answer("scale_unchanged").empty());
  const Problems missing = missing_required_answers(*read.value, test::shipped());
  CHECK(missing.size() == test::shipped().question_count() - 1);
  CHECK(test::mentions(missing, "/answers/scale_unchanged", "missing required answer; allowed: yes, partly, no, unsure"));
  CHECK_FALSE(test::mentions(missing, "/answers/sales_stage", "missing"));
}

TEST_CASE("an export that carries its result is accepted; the result is ignored") {
  AnswersRead read = parse_answers_document(with_answers("{}", R"(, "result": {"phase": 1})"), test::shipped());
  CHECK(read.value);
}

TEST_CASE("meta text is bounded in characters, as the visitor counts them, not in bytes") {
  const std::string notes(20001, 'x');
  AnswersRead read = parse_answers_document(with_answers("{}", R"(, "meta": {"notes": ")" + notes + "\"}"), test::shipped());
  CHECK(test::mentions(read.problems, "/meta/notes", "longer than 20000 characters"));

  std::string umlauts;  // 20 000 characters, 40 000 bytes: within the limit
  for (int i = 0; i < 20000; ++i) umlauts += "ü";
  read = parse_answers_document(with_answers("{}", R"(, "meta": {"notes": ")" + umlauts + "\"}"), test::shipped());
  REQUIRE(read.value);
  CHECK(read.value->meta_text("notes") == umlauts);

  std::string company;  // "Ü" × 150 + "X" × 50: 200 characters, 350 bytes
  for (int i = 0; i < 150; ++i) company += "Ü";
  company += std::string(50, 'X');
  read = parse_answers_document(with_answers("{}", R"(, "meta": {"company": ")" + company + "\"}"), test::shipped());
  REQUIRE(read.value);
  CHECK(read.value->meta_text("company") == company);
  read = parse_answers_document(with_answers("{}", R"(, "meta": {"company": ")" + company + "Y\"}"), test::shipped());
  CHECK(test::mentions(read.problems, "/meta/company", "longer than 200 characters"));
  CHECK(limits::characters("Grüße – „ok“ 🙂") == 14);
}

#include "core/evaluate.hpp"
#include "core/persistence.hpp"
#include "core/share_link.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

AnswersDocument with_figures() {
  AnswersDocument doc = test::scaling_company();
  doc.economics.prior[Figure::revenue] = 10e6;
  doc.economics.prior[Figure::sales_fte] = 10.5;
  doc.economics.current[Figure::revenue] = 12345678.9;
  doc.economics.current[Figure::new_customer_revenue] = 0;
  return doc;
}

}  // namespace

TEST_CASE("share link: round trip with and without figures, compact") {
  for (const AnswersDocument& doc : {test::scaling_company(), with_figures()}) {
    const std::string fragment = encode_share_fragment(doc);
    CHECK(fragment.rfind("a=1", 0) == 0);
    CHECK(fragment.size() < 120);
    ShareRead read = decode_share_fragment("#" + fragment, test::shipped());
    REQUIRE_MESSAGE(read.value, test::all(read.problems));
    CHECK(answers_to_json(*read.value)["answers"] == answers_to_json(doc)["answers"]);
    CHECK(economics_to_json(read.value->economics) == economics_to_json(doc.economics));
  }
  CHECK(encode_share_fragment(test::scaling_company()) == "a=1200000200111011");
}

TEST_CASE("share link: a figure with more than 15 significant digits comes back exactly") {
  AnswersDocument doc = test::scaling_company();
  doc.economics.current[Figure::revenue] = 11000120.00020011;  // 17 digits; "%.15g" would round it
  doc.economics.prior[Figure::revenue] = 1200000;
  const std::string fragment = encode_share_fragment(doc);
  CHECK(fragment.find("~1200000,") != std::string::npos);  // typical figures stay short
  ShareRead read = decode_share_fragment(fragment, test::shipped());
  REQUIRE_MESSAGE(read.value, test::all(read.problems));
  CHECK(read.value->economics.current[Figure::revenue] == doc.economics.current[Figure::revenue]);
}

TEST_CASE("share link: partial answers stay partial") {
  AnswersDocument doc;
  doc.answers["scale_unchanged"] = "no";
  const std::string fragment = encode_share_fragment(doc);
  CHECK(fragment == "a=1----2----------");
  ShareRead read = decode_share_fragment(fragment, test::shipped());
  REQUIRE(read.value);
  CHECK(read.value->answers.size() == 1);
}

TEST_CASE("share link: malformed or foreign fragments are refused with a reason") {
  struct Case {
    std::string fragment;
    const char* what;
  };
  const std::vector<Case> cases = {
      {"", "not a Phasencheck link"},
      {"#section-2", "not a Phasencheck link"},
      {"#a=", "unknown link version"},
      {"#a=2200000000001110", "unknown link version \"2\""},
      // A byte that is no character is quoted as U+FFFD: the message is shown, printed and written as JSON.
      {"#a=\xfe\xff\xff", "unknown link version \"\xEF\xBF\xBD\""},
      {"#a=\xC3\xA4" "2200", "unknown link version \"\xC3\xA4\""},
      {"#a=1200", "expected 15 answers, found 3"},
      {"#a=12000000000011109", "expected 15 answers, found 16"},
      {"#a=1900000000001110", "\"9\" is no option of sales_stage"},
      {"#a=1x00000000001110", "\"x\" is no option of sales_stage"},
      {"#a=1200000000001110~1,2,3", "expected 10 figures, found 3"},
      {"#a=1200000000001110~abc,,,,,,,,,", "revenue: \"abc\" is not a number"},
      {"#a=1200000000001110~-5,,,,,,,,,", "must not be negative"},
      {"#a=1200000000001110~,,,0,,,,,,", "must be greater than zero"},
      {"#a=1200000000001110~1e400,,,,,,,,,", "is not a number"},
      {"#a=1" + std::string(700, '0'), "longer than 600 characters"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.fragment.substr(0, 60));
    ShareRead read = decode_share_fragment(c.fragment, test::shipped());
    CHECK_FALSE(read.value);
    REQUIRE_FALSE(read.problems.empty());
    CHECK_MESSAGE(test::all(read.problems).find(c.what) != std::string::npos, test::all(read.problems));
  }
}

TEST_CASE("saved state: round trip, and every kind of stored text") {
  SavedState state{with_figures(), "question", 7, "2026-11-28T10:00:00Z"};
  state.answers.meta["company"] = std::string("Müller <GmbH>");
  StateRead read = decode_state(encode_state(state), test::shipped());
  REQUIRE(read.status == StateStatus::restored);
  CHECK(read.problems.empty());
  CHECK(read.value->screen == "question");
  CHECK(read.value->question == 7);
  CHECK(read.value->saved_at == "2026-11-28T10:00:00Z");
  CHECK(answers_to_json(read.value->answers) == answers_to_json(state.answers));

  CHECK(decode_state("", test::shipped()).status == StateStatus::empty);
  CHECK(decode_state("{not json", test::shipped()).status == StateStatus::corrupt);
  CHECK(decode_state("[1,2]", test::shipped()).status == StateStatus::corrupt);
  CHECK(decode_state(R"({"schema": "phasecheck.state/1"})", test::shipped()).status == StateStatus::corrupt);
  CHECK(decode_state(R"({"schema": "something/1", "answers": {}})", test::shipped()).status == StateStatus::corrupt);
  const StateRead newer = decode_state(R"({"schema": "phasecheck.state/7", "answers": {}})", test::shipped());
  CHECK(newer.status == StateStatus::newer);
  CHECK_FALSE(newer.value);
}

TEST_CASE("saved state: older documents are migrated, unknown answers dropped with a note") {
  const StateRead bare = decode_state(R"({"schema": "phasecheck.answers/1", "answers": {"scale_unchanged": "yes"}})", test::shipped());
  REQUIRE(bare.status == StateStatus::migrated);
  CHECK(bare.value->answers.answer("scale_unchanged") == "yes");

  const StateRead outdated = decode_state(
      R"({"schema": "phasecheck.state/1", "screen": "question", "question": 3,
          "answers": {"schema": "phasecheck.answers/1", "answers": {"scale_unchanged": "yes", "old_question": "x", "sales_stage": "retired"}}})",
      test::shipped());
  REQUIRE(outdated.status == StateStatus::migrated);
  CHECK(outdated.value->answers.answers.size() == 1);
  CHECK(test::mentions(outdated.problems, "/answers/old_question", "dropped"));
  CHECK(test::mentions(outdated.problems, "/answers/sales_stage", "dropped"));
}

TEST_CASE("export → import gives back the same answers, figures and notes") {
  AnswersDocument doc = with_figures();
  doc.meta["company"] = std::string("Müller & Söhne");
  doc.meta["notes"] = std::string("Zeile 1\nZeile 2 – „Zitat“");
  EvaluateOutcome outcome = evaluate_answers(doc, test::shipped());
  const std::string file = export_document(doc, outcome.value);
  CHECK(file.find("\"result\"") != std::string::npos);
  ImportRead read = import_document(file, test::shipped());
  REQUIRE_MESSAGE(read.value, test::all(read.problems));
  CHECK_FALSE(read.migrated);
  CHECK(answers_to_json(*read.value) == answers_to_json(doc));
  CHECK(export_document(*read.value, outcome.value) == file);
}

TEST_CASE("import refuses what it cannot trust and migrates what it can") {
  CHECK_FALSE(import_document("not json", test::shipped()).value);
  CHECK_FALSE(import_document(R"({"schema": "phasecheck.answers/1", "answers": {"nope": "yes"}})", test::shipped()).value);
  CHECK_FALSE(import_document(R"({"schema": "phasecheck.result/1", "phase": 1})", test::shipped()).value);
  const ImportRead legacy = import_document(R"({"answers": {"scale_unchanged": "no"}})", test::shipped());
  REQUIRE(legacy.value);
  CHECK(legacy.migrated);
  const ImportRead state = import_document(
      R"({"schema": "phasecheck.state/1", "answers": {"schema": "phasecheck.answers/1", "answers": {"sales_stage": "product"}}})",
      test::shipped());
  REQUIRE(state.value);
  CHECK(state.migrated);
}

TEST_CASE("export file names are safe everywhere") {
  CHECK(export_filename("Müller & Söhne GmbH", "2026-11-28") == "phasecheck-Müller-Söhne-GmbH-2026-11-28.json");
  CHECK(export_filename("", "2026-11-28") == "phasecheck-2026-11-28.json");
  CHECK(export_filename("../../etc/passwd", "2026-11-28") == "phasecheck-etc-passwd-2026-11-28.json");
  CHECK(export_filename("<script>", "2026-11-28T09:00") == "phasecheck-script-2026-11-28.json");
  CHECK(export_filename(std::string(200, 'a'), "2026-11-28").size() <= 11 + 40 + 1 + 15);
  // Every character Windows, macOS or Linux forbid, and controls, become one hyphen between words.
  CHECK(export_filename("a\\b/c:d*e?f\"g<h>i|j\tk\x01l", "2026-11-28") == "phasecheck-a-b-c-d-e-f-g-h-i-j-k-l-2026-11-28.json");
}

TEST_CASE("export file names keep the letters of every script") {
  CHECK(export_filename("Škoda Łódź İstanbul Đorđević ẞ", "2026-11-28") ==
        "phasecheck-Škoda-Łódź-İstanbul-Đorđević-ẞ-2026-11-28.json");
  CHECK(export_filename("Ελλάδα ΑΕ", "2026-11-28") == "phasecheck-Ελλάδα-ΑΕ-2026-11-28.json");
  CHECK(export_filename("ООО «Москва»", "2026-11-28") == "phasecheck-ООО-Москва-2026-11-28.json");
  CHECK(export_filename("Çelik A.Ş.", "2026-11-28") == "phasecheck-Çelik-A-Ş-2026-11-28.json");
  // A letter written with a combining accent keeps it, also where the name is cut.
  CHECK(export_filename("S\u030Ckoda", "2026-11-28") == "phasecheck-S\u030Ckoda-2026-11-28.json");
  CHECK(export_filename(std::string(39, 'a') + "S\u030Cx", "2026-11-28") ==
        "phasecheck-" + std::string(39, 'a') + "S\u030C-2026-11-28.json");
  CHECK(export_filename(std::string(50, 'a'), "2026-11-28") == "phasecheck-" + std::string(40, 'a') + "-2026-11-28.json");
  // Cut after 40 characters, not bytes: never inside a letter.
  std::string cyrillic;
  for (int i = 0; i < 50; ++i) cyrillic += "Ж";
  std::string forty;
  for (int i = 0; i < 40; ++i) forty += "Ж";
  CHECK(export_filename(cyrillic, "2026-11-28") == "phasecheck-" + forty + "-2026-11-28.json");
  // Invisible, direction-changing and look-alike characters go: U+202E would show the name backwards.
  CHECK(export_filename("Evil\u202Egpj.exe", "2026-11-28") == "phasecheck-Evil-gpj-exe-2026-11-28.json");
  CHECK(export_filename("A\uFF0FB\u2215C\u00A0D\u200BE", "2026-11-28") == "phasecheck-A-B-C-D-E-2026-11-28.json");
  // Malformed UTF-8 is a separator, not a byte passed on.
  CHECK(export_filename("A\xC3(B\xFF", "2026-11-28") == "phasecheck-A-B-2026-11-28.json");
  // Emoji are allowed in file names everywhere; they stay as typed.
  CHECK(export_filename("Café ☕", "2026-11-28") == "phasecheck-Café-☕-2026-11-28.json");
}

#include "app/assessment_flow.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

void answer_all(AssessmentFlow& flow, const AnswersDocument& answers) {
  flow.start();
  for (std::size_t i = 0; i < flow.question_count(); ++i) {
    REQUIRE(flow.screen() == Screen::question);
    flow.choose(answers.answer(flow.question().id));
    REQUIRE(flow.next());
  }
}

}  // namespace

TEST_CASE("a visitor's path: intro, every question, figures, result") {
  AssessmentFlow flow(test::shipped(), Language::de);
  CHECK(flow.screen() == Screen::intro);
  answer_all(flow, test::scaling_company());
  CHECK(flow.screen() == Screen::economics);
  CHECK_FALSE(flow.report());
  flow.skip_figures();
  REQUIRE(flow.screen() == Screen::result);
  REQUIRE(flow.report());
  CHECK(flow.report()->phase == 1);
  CHECK(flow.report()->lang == Language::de);
}

TEST_CASE("next refuses an unanswered question with a hint; choosing clears it") {
  AssessmentFlow flow(test::shipped(), Language::en);
  flow.start();
  CHECK_FALSE(flow.next());
  CHECK(flow.missing_hint());
  CHECK(flow.question_index() == 0);
  flow.choose("nonsense");  // unknown ids are ignored
  CHECK(flow.chosen_option().empty());
  flow.choose("product");
  CHECK_FALSE(flow.missing_hint());
  CHECK(flow.next());
  CHECK(flow.question_index() == 1);
}

TEST_CASE("back keeps answers and walks to the intro") {
  AssessmentFlow flow(test::shipped(), Language::de);
  flow.start();
  flow.choose("solution");
  flow.next();
  flow.back();
  CHECK(flow.chosen_option() == "solution");
  flow.back();
  CHECK(flow.screen() == Screen::intro);
}

TEST_CASE("figures: typed in the visitor's notation, refused per field, kept on error") {
  AssessmentFlow flow(test::shipped(), Language::de);
  answer_all(flow, test::scaling_company());
  flow.figure(Year::prior, Figure::revenue).text = "10.000.000";
  flow.figure(Year::prior, Figure::gross_margin).text = "12.000.000";  // more than revenue
  flow.figure(Year::current, Figure::revenue).text = "zehn";
  flow.figure(Year::current, Figure::sales_fte).text = "0";
  CHECK_FALSE(flow.submit_figures());
  CHECK(flow.screen() == Screen::economics);
  CHECK(flow.figure(Year::prior, Figure::revenue).error_key.empty());
  CHECK(flow.figure(Year::prior, Figure::gross_margin).error_key == "figures.error.exceeds_revenue");
  CHECK(flow.figure(Year::current, Figure::revenue).error_key == "figures.error.not_a_number");
  CHECK(flow.figure(Year::current, Figure::sales_fte).error_key == "figures.error.zero");
  CHECK(flow.figure(Year::current, Figure::revenue).text == "zehn");

  flow.figure(Year::prior, Figure::gross_margin).text = "4.000.000";
  flow.figure(Year::current, Figure::revenue).text = "11.000.000,50";
  flow.figure(Year::current, Figure::sales_fte).text = " 12 ";
  REQUIRE(flow.submit_figures());
  CHECK(flow.answers().economics.current[Figure::revenue] == doctest::Approx(11000000.5));
  CHECK(flow.answers().economics.current[Figure::sales_fte] == 12);
  REQUIRE(flow.report()->economics);
}

TEST_CASE("switching language re-words the result and re-writes typed figures") {
  AssessmentFlow flow(test::shipped(), Language::de);
  answer_all(flow, test::scaling_company());
  flow.figure(Year::current, Figure::revenue).text = "1.250.000,5";
  REQUIRE(flow.submit_figures());
  CHECK(flow.report()->title == "Skalieren");
  flow.set_language(Language::en);
  CHECK(flow.report()->title == "Scale");
  flow.back();
  CHECK(flow.figure(Year::current, Figure::revenue).text == "1250000.5");
}

TEST_CASE("load: complete answers show the result, incomplete resume where they stop, language stays") {
  AssessmentFlow flow(test::shipped(), Language::en);
  AnswersDocument doc = test::scaling_company();
  doc.lang = Language::de;
  flow.load(doc);
  CHECK(flow.screen() == Screen::result);
  CHECK(flow.language() == Language::en);
  doc.answers.erase("hiring_capacity");
  flow.load(doc);
  CHECK(flow.screen() == Screen::question);
  CHECK(flow.question().id == "hiring_capacity");
  CHECK_FALSE(flow.report());
}

TEST_CASE("a changed answer withdraws the result; restart clears everything") {
  AssessmentFlow flow(test::shipped(), Language::de);
  flow.load(test::scaling_company());
  const auto revision = flow.revision();
  flow.change_answers();
  flow.choose("contact");
  CHECK_FALSE(flow.report());
  CHECK(flow.revision() > revision);
  flow.restart();
  CHECK(flow.screen() == Screen::intro);
  CHECK(flow.answers().answers.empty());
  CHECK(flow.language() == Language::de);
}

// #11, item 4: "continue without figures" used to clear every field at once.
TEST_CASE("continuing without figures leaves typed figures out of the result, and keeps them") {
  AssessmentFlow flow(test::shipped(), Language::de);
  answer_all(flow, test::scaling_company());
  flow.set_text("field:prior:revenue", "10.000.000");
  flow.set_text("field:current:revenue", "11.000.000");
  flow.set_text("field:current:sales_fte", "zwölf");  // not a number: kept as typed all the same
  flow.skip_figures();
  REQUIRE(flow.screen() == Screen::result);
  REQUIRE(flow.report());
  CHECK_FALSE(flow.report()->economics);  // the result does without them
  CHECK(flow.answers().economics.empty());
  flow.back();
  REQUIRE(flow.screen() == Screen::economics);
  CHECK(flow.figure(Year::prior, Figure::revenue).text == "10.000.000");
  CHECK(flow.figure(Year::current, Figure::revenue).text == "11.000.000");
  CHECK(flow.figure(Year::current, Figure::sales_fte).text == "zwölf");
  CHECK(flow.figure(Year::current, Figure::sales_cost).text.empty());

  // The answers document (saved state, file) carries them, and a later page shows them again,
  // in the notation of its language.
  const AnswersRead reread = parse_answers_document(answers_document_text(flow.answers()), test::shipped());
  REQUIRE(reread.value);
  AssessmentFlow later(test::shipped(), Language::en);
  later.load(*reread.value);
  REQUIRE(later.screen() == Screen::result);
  CHECK_FALSE(later.report()->economics);
  later.back();
  CHECK(later.figure(Year::prior, Figure::revenue).text == "10000000");
  CHECK(later.figure(Year::current, Figure::sales_fte).text == "zwölf");
}

TEST_CASE("figures kept out of a result count once used; cleared fields drop them") {
  AssessmentFlow flow(test::shipped(), Language::de);
  answer_all(flow, test::scaling_company());
  flow.set_text("field:prior:revenue", "10.000.000");
  flow.set_text("field:current:revenue", "11.000.000");
  CHECK_FALSE(flow.figures_not_used());
  flow.skip_figures();
  CHECK(flow.figures_not_used());
  REQUIRE(flow.use_figures());
  CHECK_FALSE(flow.figures_not_used());
  REQUIRE(flow.report()->economics);
  CHECK(flow.answers().economics.current[Figure::revenue] == 11000000);

  // One that is not a number: "use" shows the figures step with the field marked.
  flow.back();
  flow.set_text("field:current:revenue", "elf");
  flow.skip_figures();
  CHECK_FALSE(flow.use_figures());
  CHECK(flow.screen() == Screen::economics);
  CHECK(flow.figure(Year::current, Figure::revenue).error_key == "figures.error.not_a_number");
  // Emptied fields and "show my result": nothing kept, nothing counted.
  flow.set_text("field:prior:revenue", "");
  flow.set_text("field:current:revenue", "");
  REQUIRE(flow.submit_figures());
  CHECK_FALSE(flow.figures_not_used());
  CHECK(flow.answers().meta.empty());
}

TEST_CASE("typed figures survive going back to the questions and on again") {
  AssessmentFlow flow(test::shipped(), Language::de);
  answer_all(flow, test::scaling_company());
  flow.set_text("field:current:revenue", "11.000.000");
  flow.back();
  CHECK(flow.screen() == Screen::question);
  REQUIRE(flow.next());
  REQUIRE(flow.screen() == Screen::economics);
  CHECK(flow.figure(Year::current, Figure::revenue).text == "11.000.000");
}

// #11, item 12: changing one answer took 16 clicks, from question 1 through the figures step.
TEST_CASE("one answer changed from the result: that question, then straight back to the result") {
  AssessmentFlow flow(test::shipped(), Language::de);
  EconomicsInput figures;
  figures.current[Figure::revenue] = 11000000;
  flow.load(test::scaling_company_with({}, figures));
  REQUIRE(flow.report()->phase == 1);
  flow.edit_answer("scale_unchanged");
  REQUIRE(flow.screen() == Screen::question);
  CHECK(flow.question().id == "scale_unchanged");
  CHECK(flow.chosen_option() == "yes");
  CHECK(flow.result_within_reach());
  flow.choose("no");
  REQUIRE(flow.return_to_result());
  CHECK(flow.screen() == Screen::result);
  CHECK(flow.report()->phase != 1);
  CHECK(flow.answers().answers.at("scale_unchanged") == "no");
  CHECK(flow.answers().economics.current[Figure::revenue] == 11000000);  // the figures still count

  // Back and next still walk; the way back to the result stays on every question.
  flow.edit_answer("market_exhaustion");
  const std::size_t index = flow.question_index();
  REQUIRE(flow.next());
  CHECK(flow.question_index() == index + 1);
  CHECK(flow.result_within_reach());
  flow.back();
  flow.back();
  CHECK(flow.question_index() == index - 1);
  CHECK(flow.return_to_result());
  flow.edit_answer("no_such_question");  // ignored
  CHECK(flow.screen() == Screen::result);
}

TEST_CASE("the way back to the result exists only once there was one") {
  AssessmentFlow flow(test::shipped(), Language::de);
  flow.start();
  CHECK_FALSE(flow.result_within_reach());
  flow.choose("solution");
  CHECK_FALSE(flow.return_to_result());  // incomplete: stays, the first open question shows
  CHECK(flow.screen() == Screen::question);
  flow.load(test::scaling_company());
  flow.change_answers();
  CHECK(flow.question_index() == 0);
  CHECK(flow.result_within_reach());
  flow.restart();
  flow.start();
  CHECK_FALSE(flow.result_within_reach());
}

// #11, item 3: what "start over" keeps for its undo is exactly what was there.
TEST_CASE("a snapshot brings back everything, in the visitor's current language") {
  AssessmentFlow flow(test::shipped(), Language::de);
  EconomicsInput figures;
  figures.prior[Figure::revenue] = 10000000;
  flow.load(test::scaling_company_with({{"hiring_capacity", "no"}}, figures));
  flow.set_text("field:company", "Müller GmbH");
  flow.set_text("field:notes", "Workshop im März");
  flow.back();
  flow.set_text("field:current:revenue", "12,5 Mio");  // typed, not yet submitted
  const AssessmentFlow::Snapshot kept = flow.snapshot();
  const std::string answers_before = answers_document_text(flow.answers());
  flow.restart();
  CHECK(flow.answers().answers.empty());
  CHECK(flow.text("field:current:revenue")->empty());
  flow.restore(kept);
  CHECK(flow.screen() == Screen::economics);
  CHECK(answers_document_text(flow.answers()) == answers_before);
  CHECK(*flow.text("field:company") == "Müller GmbH");
  CHECK(*flow.text("field:notes") == "Workshop im März");
  CHECK(*flow.text("field:prior:revenue") == "10000000");
  CHECK(*flow.text("field:current:revenue") == "12,5 Mio");
  REQUIRE(flow.report());

  flow.restart();
  flow.set_language(Language::en);
  flow.restore(kept);
  CHECK(flow.language() == Language::en);
  CHECK(flow.report()->lang == Language::en);
  CHECK(*flow.text("field:prior:revenue") == "10000000");
}

TEST_CASE("a language switch away from the result re-words it and leaves the visitor where they are") {
  AssessmentFlow flow(test::shipped(), Language::de);
  flow.load(test::scaling_company());
  flow.edit_answer("hiring_capacity");
  flow.set_language(Language::en);
  CHECK(flow.screen() == Screen::question);
  CHECK(flow.question().id == "hiring_capacity");
  CHECK(flow.report()->lang == Language::en);
  flow.return_to_result();
  flow.back();
  REQUIRE(flow.screen() == Screen::economics);
  flow.set_language(Language::de);
  CHECK(flow.screen() == Screen::economics);
}

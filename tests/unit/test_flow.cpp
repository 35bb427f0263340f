#include <algorithm>

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

TEST_CASE("typed text is counted in characters: kept whole within the limit, refused visibly beyond it, never cut") {
  AssessmentFlow flow(test::shipped(), Language::de);
  flow.load(test::scaling_company());
  std::string company;  // 200 characters, 350 bytes: the input accepts it, so must the app
  for (int i = 0; i < 150; ++i) company += "Ü";
  company += std::string(50, 'X');
  REQUIRE(flow.set_text("field:company", company));
  CHECK(*flow.text("field:company") == company);
  CHECK(flow.answers().meta_text("company") == company);
  CHECK(flow.text_excess("field:company") == 0);

  flow.set_text("field:company", company + "YZ");
  CHECK(*flow.text("field:company") == company + "YZ");  // kept as typed, so the visitor can shorten it
  CHECK(flow.text_excess("field:company") == 2);          // and the field says by how much
  CHECK(flow.answers().meta_text("company") == company);  // not taken into the answers

  std::string notes;  // 15 004 characters pasted, 30 008 bytes
  for (int i = 0; i < 15004; ++i) notes += "ä";
  flow.set_text("field:notes", notes);
  CHECK(*flow.text("field:notes") == notes);
  CHECK(flow.answers().meta_text("notes") == notes);
  CHECK(flow.text_excess("field:notes") == 0);
  flow.set_text("field:notes", notes + std::string(5000, 'x'));
  CHECK(flow.text_excess("field:notes") == 4);
  CHECK(flow.answers().meta_text("notes") == notes);

  flow.back();  // to the figures: a figure over its 32 characters is refused at the field, not cut
  const std::string long_figure = "1.000.000.000.000.000.000.000.000,0";
  flow.set_text("field:current:revenue", long_figure);
  CHECK(flow.figure(Year::current, Figure::revenue).error_key == "ui.field.too_long");
  CHECK_FALSE(flow.submit_figures());
  CHECK(flow.figure(Year::current, Figure::revenue).text == long_figure);
  CHECK(flow.text_excess("field:current:revenue") == 3);
}

TEST_CASE("figures in German notation in the English UI: unambiguous ones are read, ambiguous ones asked at the field") {
  AssessmentFlow flow(test::shipped(), Language::en);
  answer_all(flow, test::scaling_company());
  flow.figure(Year::prior, Figure::revenue).text = "1.000.000";  // grouping that repeats: no doubt
  flow.figure(Year::prior, Figure::sales_cost).text = "120.000,50";
  flow.figure(Year::current, Figure::revenue).text = "1,000,000";
  flow.figure(Year::current, Figure::sales_cost).text = "150.000";  // 150, or 150,000?
  CHECK_FALSE(flow.submit_figures());
  CHECK(flow.screen() == Screen::economics);
  CHECK(flow.figure(Year::prior, Figure::revenue).error_key.empty());
  CHECK(flow.figure(Year::prior, Figure::sales_cost).error_key.empty());
  const FigureEntry& cost = flow.figure(Year::current, Figure::sales_cost);
  CHECK(cost.error_key.empty());
  REQUIRE(cost.readings.size() == 2);
  CHECK(cost.readings[0] == 150);
  CHECK(cost.readings[1] == 150000);
  CHECK(flow.has_figure_errors());
  CHECK_FALSE(flow.submit_figures());  // never a guess

  flow.choose_reading(Year::current, Figure::sales_cost, 1);
  CHECK(cost.text == "150000");
  CHECK(cost.readings.empty());
  CHECK_FALSE(flow.has_figure_errors());
  CHECK_FALSE(flow.has_figure_doubts());
  REQUIRE(flow.submit_figures());
  CHECK(flow.answers().economics.prior[Figure::revenue] == 1000000);
  CHECK(flow.answers().economics.prior[Figure::sales_cost] == doctest::Approx(120000.5));
  CHECK(flow.answers().economics.current[Figure::sales_cost] == 150000);
  const auto& indicators = flow.report()->economics->indicators;
  const auto ratio = std::find_if(indicators.begin(), indicators.end(), [](const ReportIndicator& i) { return i.id == "sales_cost_ratio"; });
  REQUIRE(ratio != indicators.end());
  CHECK(ratio->current_text == "15.0%");
}

TEST_CASE("a figure that looks like a slip is a question at the field, not a block") {
  AssessmentFlow flow(test::shipped(), Language::en);
  answer_all(flow, test::scaling_company());
  flow.figure(Year::current, Figure::revenue).text = "1,000,000";
  flow.figure(Year::current, Figure::sales_cost).text = "150.000";
  CHECK_FALSE(flow.submit_figures());
  flow.choose_reading(Year::current, Figure::sales_cost, 0);  // €150 against €1,000,000: 0.0 %
  const FigureEntry& cost = flow.figure(Year::current, Figure::sales_cost);
  REQUIRE(cost.doubt);
  CHECK(cost.doubt->kind == FigureDoubt::Kind::cost_ratio_low);
  CHECK(flow.has_figure_doubts());
  CHECK_FALSE(flow.has_figure_errors());
  CHECK_FALSE(flow.submit_figures());  // the first press stops once, so the question is seen
  CHECK(flow.screen() == Screen::economics);
  REQUIRE(flow.submit_figures());      // the next goes on with the figures as they are
  CHECK(flow.answers().economics.current[Figure::sales_cost] == 150);

  // "Ja, stimmt": the question goes, and the result follows at once.
  AssessmentFlow confirmed(test::shipped(), Language::de);
  answer_all(confirmed, test::scaling_company());
  confirmed.figure(Year::prior, Figure::revenue).text = "1.000.000";
  confirmed.figure(Year::current, Figure::revenue).text = "12.000.000";  // twelvefold
  confirmed.leave_field("field:current:revenue");
  const FigureEntry& revenue = confirmed.figure(Year::current, Figure::revenue);
  REQUIRE(revenue.doubt);
  CHECK(revenue.doubt->kind == FigureDoubt::Kind::tenfold_change);
  CHECK(revenue.doubt->reference == 1000000);
  confirmed.confirm_figure(Year::current, Figure::revenue);
  CHECK_FALSE(revenue.doubt);
  REQUIRE(confirmed.submit_figures());
  confirmed.back();  // the confirmed figure is not doubted again
  CHECK_FALSE(confirmed.has_figure_doubts());
  // A changed figure is a new question.
  confirmed.set_text("field:current:revenue", "13.000.000");
  confirmed.leave_field("field:current:revenue");
  CHECK(confirmed.has_figure_doubts());
}

TEST_CASE("a figure is checked when the visitor leaves its field, not only at \"Zum Ergebnis\"") {
  AssessmentFlow flow(test::shipped(), Language::de);
  answer_all(flow, test::scaling_company());
  flow.set_text("field:current:revenue", "12.5.00");
  CHECK(flow.figure(Year::current, Figure::revenue).error_key.empty());  // typing is not interrupted
  flow.leave_field("field:current:revenue");
  CHECK(flow.figure(Year::current, Figure::revenue).error_key == "figures.error.not_a_number");
  CHECK(flow.screen() == Screen::economics);
  flow.set_text("field:current:revenue", "1.000.000");  // typing again withdraws the refusal
  CHECK(flow.figure(Year::current, Figure::revenue).error_key.empty());
  flow.set_text("field:current:gross_margin", "2.000.000");
  flow.leave_field("field:current:gross_margin");  // held against the revenue as soon as it is left
  CHECK(flow.figure(Year::current, Figure::gross_margin).error_key == "figures.error.exceeds_revenue");
  flow.set_text("field:current:sales_fte", "1,500");  // 1.5 or 1,500 reps?
  flow.leave_field("field:current:sales_fte");
  CHECK(flow.figure(Year::current, Figure::sales_fte).readings.size() == 2);
}

TEST_CASE("switching language keeps what a figure means, and an open question open") {
  AssessmentFlow flow(test::shipped(), Language::en);
  answer_all(flow, test::scaling_company());
  flow.figure(Year::current, Figure::sales_fte).text = "12.345";
  flow.figure(Year::prior, Figure::sales_fte).text = "12.500";
  CHECK_FALSE(flow.submit_figures());
  flow.choose_reading(Year::current, Figure::sales_fte, 0);  // 12.345 reps, as written in English
  CHECK(flow.figure(Year::current, Figure::sales_fte).text == "12.345");
  flow.set_language(Language::de);
  CHECK(flow.figure(Year::current, Figure::sales_fte).text == "12,345");
  CHECK(flow.figure(Year::prior, Figure::sales_fte).text == "12.500");  // still asked: 12.5 or 12,500?
  REQUIRE(flow.figure(Year::prior, Figure::sales_fte).readings.size() == 2);
  CHECK_FALSE(flow.submit_figures());
  CHECK(flow.figure(Year::prior, Figure::sales_fte).readings.size() == 2);
  flow.choose_reading(Year::prior, Figure::sales_fte, 0);
  CHECK(flow.figure(Year::prior, Figure::sales_fte).text == "12,5");
  REQUIRE(flow.submit_figures());
  CHECK(flow.answers().economics.current[Figure::sales_fte] == doctest::Approx(12.345));
  CHECK(flow.answers().economics.prior[Figure::sales_fte] == doctest::Approx(12.5));
}

// #11, item 11: a pick on a question seen for the first time moves on by itself, once the choice has shown.
namespace {

// Frames of 1/60 s until the flow is no longer at `step` (or a second passed); the seconds it took.
double frames_until_moved(AssessmentFlow& flow) {
  const AssessmentFlow::Step at = flow.step();
  double seconds = 0;
  flow.tick(10.0);  // the frame that shows the pick, after a long idle spell: it does not count
  while (flow.step() == at && seconds < 1.0) {
    flow.tick(1.0 / 60);
    seconds += 1.0 / 60;
  }
  return flow.step() == at ? -1.0 : seconds;
}

}  // namespace

TEST_CASE("a pick moves on by itself after a visible moment; a second pick meanwhile restarts it") {
  AssessmentFlow flow(test::shipped(), Language::de);
  flow.start();
  flow.choose("solution", true);
  CHECK(flow.advance_pending());
  const double waited = frames_until_moved(flow);
  CHECK(waited >= AssessmentFlow::kAdvanceDelay - 1e-9);
  CHECK(waited < AssessmentFlow::kAdvanceDelay + 0.05);
  CHECK(flow.question_index() == 1);
  CHECK_FALSE(flow.advance_pending());

  // Changing the pick while the first one shows: the new one counts, and moves on once.
  flow.choose("yes", true);
  flow.tick(0);
  flow.tick(0.3);
  flow.choose("partly", true);
  CHECK(flow.advance_pending());
  CHECK(frames_until_moved(flow) > 0);
  CHECK(flow.question_index() == 2);
  CHECK(flow.answers().answers.at("playbook_documented") == "partly");

  // "Weiß nicht" is an answer like any other.
  flow.choose("unknown", true);
  CHECK(frames_until_moved(flow) > 0);
  CHECK(flow.question_index() == 3);

  // "Next" (or Enter) during the moment moves once, not twice.
  flow.choose("over_50", true);
  REQUIRE(flow.next());
  CHECK(flow.question_index() == 4);
  CHECK_FALSE(flow.advance_pending());
  flow.tick(0);
  flow.tick(1.0);
  CHECK(flow.question_index() == 4);

  // Back during the moment: the visitor stays where they went.
  flow.choose("yes", true);
  flow.back();
  flow.tick(0);
  flow.tick(1.0);
  CHECK(flow.question_index() == 3);
}

TEST_CASE("no auto-advance when the visitor came back to change an answer, from the result, or with the help open") {
  AssessmentFlow flow(test::shipped(), Language::de);
  flow.start();
  flow.choose("solution", true);
  frames_until_moved(flow);
  REQUIRE(flow.question_index() == 1);
  // Back, then the same answer again or another one: they leave by themselves.
  flow.back();
  flow.choose("solution", true);
  CHECK_FALSE(flow.advance_pending());
  flow.choose("product", true);
  CHECK_FALSE(flow.advance_pending());
  CHECK(frames_until_moved(flow) < 0);
  CHECK(flow.question_index() == 0);
  REQUIRE(flow.next());

  // The view passes may_advance = false while the help is open.
  flow.choose("yes", false);
  CHECK_FALSE(flow.advance_pending());
  CHECK(frames_until_moved(flow) < 0);

  // Changing one answer from the result's overview (item 12): the way back to the result stays one step.
  flow.load(test::scaling_company());
  flow.edit_answer("scale_unchanged");
  flow.choose("no", true);
  CHECK_FALSE(flow.advance_pending());
  CHECK(frames_until_moved(flow) < 0);
  CHECK(flow.return_to_result());
}

TEST_CASE("go_to returns to a step the visitor was at, keeping what was entered") {
  AssessmentFlow flow(test::shipped(), Language::de);
  answer_all(flow, test::scaling_company());
  flow.set_text("field:current:revenue", "11.000.000");
  flow.go_to({Screen::question, 3});
  CHECK(flow.screen() == Screen::question);
  CHECK(flow.question_index() == 3);
  flow.go_to({Screen::economics, 0});
  CHECK(flow.figure(Year::current, Figure::revenue).text == "11.000.000");
  flow.skip_figures();
  REQUIRE(flow.screen() == Screen::result);
  flow.go_to({Screen::question, 14});
  flow.go_to({Screen::result, 0});
  CHECK(flow.screen() == Screen::result);
  flow.go_to({Screen::question, 99});  // clamped to the last question
  CHECK(flow.question_index() == flow.question_count() - 1);

  // The result needs complete answers: without, the first open question shows.
  AssessmentFlow fresh(test::shipped(), Language::de);
  fresh.start();
  fresh.choose("solution");
  fresh.go_to({Screen::result, 0});
  CHECK(fresh.screen() == Screen::question);
  CHECK(fresh.question_index() == 1);
}

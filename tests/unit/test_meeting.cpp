// Meeting mode (issue #14, docs/meeting.md): participants, merging files, divergence, the agreed
// view and the joint recommendation, before and after.
#include "core/meeting.hpp"
#include "core/meeting_baseline.hpp"
#include "core/meeting_divergence.hpp"
#include "core/meeting_results.hpp"
#include "core/share_link.hpp"
#include "core/utf8.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

Meeting with(std::initializer_list<std::pair<std::string, AnswersDocument>> people) {
  Meeting meeting;
  for (const auto& [name, answers] : people) {
    MeetingChange added = add_participant(meeting, name, answers);
    REQUIRE(added.value);
    meeting = *added.value;
  }
  return meeting;
}

const QuestionDivergence& row_of(const std::vector<QuestionDivergence>& rows, std::string_view question) {
  for (const auto& row : rows) {
    if (row.question_id == question) return row;
  }
  FAIL("no row for " << question);
  return rows.front();
}

std::string file_of(const AnswersDocument& answers) { return answers_document_text(answers); }

// Every question agreed as `answers` has it.
Meeting agreed_as(Meeting meeting, const AnswersDocument& answers) {
  for (const auto& [question, option] : answers.answers) {
    MeetingChange set = set_agreed_option(meeting, question, option, test::shipped());
    REQUIRE(set.value);
    meeting = *set.value;
  }
  return meeting;
}

}  // namespace

TEST_CASE("meeting: a participant needs a name; names are trimmed, limited and unique ignoring case") {
  Meeting meeting = with({{"  CEO \t", test::scaling_company()}});
  CHECK(meeting.participants[0].name == "CEO");
  CHECK_FALSE(add_participant(meeting, "   ", test::scaling_company()).value);
  const MeetingChange duplicate = add_participant(meeting, " ceo", test::scaling_company());
  REQUIRE_FALSE(duplicate.value);
  CHECK(duplicate.problems[0].what.find("already in the meeting") != std::string::npos);
  // Latin-1 capitals fold too: a German meeting writes names in capitals now and then.
  meeting = with({{"Öztürk", test::scaling_company()}});
  CHECK_FALSE(add_participant(meeting, "ÖZTÜRK", test::scaling_company()).value);
  CHECK(add_participant(meeting, "Öztürk-Meier", test::scaling_company()).value);
  CHECK(add_participant(meeting, std::string(60, 'x'), test::scaling_company()).value);
  CHECK_FALSE(add_participant(meeting, std::string(61, 'x'), test::scaling_company()).value);
  // Characters, not bytes: 50 + 10 "ä" are 60 characters in 70 bytes.
  CHECK(add_participant(meeting, std::string(50, 'x') + "ääääääääää", test::scaling_company()).value);
}

TEST_CASE("meeting: names from a Mac (NFD), with no-break spaces, and file names in any case") {
  const Meeting meeting = with({{"Müller", test::scaling_company()}});
  CHECK(same_name("Mu\xCC\x88ller", "Müller"));  // u + U+0308
  CHECK(same_name("MU\xCC\x88LLER", "müller"));
  CHECK_FALSE(same_name("Mu\xCC\x88ller", "Muller"));
  CHECK_FALSE(add_participant(meeting, "Mu\xCC\x88ller", test::scaling_company()).value);
  CHECK(trimmed_name("\xC2\xA0" "CEO\xC2\xA0\xE2\x80\xAF ") == "CEO");
  CHECK(trimmed_name("Key\xC2\xA0" "Account") == "Key\xC2\xA0" "Account");
  const AnswersDocument nobody;
  CHECK(participant_name_for(nobody, "dir/KAM.JSON") == "KAM");
  CHECK(participant_name_for(nobody, "kam.Answers.Json") == "kam");
  CHECK(participant_name_for(nobody, "link.txt") == "link");
  CHECK(participant_name_for(nobody, ".json") == ".json");
}

TEST_CASE("meeting: a ninth participant is refused and the eight stay") {
  Meeting meeting;
  for (int i = 1; i <= 8; ++i) {
    MeetingChange added = add_participant(meeting, "P" + std::to_string(i), test::scaling_company());
    REQUIRE(added.value);
    meeting = *added.value;
  }
  const MeetingChange ninth = add_participant(meeting, "P9", test::scaling_company());
  CHECK_FALSE(ninth.value);
  REQUIRE(ninth.problems.size() == 1);
  CHECK(ninth.problems[0].what.find("8 participants") != std::string::npos);
  CHECK(meeting.participants.size() == 8);
}

TEST_CASE("meeting: participants come from answers files, exports, saved states and share links") {
  const auto& q = test::shipped();
  AnswersDocument sales = test::scaling_company_with({{"scale_unchanged", "no"}});
  CHECK(read_participant_answers(file_of(sales), q).value->answers == sales.answers);
  // A link as pasted: the whole address, or the fragment alone.
  const std::string fragment = encode_share_fragment(sales);
  CHECK(read_participant_answers("https://phasencheck.example/#" + fragment, q).value->answers == sales.answers);
  CHECK(read_participant_answers(fragment, q).value->answers == sales.answers);
  // An autosaved state saved as a file is migrated by the import path it shares with the app.
  const std::string state = "{\"schema\": \"phasecheck.state/1\", \"screen\": \"result\", \"answers\": " + file_of(sales) + "}";
  CHECK(read_participant_answers(state, q).value->answers == sales.answers);
  // A newer answers format is refused with the reason, not guessed at.
  const auto newer = read_participant_answers("{\"schema\": \"phasecheck.answers/2\", \"answers\": {}}", q);
  REQUIRE_FALSE(newer.value);
  CHECK(test::all(newer.problems).find("expected \"phasecheck.answers/1\"") != std::string::npos);
  CHECK_FALSE(read_participant_answers("#a=1zz", q).value);
  // A file that mentions a link in its notes is still a file, short or long.
  for (const std::size_t padding : {std::size_t{0}, std::size_t{3000}}) {
    AnswersDocument noted = sales;
    noted.meta["notes"] = std::string(padding, 'x') + " Link: https://phasencheck.example/#" + fragment;
    const auto read = read_participant_answers("\n  " + file_of(noted), q);
    REQUIRE_MESSAGE(read.value, test::all(read.problems));
    CHECK(read.value->meta_text("notes") == noted.meta_text("notes"));
  }
}

TEST_CASE("meeting: several files at once — each good one joins, each bad one is named, nothing is lost") {
  const auto& q = test::shipped();
  Meeting meeting = with({{"CEO", test::scaling_company()}});
  AnswersDocument named = test::scaling_company_with({{"market_exhaustion", "max"}});
  named.meta["participant"] = std::string("Vertriebsleitung");
  const std::vector<ParticipantFile> files = {
      {"dir/kam.answers.json", file_of(test::scaling_company_with({{"scale_unchanged", "no"}}))},
      {"broken.json", "{\"schema\": \"phasecheck.answers/1\", \"answers\": {"},
      {"sales.json", file_of(named)},
      {"ceo.json", file_of(test::scaling_company())},  // meta names nobody: the file name "ceo" = "CEO"
      {"future.json", "{\"schema\": \"phasecheck.answers/9\", \"answers\": {}}"},
  };
  const ParticipantsAdded result = add_participant_files(meeting, files, q);
  CHECK(result.added == std::vector<std::string>{"kam", "Vertriebsleitung"});
  REQUIRE(result.meeting.participants.size() == 3);
  CHECK(result.meeting.participants[0].name == "CEO");
  CHECK(result.meeting.participants[2].answers.answer("market_exhaustion") == "max");
  REQUIRE(result.problems.size() == 3);
  CHECK(result.problems[0].where == "broken.json");
  CHECK(result.problems[1].where == "ceo.json");
  CHECK(result.problems[1].what.find("already in the meeting") != std::string::npos);
  CHECK(result.problems[2].where == "future.json");
  CHECK(result.problems[2].what.find("phasecheck.answers/1") != std::string::npos);
  CHECK(meeting.participants.size() == 1);  // the meeting given is untouched
}

TEST_CASE("meeting: malformed UTF-8 is refused where it comes in, and messages quote whole characters") {
  const auto& q = test::shipped();
  // A file named in Windows-1252 ("Müller.json", "Mäller.json"): not a name, and not two equal ones.
  const ParticipantsAdded added = add_participant_files(
      {}, {{"M\xFCller.json", file_of(test::scaling_company())}, {"M\xE4ller.json", file_of(test::scaling_company())},
           {"ok.json", file_of(test::scaling_company())}},
      q);
  CHECK(added.added == std::vector<std::string>{"ok"});
  REQUIRE(added.problems.size() == 2);
  CHECK(added.problems[0].what.find("not valid UTF-8") != std::string::npos);
  CHECK(added.problems[0].where == "M\xEF\xBF\xBDller.json");  // the file's place, cleaned to show
  CHECK(add_participant({}, "M\xC3", test::scaling_company()).problems.size() == 1);
  CHECK_FALSE(set_note({}, "scale_unchanged", "gut \xFF", q).value);
  CHECK_FALSE(set_baseline({}, {"Check \xFF", test::scaling_company()}).value);
  // What a message quotes of a broken link or file is valid UTF-8, whole characters only.
  for (const std::string& text : {std::string("#a=1\xFF" "00000000000000"), std::string("#a=1000000000000000~,,,,,,,,,") +
                                                                                     std::string(23, '1') + "\xC3\xA4",
                                  std::string("{\"schema\": \"phasecheck.answers/1\", \"answers\": {\"a\": \"\xFF\xFE\"}}")}) {
    const auto read = read_participant_answers(text, q);
    REQUIRE_FALSE(read.value);
    for (const auto& p : read.problems) CHECK_MESSAGE(utf8::valid(p.what + p.where), p.what);
  }
}

TEST_CASE("meeting: names, title and label are one line without control characters; notes may have lines") {
  const auto& q = test::shipped();
  for (const std::string& forged : {std::string("CEO\x1B[2K\rVertriebsleitung: Phase 1"), std::string("CEO\nKAM"),
                                    std::string("CEO\xC2\x9B" "2K"), std::string("CEO\xE2\x80\xA8" "KAM"),
                                    std::string("CEO\x7F"), std::string("CEO\x1B]0;title\x07")}) {
    CAPTURE(forged);
    CHECK_FALSE(add_participant({}, forged, test::scaling_company()).value);
    CHECK_FALSE(set_title({}, forged).value);
    CHECK_FALSE(set_baseline({}, {forged, test::scaling_company()}).value);
  }
  CHECK(set_note({}, "scale_unchanged", "Erstens\nzweitens:\tja", q).value);
  CHECK_FALSE(set_note({}, "scale_unchanged", "Erstens\rzweitens", q).value);
  CHECK_FALSE(set_note({}, "scale_unchanged", "rot \x1B[31m", q).value);
  CHECK(add_participant({}, "Müller & Söhne – Vertrieb", test::scaling_company()).value);
}

TEST_CASE("meeting: the title is set through an operation that keeps it readable") {
  const MeetingChange set = set_title({}, "Müller GmbH");
  REQUIRE(set.value);
  CHECK(set.value->title == "Müller GmbH");
  CHECK(set_title({}, std::string(200, 'x')).value);
  const MeetingChange long_title = set_title({}, std::string(201, 'x'));
  REQUIRE_FALSE(long_title.value);
  CHECK(long_title.problems[0].what == "longer than 200 characters");
  CHECK_FALSE(set_title({}, "M\xFCller").value);
}

// The worked example of docs/meeting.md ("Divergence"), with A–D for CEO, Vertriebsleitung, KAM, Marketing.
TEST_CASE("divergence: the share not choosing the most common answer; don't know counts, unanswered does not") {
  const auto& q = test::shipped();
  AnswersDocument unanswered = test::scaling_company();
  unanswered.answers.erase("market_exhaustion");
  const Meeting meeting = with({{"A", test::scaling_company()},
                                {"B", test::scaling_company_with({{"scale_unchanged", "no"}, {"market_exhaustion", "unknown"}})},
                                {"C", test::scaling_company_with({{"scale_unchanged", "no"}})},
                                {"D", unanswered}});
  const std::vector<QuestionDivergence> rows = meeting_divergence(meeting, q);
  CHECK(rows.size() == q.question_count());
  const auto& scale = row_of(rows, "scale_unchanged");
  CHECK(scale.answers == std::vector<std::string>{"yes", "no", "no", "yes"});
  CHECK(scale.answered == 4);
  CHECK(scale.differing == 2);  // a tie: the first in the questionnaire is "most common"
  CHECK(scale.most_common == "yes");
  CHECK(scale.percent() == 50);
  CHECK(scale.diverging());
  const auto& market = row_of(rows, "market_exhaustion");
  CHECK(market.answered == 3);
  CHECK(market.unanswered == 1);
  CHECK(market.without_score == 1);  // "don't know" is an answer of its own
  CHECK(market.differing == 1);
  CHECK(market.percent() == 33);
  CHECK(market.diverging());
  CHECK(row_of(rows, "sales_stage").percent() == 0);
  CHECK_FALSE(row_of(rows, "sales_stage").diverging());
  // Most divergent first, the rest in the questionnaire's order.
  CHECK(rows[0].question_id == "scale_unchanged");
  CHECK(rows[1].question_id == "market_exhaustion");
  CHECK(rows[2].question_id == "sales_stage");
}

TEST_CASE("divergence: one differing voice is marked among four, not among five") {
  const auto& q = test::shipped();
  const AnswersDocument odd = test::scaling_company_with({{"hiring_capacity", "no"}});
  Meeting four = with({{"A", odd}, {"B", test::scaling_company()}, {"C", test::scaling_company()}, {"D", test::scaling_company()}});
  CHECK(row_of(meeting_divergence(four, q), "hiring_capacity").percent() == 25);
  CHECK(row_of(meeting_divergence(four, q), "hiring_capacity").diverging());
  four = *add_participant(four, "E", test::scaling_company()).value;
  CHECK(row_of(meeting_divergence(four, q), "hiring_capacity").percent() == 20);
  CHECK_FALSE(row_of(meeting_divergence(four, q), "hiring_capacity").diverging());
  // A single answer is never a divergence.
  const Meeting alone = with({{"A", odd}});
  CHECK_FALSE(row_of(meeting_divergence(alone, q), "hiring_capacity").diverging());
}

TEST_CASE("participants: each result comes from the engine; indicators side by side") {
  const auto& q = test::shipped();
  EconomicsInput figures;
  figures.prior[Figure::revenue] = 10e6;
  figures.current[Figure::revenue] = 12e6;
  figures.prior[Figure::sales_cost] = 1e6;
  figures.current[Figure::sales_cost] = 1.1e6;
  AnswersDocument incomplete = test::scaling_company();
  incomplete.answers.erase("scale_unchanged");
  const Meeting meeting = with({{"A", test::scaling_company_with({}, figures)},
                                {"B", test::scaling_company_with({{"scale_unchanged", "no"}})},
                                {"C", incomplete}});
  const auto results = participant_results(meeting, q, Language::de);
  REQUIRE(results.size() == 3);
  CHECK(results[0].value->phase_id == evaluate_answers(meeting.participants[0].answers, q).value->phase_id);
  CHECK(results[0].value->phase == 1);
  CHECK(results[1].value->phase == 2);
  CHECK_FALSE(results[2].value);
  CHECK(test::all(results[2].problems).find("scale_unchanged") != std::string::npos);
  const auto rows = indicators_side_by_side({&*results[0].value, &*results[1].value, nullptr});
  REQUIRE_FALSE(rows.empty());
  CHECK(rows[0].id == "sales_cost_ratio");
  CHECK(rows[0].values == std::vector<std::string>{"9,2 %", "", ""});
}

TEST_CASE("agreed view: take a participant's answer or set one; notes; what is still open; no joint phase before") {
  const auto& q = test::shipped();
  Meeting meeting = with({{"CEO", test::scaling_company()}, {"Sales", test::scaling_company_with({{"scale_unchanged", "no"}})}});
  MeetingChange taken = take_answer(meeting, "scale_unchanged", "sales", q);
  REQUIRE(taken.value);
  CHECK(taken.value->agreed.at("scale_unchanged").option == "no");
  CHECK(taken.value->agreed.at("scale_unchanged").from == "Sales");
  CHECK_FALSE(take_answer(meeting, "scale_unchanged", "Nobody", q).value);
  CHECK_FALSE(take_answer(meeting, "no_such_question", "CEO", q).value);
  CHECK_FALSE(set_agreed_option(meeting, "scale_unchanged", "maybe", q).value);
  CHECK_FALSE(set_note(meeting, "scale_unchanged", std::string(2001, 'n'), q).value);
  meeting = *set_note(*taken.value, "scale_unchanged", "Nur im Kerngeschäft", q).value;
  // Setting an option directly forgets whom it came from, and keeps the note.
  meeting = *set_agreed_option(meeting, "scale_unchanged", "partly", q).value;
  CHECK(meeting.agreed.at("scale_unchanged").from.empty());
  CHECK(meeting.agreed.at("scale_unchanged").note == "Nur im Kerngeschäft");

  JointResult joint = joint_result(meeting, q, Language::de);
  CHECK_FALSE(joint.report);
  CHECK(joint.open.size() == q.question_count() - 1);
  // Everything required agreed (the shipped questions are all required): the joint result is there.
  Meeting all_required = meeting;
  for (const auto& section : q.sections) {
    for (const auto& question : section.questions) {
      if (question.required && question.id != "scale_unchanged") {
        all_required = *take_answer(all_required, question.id, "CEO", q).value;
      }
    }
  }
  joint = joint_result(all_required, q, Language::de);
  REQUIRE(joint.report);
  for (const auto& open : joint.open) CHECK_FALSE(open.required);
  CHECK(joint.report->phase == evaluate_answers(agreed_answers(all_required), q).value->phase);
  CHECK(joint.report->phase == 2);  // "partly" does not scale unchanged
  // Clearing an option keeps its note; clearing reopens the question.
  const Meeting cleared = *clear_agreed_option(all_required, "scale_unchanged").value;
  CHECK(cleared.agreed.at("scale_unchanged").note == "Nur im Kerngeschäft");
  CHECK_FALSE(joint_result(cleared, q, Language::de).report);
}

TEST_CASE("agreed view: the joint recommendation uses the figures of the participant named, and only then") {
  const auto& q = test::shipped();
  EconomicsInput loss;  // sales earns no positive contribution: Phase 1 is ruled out by the figures
  loss.current[Figure::revenue] = 10e6;
  loss.current[Figure::gross_margin] = 1e6;
  loss.current[Figure::sales_cost] = 2e6;
  Meeting meeting = with({{"CEO", test::scaling_company_with({}, loss)}, {"Sales", test::scaling_company()}});
  meeting = agreed_as(meeting, test::scaling_company());
  CHECK(joint_result(meeting, q, Language::de).report->phase == 1);
  const Meeting with_figures = *set_figures_from(meeting, "ceo").value;
  CHECK(with_figures.figures_from == "CEO");
  CHECK(joint_result(with_figures, q, Language::de).report->phase == 2);
  CHECK_FALSE(set_figures_from(meeting, "Nobody").value);
  // Removing the participant keeps what was agreed, and drops the link to them.
  const Meeting removed = *remove_participant(*take_answer(with_figures, "sales_stage", "CEO", q).value, "CEO").value;
  CHECK(removed.participants.size() == 1);
  CHECK(removed.agreed.at("sales_stage").option == "solution");
  CHECK(removed.agreed.at("sales_stage").from.empty());
  CHECK(removed.figures_from.empty());
}

TEST_CASE("baseline: phase then and now, answers that moved, indicators, and the earlier phase's exit signals") {
  const auto& q = test::shipped();
  EconomicsInput figures;
  figures.current[Figure::revenue] = 10e6;
  figures.current[Figure::sales_cost] = 1e6;
  const AnswersDocument then = test::scaling_company_with({}, figures);
  // Three months on: the market is at its peak, but profitability still holds.
  AnswersDocument now = test::scaling_company_with({{"market_exhaustion", "max"}});
  BaselineComparison c = compare_with_baseline(then, now, q, Language::de);
  REQUIRE(c.then);
  REQUIRE(c.now);
  CHECK(c.then->phase == 1);
  CHECK(phase_heading(*c.then) == phase_heading(q, Phase::scale, Language::de));  // one wording for a phase
  CHECK(c.now->phase == 2);
  REQUIRE(c.moved.size() == 1);
  CHECK(c.moved[0].question_id == "market_exhaustion");
  CHECK(c.moved[0].then == "low");
  CHECK(c.moved[0].now == "max");
  REQUIRE(c.exit_signals.size() == 2);
  CHECK(c.exit_signals[0].question_id == "market_exhaustion");
  CHECK(c.exit_signals[0].appeared);
  CHECK(c.exit_signals[1].question_id == "profitability_trend");
  CHECK_FALSE(c.exit_signals[1].appeared);
  CHECK_FALSE(c.phase_ended());
  REQUIRE_FALSE(c.indicators.empty());
  CHECK(c.indicators[0].values == std::vector<std::string>{"10,0 %", ""});
  // Both signals: Phase 1 has run its course, as the source text says.
  now.answers["profitability_trend"] = "falling";
  c = compare_with_baseline(then, now, q, Language::de);
  CHECK(c.phase_ended());
  // Phase 2 ends when optimisation is used up.
  const AnswersDocument optimising = test::scaling_company_with({{"scale_unchanged", "no"}});
  c = compare_with_baseline(optimising, test::scaling_company_with({{"scale_unchanged", "no"}, {"optimization_status", "exhausted"}}), q,
                            Language::en);
  REQUIRE(c.exit_signals.size() == 1);
  CHECK(c.exit_signals[0].question_id == "optimization_status");
  CHECK(c.phase_ended());
  // Today's answers incomplete: what moved is shown, no phase now and no verdict on the signals.
  AnswersDocument partial = now;
  partial.answers.erase("scaling_completed");
  c = compare_with_baseline(then, partial, q, Language::de);
  CHECK_FALSE(c.now);
  CHECK(c.exit_signals.empty());
  CHECK_FALSE(c.phase_ended());
  // A question open on either side has not moved: it is open (joint_result().open), not "X → unanswered".
  CHECK(c.moved.size() == 2);
  for (const auto& m : c.moved) CHECK(m.question_id != "scaling_completed");
  AnswersDocument five;
  for (const char* id : {"sales_stage", "playbook_documented", "scale_unchanged", "market_exhaustion", "profitability_trend"}) {
    five.answers[id] = now.answers.at(id);
  }
  c = compare_with_baseline(then, five, q, Language::de);
  CHECK(c.moved.size() == 2);
  c = compare_with_baseline(five, then, q, Language::de);
  CHECK(c.moved.size() == 2);
}

TEST_CASE("baseline: the phase has ended only when the engine moves on, not on the signals alone") {
  const auto& q = test::shipped();
  // Phase 2 then; today optimisation is used up, but nothing calls for a redesign: still Phase 2.
  const AnswersDocument then = test::scaling_company_with({{"scale_unchanged", "partly"}, {"optimization_status", "partial"}});
  const AnswersDocument now = test::scaling_company_with({{"scale_unchanged", "partly"}, {"optimization_status", "exhausted"}});
  const BaselineComparison same = compare_with_baseline(then, now, q, Language::de);
  REQUIRE(same.then);
  REQUIRE(same.now);
  CHECK(same.then->phase == 2);
  CHECK(same.now->phase == 2);
  REQUIRE(same.exit_signals.size() == 1);
  CHECK(same.exit_signals[0].appeared);
  CHECK_FALSE(same.phase_ended());
  // The same signal with a falling profitability: rule 2 applies, Phase 3, and Phase 2 has ended.
  const AnswersDocument falling = test::scaling_company_with(
      {{"scale_unchanged", "partly"}, {"optimization_status", "exhausted"}, {"profitability_trend", "falling"}});
  const BaselineComparison moved_on = compare_with_baseline(then, falling, q, Language::de);
  REQUIRE(moved_on.now);
  CHECK(moved_on.now->phase == 3);
  CHECK(moved_on.phase_ended());
}

TEST_CASE("baseline: exit signals are judged on what the engine counts, so the figures count too") {
  const auto& q = test::shipped();
  EconomicsInput falling;  // sales profitability 30 % -> 20 %: clearly falling
  falling.prior[Figure::revenue] = 10e6;
  falling.prior[Figure::gross_margin] = 4e6;
  falling.prior[Figure::sales_cost] = 1e6;
  falling.current[Figure::revenue] = 10e6;
  falling.current[Figure::gross_margin] = 3e6;
  falling.current[Figure::sales_cost] = 1e6;
  const AnswersDocument now = test::scaling_company_with({{"market_exhaustion", "max"}}, falling);
  const BaselineComparison c = compare_with_baseline(test::scaling_company(), now, q, Language::de);
  REQUIRE(c.exit_signals.size() == 2);
  CHECK(c.exit_signals[1].counted == "falling");  // answered "stable"; the figures say otherwise
  CHECK(c.phase_ended());
}

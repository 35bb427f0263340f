// The meeting document (phasecheck.meeting/1) and the printed meeting report.
#include "core/brand.hpp"
#include "core/html.hpp"
#include "core/meeting_document.hpp"
#include "core/meeting_report_html.hpp"
#include "core/meeting_results.hpp"
#include "core/persistence.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Meeting full_meeting() {
  const auto& q = test::shipped();
  Meeting meeting;
  meeting.lang = Language::de;
  meeting = *set_title(meeting, "Müller & Söhne <GmbH>").value;
  EconomicsInput figures;
  figures.current[Figure::revenue] = 10e6;
  figures.current[Figure::sales_cost] = 1e6;
  AnswersDocument ceo = test::scaling_company_with({}, figures);
  ceo.meta["company"] = std::string("Müller");
  meeting = *add_participant(meeting, "CEO", ceo).value;
  meeting = *add_participant(meeting, "<script>alert(1)</script>", test::scaling_company_with({{"scale_unchanged", "no"}})).value;
  meeting = *add_participant(meeting, "Key \"Account\" 'Mgr'", test::scaling_company_with({{"market_exhaustion", "max"}})).value;
  for (const auto& section : q.sections) {
    for (const auto& question : section.questions) meeting = *take_answer(meeting, question.id, "CEO", q).value;
  }
  meeting = *take_answer(meeting, "scale_unchanged", "<script>alert(1)</script>", q).value;
  meeting = *set_note(meeting, "scale_unchanged", "<script>x</script> \"quoted\" & 'single'", q).value;
  meeting = *set_note(meeting, "win_rate_trend", "noch offen", q).value;
  meeting = *clear_agreed_option(meeting, "win_rate_trend").value;
  meeting = *set_figures_from(meeting, "CEO").value;
  meeting = *set_baseline(meeting, {"Check vom <12.08.2026>", test::scaling_company()}).value;
  return meeting;
}

std::string with_field(const std::string& document, const std::string& pointer, const Json& value) {
  Json doc = Json::parse(document);
  doc[Json::json_pointer(pointer)] = value;
  return doc.dump();
}

const Brand& brand() {
  static const Brand loaded = *load_brand(test::read_test_file("../assets/brand.json")).value;
  return loaded;
}

}  // namespace

TEST_CASE("meeting document: written, read back, written again gives the same bytes") {
  const auto& q = test::shipped();
  const Meeting meeting = full_meeting();
  const std::string text = meeting_document_text(meeting);
  CHECK(text.rfind("{\n  \"schema\": \"phasecheck.meeting/1\"", 0) == 0);
  const MeetingRead read = read_meeting_document(text, q);
  REQUIRE_MESSAGE(read.value, test::all(read.problems));
  CHECK(read.value->participants.size() == 3);
  CHECK(read.value->participants[1].name == "<script>alert(1)</script>");
  CHECK(read.value->agreed.at("scale_unchanged").from == "<script>alert(1)</script>");
  CHECK(read.value->agreed.at("win_rate_trend").option.empty());
  CHECK(read.value->agreed.at("win_rate_trend").note == "noch offen");
  CHECK(read.value->figures_from == "CEO");
  CHECK(read.value->baseline->label == "Check vom <12.08.2026>");
  CHECK(read.value->participants[0].answers.economics.current[Figure::revenue] == 10e6);
  CHECK(meeting_document_text(*read.value) == text);
}

TEST_CASE("meeting document: bad input is refused with JSON pointers, and the rules of a meeting hold") {
  const auto& q = test::shipped();
  const std::string good = meeting_document_text(full_meeting());
  auto problems_of = [&](const std::string& text) {
    const MeetingRead read = read_meeting_document(text, q);
    CHECK_FALSE(read.value);
    return test::all(read.problems);
  };
  CHECK(contains(problems_of(with_field(good, "/schema", "phasecheck.meeting/2")), "expected \"phasecheck.meeting/1\""));
  CHECK(contains(problems_of(with_field(good, "/participants/1/name", "ceo")), "/participants/1/name: ceo: already in the meeting"));
  CHECK(contains(problems_of(with_field(good, "/participants/0/name", " ")), "/participants/0/name"));
  CHECK(contains(problems_of(with_field(good, "/participants/2/answers/schema", "phasecheck.answers/2")),
                 "/participants/2/answers/schema: expected \"phasecheck.answers/1\""));
  CHECK(contains(problems_of(with_field(good, "/participants/2/answers/answers/scale_unchanged", "maybe")),
                 "/participants/2/answers/answers/scale_unchanged"));
  CHECK(contains(problems_of(with_field(good, "/agreed/no_such_question", Json::object())), "/agreed/no_such_question"));
  CHECK(contains(problems_of(with_field(good, "/agreed/scale_unchanged/option", "maybe")), "/agreed/scale_unchanged/option"));
  CHECK(contains(problems_of(with_field(good, "/agreed/scale_unchanged/from", "Nobody")), "/agreed/scale_unchanged/from"));
  CHECK(contains(problems_of(with_field(good, "/agreed/scale_unchanged/note", std::string(2001, 'n'))), "note longer than 2000"));
  // `from` must name the answer the participant gave: no "Ja (übernommen von …)" for one who said no.
  CHECK(contains(problems_of(with_field(good, "/agreed/scale_unchanged/option", "yes")),
                 "/agreed/scale_unchanged/from: \"<script>alert(1)</script>\" answered \"no\""));
  Json unanswered = Json::parse(good);
  unanswered["participants"][1]["answers"]["answers"].erase("scale_unchanged");
  CHECK(contains(problems_of(unanswered.dump()), "/agreed/scale_unchanged/from: \"<script>alert(1)</script>\" did not answer"));
  CHECK(contains(problems_of(with_field(good, "/title", std::string(201, 't'))), "/title: longer than 200 characters"));
  CHECK(contains(problems_of(with_field(good, "/title", "Muster\nGmbH")), "/title: holds a line break"));
  CHECK(contains(problems_of(with_field(good, "/figures_from", "Nobody")), "/figures_from"));
  CHECK(contains(problems_of(with_field(good, "/extra", 1)), "/extra"));
  CHECK(contains(problems_of(with_field(good, "/baseline/answers/answers/sales_stage", 3)), "/baseline/answers/answers/sales_stage"));
  // Nine participants.
  Json nine = Json::parse(good);
  for (int i = 3; i < 9; ++i) {
    Json person = nine["participants"][0];
    person["name"] = "P" + std::to_string(i);
    nine["participants"].push_back(person);
  }
  CHECK(contains(problems_of(nine.dump()), "expected at most 8 participants, found 9"));
  // Untrusted JSON: duplicate keys, syntax, size, depth.
  CHECK(contains(problems_of("{\"schema\": \"phasecheck.meeting/1\", \"schema\": \"phasecheck.meeting/1\", \"participants\": []}"),
                 "duplicate key"));
  CHECK(contains(problems_of("{\"schema\": \"phasecheck.meeting/1\", \"participants\": ["), "line 1"));
  CHECK(contains(problems_of(std::string(limits::kDocumentBytes + 1, ' ')), "bytes"));
  CHECK(contains(problems_of(std::string(40, '[') + std::string(40, ']')), "nesting deeper"));
  // An empty meeting is a meeting.
  CHECK(read_meeting_document("{\"schema\": \"phasecheck.meeting/1\", \"participants\": []}", q).value);
}

TEST_CASE("meeting report: every part, in the meeting's language, with every typed text escaped") {
  // The report's wording is meeting mode's own (assets/meeting.json), not the questionnaire's.
  const auto& q = test::shipped_with_meeting_wording();
  // Everything agreed, so there is a joint recommendation to print.
  const Meeting meeting = *take_answer(full_meeting(), "win_rate_trend", "CEO", q).value;
  const std::string html = meeting_report_html({meeting, q, brand(), "28.11.2026", "body{margin:0}"});
  // The running header, the page words and the brand colours report.css reads, as in the single report.
  CHECK(contains(html, "<html lang=\"de\" data-header=\"Müller &amp; Söhne &lt;GmbH&gt; · 28.11.2026\""));
  CHECK(contains(html, "data-page-before=\"Seite \" data-page-between=\" von \" data-page-after=\"\""));
  CHECK(contains(html, "data-primary=\"" + format_hex_colour(brand().primary) + "\""));
  CHECK(contains(html, "data-brand=\"" + escape_html(brand().name) + "\""));
  CHECK_FALSE(contains(html, "<script>"));
  CHECK_FALSE(contains(html, "\"quoted\""));
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(contains(html, "Key &quot;Account&quot; &#39;Mgr&#39;"));
  CHECK(contains(html, "&lt;script&gt;x&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;"));
  CHECK(contains(html, "Müller &amp; Söhne &lt;GmbH&gt;"));
  CHECK(contains(html, "Check vom &lt;12.08.2026&gt;"));
  for (const char* key : {"report.meeting.participants", "report.meeting.divergence", "report.meeting.agreed",
                          "report.meeting.joint", "report.meeting.indicators", "report.meeting.moved"}) {
    CAPTURE(key);
    CHECK(contains(html, escape_html(q.message(key, Language::de))));
  }
  CHECK(contains(html, "<svg"));  // the joint phase on the three-phase model
  CHECK(contains(html, escape_html(brand().name)));
  // Without a baseline there is no before and after; before agreement, no joint phase.
  Meeting open = meeting;
  open.baseline.reset();
  open = *clear_agreed_option(open, "sales_stage").value;
  const std::string html_open = meeting_report_html({open, q, brand(), "28.11.2026", ""});
  CHECK_FALSE(contains(html_open, "id=\"baseline\""));
  CHECK(contains(html_open, escape_html(q.message("report.meeting.joint_waiting", Language::de))));
  CHECK(contains(html_open, escape_html(q.message("report.meeting.open", Language::de))));
  CHECK_FALSE(contains(html_open, "<svg"));
  open.lang = Language::en;
  const std::string html_en = meeting_report_html({open, q, brand(), "11/28/2026", ""});
  CHECK(contains(html_en, escape_html(q.message("report.meeting.agreed", Language::en))));
  for (const std::string* page : {&html, &html_open, &html_en}) CHECK_FALSE(contains(*page, "(missing text)"));
  // Percentages as each language writes them, in the table and the lead alike (core/format).
  CHECK(contains(html, "ab 25 % wird eine Frage markiert."));
  CHECK(contains(html, "<td>33 %"));
  CHECK(contains(html_en, "questions at 25% or more are marked."));
  CHECK(contains(html_en, "<td>33%"));
  CHECK_FALSE(contains(html_en, " %"));
  CHECK(contains(html, "<p>Berechnet mit den Zahlen von CEO.</p>"));
  // The divergence matrix has its own print layout: the answers table's 62 % question column, which
  // once applied to every header cell, would squeeze eight people on A4.
  CHECK(contains(html, "<table class=\"matrix\">"));
  // That layout is the meeting report's own stylesheet's (after report.css's rules, on the meeting page
  // only): the check's report.css, which every visitor downloads, does not carry it.
  const std::string css = test::read_test_file("../web/report.css");
  const std::string meeting_css = test::read_test_file("../web/meeting-report.css");
  CHECK(contains(meeting_css, ".matrix { table-layout: fixed;"));
  CHECK_FALSE(contains(css, ".matrix"));
  CHECK(contains(css, ".answers th[scope=\"row\"] { font-weight: normal; width: 62%; }"));
}

TEST_CASE("baseline: from an earlier meeting's agreed view, or from a participant's kind of file") {
  const auto& q = test::shipped();
  const Meeting earlier = full_meeting();
  const Checked<AnswersDocument> from_meeting = read_baseline_answers(meeting_document_text(earlier), q);
  REQUIRE(from_meeting.value);
  CHECK(from_meeting.value->answers == agreed_answers(earlier).answers);
  CHECK(from_meeting.value->answer("scale_unchanged") == "no");
  CHECK(from_meeting.value->economics.current[Figure::revenue] == 10e6);  // figures_from: CEO
  // An exported file (answers with the result shown) is read through the app's import.
  const AnswersDocument then = test::scaling_company();
  const std::string exported = export_document(then, evaluate_answers(then, q).value);
  CHECK(read_baseline_answers(exported, q).value->answers == then.answers);
  CHECK(read_participant_answers(exported, q).value->answers == then.answers);
  // A broken earlier meeting is refused with its pointer.
  Json broken = Json::parse(meeting_document_text(earlier));
  broken["figures_from"] = "Nobody";
  CHECK(test::all(read_baseline_answers(broken.dump(), q).problems).find("/figures_from") != std::string::npos);
}

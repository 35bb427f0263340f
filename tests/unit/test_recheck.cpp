// The re-check (issue #10): calendar arithmetic, the .ics file (RFC 5545: CRLF, folding, escaping),
// the months per phase from the questionnaire, the date in the printed report, the session's
// download, and the brand's call to action per phase.
#include <array>
#include <functional>
#include <set>

#include "app/app_session.hpp"
#include "core/evaluate.hpp"
#include "core/recheck.hpp"
#include "core/report_html.hpp"
#include "support/recording_platform.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

constexpr std::string_view kNow = "2026-11-28T10:15:00.000Z";

Date day(int y, int m, int d) { return Date{y, m, d}; }

Report report_of(const std::string& golden, Language lang) {
  EvaluateOutcome outcome = evaluate_text(test::read_test_file("golden/" + golden + ".answers.json"), test::shipped(), lang);
  REQUIRE_MESSAGE(outcome.value, test::all(outcome.problems));
  return *outcome.value;
}

// A report for a phase as the report model carries it, independent of the rules.
Report report_for_phase(int phase, Language lang, const Questionnaire& q = test::shipped()) {
  static constexpr const char* ids[] = {"scale", "optimize", "redesign"};
  Report r;
  r.lang = lang;
  r.phase = phase;
  r.phase_id = ids[phase - 1];
  r.phase_label = fill_template(q.message("phase.label", lang), {{"number", std::to_string(phase)}});
  r.title = q.phases[static_cast<std::size_t>(phase - 1)].title.in(lang);
  r.recheck_months = q.recheck_months[static_cast<std::size_t>(phase - 1)];
  return r;
}

std::string ics_for(const Report& r, std::string_view now = kNow, std::string_view address = "https://check.example/index.html") {
  std::optional<std::string> ics = recheck_ics({r, test::shipped(), now, address});
  REQUIRE(ics);
  return *ics;
}

std::vector<std::string> physical_lines(const std::string& ics) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = ics.find("\r\n", start)) != std::string::npos; start = end + 2) lines.push_back(ics.substr(start, end - start));
  if (start != ics.size()) lines.push_back(ics.substr(start));  // text after the last CRLF: a test failure
  return lines;
}

// RFC 5545, 3.1: a CRLF followed by one space or tab is removed.
std::string unfold(const std::string& ics) {
  std::string out;
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics.compare(i, 2, "\r\n") == 0 && i + 2 < ics.size() && (ics[i + 2] == ' ' || ics[i + 2] == '\t')) {
      i += 2;
      continue;
    }
    out += ics[i];
  }
  return out;
}

std::string unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      const char next = text[++i];
      out += next == 'n' || next == 'N' ? '\n' : next;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The value of the first content line named `name` (after unfolding), TEXT escapes undone.
std::string property(const std::string& ics, const std::string& name) {
  const std::string unfolded = unfold(ics);
  const std::size_t at = unfolded.find("\r\n" + name + ":");
  REQUIRE_MESSAGE(at != std::string::npos, name);
  const std::size_t from = at + 2 + name.size() + 1;
  return unescape(unfolded.substr(from, unfolded.find("\r\n", from) - from));
}

bool valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

void check_well_formed(const std::string& ics) {
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
  CHECK(ics.size() >= 15);
  CHECK(ics.compare(ics.size() - 15, 15, "END:VCALENDAR\r\n") == 0);
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n') CHECK_MESSAGE((i > 0 && ics[i - 1] == '\r'), "a bare LF at " << i);
    if (ics[i] == '\r') CHECK_MESSAGE((i + 1 < ics.size() && ics[i + 1] == '\n'), "a bare CR at " << i);
  }
  for (const auto& line : physical_lines(ics)) {
    CAPTURE(line);
    CHECK(line.size() <= 75);
    CHECK(valid_utf8(line));
  }
}

Problems questionnaire_problems_after(const std::function<void(Json&)>& edit) {
  Json doc = Json::parse(std::string(embedded_questionnaire_json));
  edit(doc);
  return load_questionnaire(doc.dump()).problems;
}

Brand shipped_brand() {
  BrandLoad loaded = load_brand(test::read_test_file("../assets/brand.json"));
  REQUIRE_MESSAGE(loaded.value, test::all(loaded.problems));
  return *loaded.value;
}

Problems brand_problems_after(const std::function<void(Json&)>& edit) {
  Json doc = Json::parse(test::read_test_file("../assets/brand.json"));
  edit(doc);
  return load_brand(doc.dump()).problems;
}

}  // namespace

// ---- Calendar arithmetic

TEST_CASE("leap years and month lengths") {
  CHECK(is_leap_year(2024));
  CHECK(is_leap_year(2000));
  CHECK_FALSE(is_leap_year(2100));
  CHECK_FALSE(is_leap_year(2026));
  CHECK(days_in_month(2026, 2) == 28);
  CHECK(days_in_month(2028, 2) == 29);
  CHECK(days_in_month(2026, 4) == 30);
  CHECK(days_in_month(2026, 12) == 31);
  CHECK(days_in_month(2026, 13) == 0);
}

TEST_CASE("an ISO date is read from the start of a timestamp, and only a real day") {
  CHECK(parse_iso_date("2026-11-28T10:15:00.000Z") == day(2026, 11, 28));
  CHECK(parse_iso_date("2026-11-28") == day(2026, 11, 28));
  CHECK(parse_iso_date("2024-02-29") == day(2024, 2, 29));
  for (const char* bad : {"", "2026-11", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-01", "28.11.2026",
                          "0000-01-01", "abcd-ef-gh"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_iso_date(bad));
  }
  CHECK(iso_date(day(2027, 2, 8)) == "2027-02-08");
  CHECK(iso_date(day(987, 1, 1)) == "0987-01-01");
}

TEST_CASE("months are added with the day clamped to the month's end, across years and leap years") {
  CHECK(add_months(day(2026, 11, 28), 3) == day(2027, 2, 28));
  CHECK(add_months(day(2026, 11, 30), 3) == day(2027, 2, 28));   // no 30 February
  CHECK(add_months(day(2027, 11, 30), 3) == day(2028, 2, 29));   // leap year
  CHECK(add_months(day(2026, 1, 31), 1) == day(2026, 2, 28));
  CHECK(add_months(day(2024, 1, 31), 1) == day(2024, 2, 29));
  CHECK(add_months(day(2026, 8, 31), 6) == day(2027, 2, 28));
  CHECK(add_months(day(2026, 3, 31), 6) == day(2026, 9, 30));
  CHECK(add_months(day(2026, 10, 15), 6) == day(2027, 4, 15));
  CHECK(add_months(day(2026, 12, 31), 1) == day(2027, 1, 31));   // year rollover
  CHECK(add_months(day(2026, 12, 31), 24) == day(2028, 12, 31));
  CHECK(add_months(day(2024, 2, 29), 12) == day(2025, 2, 28));
  CHECK(add_months(day(2026, 5, 17), 0) == day(2026, 5, 17));
  CHECK(add_months(day(2026, 3, 31), -1) == day(2026, 2, 28));   // and backwards
  CHECK(add_months(day(2026, 1, 15), -1) == day(2025, 12, 15));
  CHECK(add_months(day(2026, 1, 15), -13) == day(2024, 12, 15));
  CHECK(next_day(day(2026, 12, 31)) == day(2027, 1, 1));
  CHECK(next_day(day(2028, 2, 28)) == day(2028, 2, 29));
  CHECK(next_day(day(2027, 2, 28)) == day(2027, 3, 1));
  CHECK(next_day(day(2026, 4, 30)) == day(2026, 5, 1));
  CHECK(next_day(day(2026, 4, 29)) == day(2026, 4, 30));
}

// ---- The questionnaire's months per phase

TEST_CASE("the months until the re-check come from the questionnaire, per phase") {
  const Questionnaire& q = test::shipped();
  CHECK(q.recheck_months == std::array<int, 3>{3, 6, 6});
  // Through the whole path: answers → assessment → report.
  std::set<int> phases;
  for (const char* golden : {"phase1_clear_en", "phase2_despite_exhausted_en", "phase3_redesign_de"}) {
    CAPTURE(golden);
    const Report r = report_of(golden, Language::de);
    phases.insert(r.phase);
    CHECK(r.recheck_months == q.recheck_months[static_cast<std::size_t>(r.phase - 1)]);
  }
  CHECK(phases == std::set<int>{1, 2, 3});

  Json doc = Json::parse(std::string(embedded_questionnaire_json));
  doc["recheck_months"]["scale"] = 5;
  QuestionnaireLoad edited = load_questionnaire(doc.dump());
  REQUIRE(edited.value);
  CHECK(edited.value->recheck_months[0] == 5);
  EvaluateOutcome outcome = evaluate_text(test::read_test_file("golden/phase1_clear_en.answers.json"), *edited.value);
  REQUIRE(outcome.value);
  CHECK(outcome.value->recheck_months == 5);
  CHECK(recheck_date(*outcome.value, day(2026, 11, 28)) == day(2027, 4, 28));
}

TEST_CASE("recheck_months is validated with JSON pointers") {
  using test::mentions;
  CHECK(mentions(questionnaire_problems_after([](Json& d) { d.erase("recheck_months"); }), "/recheck_months", "missing"));
  CHECK(mentions(questionnaire_problems_after([](Json& d) { d["recheck_months"].erase("optimize"); }),
                 "/recheck_months/optimize", "missing"));
  CHECK(mentions(questionnaire_problems_after([](Json& d) { d["recheck_months"]["redesign"] = 0; }),
                 "/recheck_months/redesign", "must be between 1 and 24, found 0"));
  CHECK(mentions(questionnaire_problems_after([](Json& d) { d["recheck_months"]["scale"] = 25; }),
                 "/recheck_months/scale", "must be between 1 and 24, found 25"));
  CHECK(mentions(questionnaire_problems_after([](Json& d) { d["recheck_months"]["scale"] = 2.5; }), "/recheck_months/scale",
                 "whole number"));
  CHECK(mentions(questionnaire_problems_after([](Json& d) { d["recheck_months"]["later"] = 9; }), "/recheck_months/later",
                 "unknown field"));
  CHECK_FALSE(questionnaire_problems_after([](Json& d) { d["recheck_months"] = 3; }).empty());
  CHECK(questionnaire_problems_after([](Json& d) { d["recheck_months"] = {{"scale", 1}, {"optimize", 24}, {"redesign", 12}}; })
            .empty());
}

// ---- iCalendar text

TEST_CASE("TEXT values are escaped: backslash, semicolon, comma, line breaks; no other control characters") {
  CHECK(ics_escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
  CHECK(ics_escape_text("eins\r\nzwei\rdrei") == "eins\\nzwei\\ndrei");
  CHECK(ics_escape_text(std::string("x\x01y\x7fz\tq")) == "xyz\tq");
  CHECK(ics_escape_text("Müller – „gut“: 10–15 %") == "Müller – „gut“: 10–15 %");
  CHECK(unescape(ics_escape_text("a,b;c\\d\ne\\n")) == "a,b;c\\d\ne\\n");
}

TEST_CASE("long lines are folded at 75 octets, never inside a UTF-8 character, and unfold to the original") {
  CHECK(ics_fold("SUMMARY:kurz") == "SUMMARY:kurz\r\n");
  CHECK(ics_fold(std::string(75, 'x')) == std::string(75, 'x') + "\r\n");
  CHECK(ics_fold(std::string(76, 'x')) == std::string(75, 'x') + "\r\n x\r\n");
  CHECK(ics_fold(std::string(75 + 74 + 1, 'x')) == std::string(75, 'x') + "\r\n " + std::string(74, 'x') + "\r\n x\r\n");

  const std::string german =
      "DESCRIPTION:Prüfen Sie jetzt die zwei Signale für den nächsten Schritt: Hat die Ausschöpfung Ihres Marktes ihren "
      "höchsten Punkt erreicht? Sinkt die Wirtschaftlichkeit Ihres Vertriebs? Größenordnung: 10–15 % – „Äöü“ ß € 😀 "
      "Übergrößenträger überqueren übermäßig große Brücken.";
  // Every alignment of the multi-byte characters against the fold points.
  for (std::size_t shift = 0; shift < 6; ++shift) {
    const std::string text = german.substr(0, 12) + std::string(shift, '.') + german.substr(12);
    const std::string folded = ics_fold(text);
    CAPTURE(shift);
    const auto lines = physical_lines(folded);
    CHECK(lines.size() > 2);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      CAPTURE(lines[i]);
      CHECK(lines[i].size() <= 75);
      CHECK(valid_utf8(lines[i]));
      if (i > 0) CHECK(lines[i][0] == ' ');
    }
    CHECK(folded.size() >= 2);
    CHECK(folded.compare(folded.size() - 2, 2, "\r\n") == 0);
    CHECK(unfold(folded) == text + "\r\n");
  }
  // A line of nothing but four-octet characters still folds within 75 octets.
  std::string emoji;
  for (int i = 0; i < 60; ++i) emoji += "😀";
  for (const auto& line : physical_lines(ics_fold(emoji))) {
    CHECK(line.size() <= 75);
    CHECK(valid_utf8(line));
  }
  CHECK(unfold(ics_fold(emoji)) == emoji + "\r\n");
}

TEST_CASE("the calendar entry for Phase 1: all-day, three months on, the two exit signals, CRLF everywhere") {
  const Report r = report_for_phase(1, Language::de);
  const std::string ics = ics_for(r);
  check_well_formed(ics);
  const std::string unfolded = unfold(ics);
  for (const char* part : {"\r\nVERSION:2.0\r\n", "\r\nPRODID:-//Phasencheck//Phasencheck ", "//DE\r\n", "\r\nBEGIN:VEVENT\r\n",
                           "\r\nUID:phasecheck-recheck-20270228-scale@phasecheck\r\n", "\r\nDTSTAMP:20261128T101500Z\r\n",
                           "\r\nDTSTART;VALUE=DATE:20270228\r\n", "\r\nDTEND;VALUE=DATE:20270301\r\n", "\r\nBEGIN:VALARM\r\n",
                           "\r\nTRIGGER:PT9H\r\n", "\r\nEND:VEVENT\r\n"}) {
    CHECK_MESSAGE(unfolded.find(part) != std::string::npos, part);
  }
  CHECK(property(ics, "SUMMARY") == "Phasencheck wiederholen – Phase 1 – Skalieren");
  const std::string description = property(ics, "DESCRIPTION");
  CHECK(description.rfind("Ihr Ergebnis vom 28.11.2026: Phase 1 – Skalieren.\n\n", 0) == 0);
  CHECK(description.find(test::shipped().message("report.calendar.check.scale", Language::de)) != std::string::npos);
  CHECK(description.find("Ausschöpfung Ihres Marktes ihren höchsten Punkt") != std::string::npos);  // exit signal 1
  CHECK(description.find("Sinkt die Wirtschaftlichkeit") != std::string::npos);                     // exit signal 2
  CHECK(description.find("https://check.example/index.html") != std::string::npos);
  CHECK(ics.find("\\n\\n") != std::string::npos);  // paragraphs, escaped
  CHECK(recheck_filename(recheck_date(r, day(2026, 11, 28))) == "phasecheck-recheck-2027-02-28.ics");
}

TEST_CASE("the calendar entry in English, for Phases 2 and 3: six months on") {
  const Report optimise = report_for_phase(2, Language::en);
  const std::string ics = ics_for(optimise);
  check_well_formed(ics);
  CHECK(unfold(ics).find("\r\nDTSTART;VALUE=DATE:20270528\r\n") != std::string::npos);
  CHECK(unfold(ics).find("\r\nDTEND;VALUE=DATE:20270529\r\n") != std::string::npos);
  CHECK(unfold(ics).find("//EN\r\n") != std::string::npos);
  CHECK(property(ics, "SUMMARY") == "Repeat the Sales Phase Check – Phase 2 – Optimise");
  CHECK(property(ics, "DESCRIPTION").rfind("Your result of 28 Nov 2026: Phase 2 – Optimise.\n\nMeasure the effect", 0) == 0);

  const std::string redesign = ics_for(report_for_phase(3, Language::en), "2026-08-31T23:59:59.999Z", "");
  check_well_formed(redesign);
  CHECK(unfold(redesign).find("\r\nDTSTART;VALUE=DATE:20270228\r\n") != std::string::npos);  // 31 Aug + 6 months, clamped
  CHECK(unfold(redesign).find("\r\nDTEND;VALUE=DATE:20270301\r\n") != std::string::npos);
  CHECK(unfold(redesign).find("\r\nDTSTAMP:20260831T235959Z\r\n") != std::string::npos);
  CHECK(unfold(redesign).find("\r\nUID:phasecheck-recheck-20270228-redesign@phasecheck\r\n") != std::string::npos);
  CHECK(property(redesign, "DESCRIPTION").find("https://") == std::string::npos);  // no address given, none written

  CHECK_FALSE(recheck_ics({optimise, test::shipped(), "not a date", ""}));
  CHECK(unfold(ics_for(optimise, "2026-11-28")).find("\r\nDTSTAMP:20261128T000000Z\r\n") != std::string::npos);
}

TEST_CASE("edited wording with commas, semicolons and backslashes reaches the calendar escaped") {
  Json doc = Json::parse(std::string(embedded_questionnaire_json));
  doc["messages"]["report.calendar.summary"] = {{"de", "Check; erneut, bitte \\ {phase}"}, {"en", "x"}};
  QuestionnaireLoad edited = load_questionnaire(doc.dump());
  REQUIRE(edited.value);
  const Report r = report_for_phase(1, Language::de, *edited.value);
  const std::optional<std::string> ics = recheck_ics({r, *edited.value, kNow, ""});
  REQUIRE(ics);
  CHECK(unfold(*ics).find("\r\nSUMMARY:Check\\; erneut\\, bitte \\\\ Phase 1 – Skalieren\r\n") != std::string::npos);
  CHECK(property(*ics, "SUMMARY") == "Check; erneut, bitte \\ Phase 1 – Skalieren");
}

// ---- The printed report and the session

TEST_CASE("the printed report shows the date of the next check, in the reader's format") {
  static const Brand brand = shipped_brand();
  AnswersDocument doc = test::scaling_company();
  for (Language lang : kLanguages) {
    const Report r = report_of("phase1_clear_en", lang);
    REQUIRE(r.phase == 1);
    const std::string html = report_html({r, doc, test::shipped(), brand, "28.11.2026", "", "2026-11-28"});
    const std::string expected = lang == Language::de ? "<dt>Nächster Check</dt>\n<dd class=\"recheck\">28.02.2027</dd>"
                                                      : "<dt>Next check</dt>\n<dd class=\"recheck\">28 Feb 2027</dd>";
    CHECK_MESSAGE(html.find(expected) != std::string::npos, html.substr(0, 900));
    // Without the day, no next check is made up.
    CHECK(report_html({r, doc, test::shipped(), brand, "28.11.2026", ""}).find("class=\"recheck\"") == std::string::npos);
  }
  const Report optimise = report_of("phase2_despite_exhausted_en", Language::de);
  REQUIRE(optimise.phase == 2);
  CHECK(report_html({optimise, doc, test::shipped(), brand, "", "", "2026-11-28"}).find("<dd class=\"recheck\">28.05.2027</dd>") !=
        std::string::npos);
}

namespace {

struct Session {
  explicit Session(RecordingPlatform& platform, Language lang = Language::de)
      : brand(shipped_brand()), flow(test::shipped(), lang), session(test::shipped(), brand, flow, platform, [] { return std::string("p{}"); }) {
    session.start("");
  }
  Brand brand;
  AssessmentFlow flow;
  AppSession session;
};

}  // namespace

TEST_CASE("save_recheck downloads the calendar entry for the result on screen") {
  RecordingPlatform platform;  // its clock reads 2026-11-28T10:15:00Z
  Session page(platform);
  CHECK_FALSE(page.session.recheck_date());
  page.session.save_recheck();  // no result yet: nothing to remind of
  CHECK(platform.downloads.empty());

  page.flow.load(test::scaling_company());
  REQUIRE(page.flow.report());
  REQUIRE(page.flow.report()->phase == 1);
  CHECK(page.session.recheck_date() == "28.02.2027");
  page.session.save_recheck();
  REQUIRE(platform.downloads.size() == 1);
  const auto& [name, ics] = platform.downloads[0];
  CHECK(name == "phasecheck-recheck-2027-02-28.ics");
  check_well_formed(ics);
  CHECK(unfold(ics).find("\r\nDTSTART;VALUE=DATE:20270228\r\n") != std::string::npos);
  CHECK(property(ics, "SUMMARY") == "Phasencheck wiederholen – Phase 1 – Skalieren");
  CHECK(property(ics, "DESCRIPTION").find("https://check.example/index.html") != std::string::npos);
  CHECK(property(ics, "DESCRIPTION").find("#a=") == std::string::npos);  // the answers stay out of calendars

  // The printed report carries the same day.
  const std::optional<std::string> html = page.session.report_html();
  REQUIRE(html);
  CHECK(html->find("<dd class=\"recheck\">28.02.2027</dd>") != std::string::npos);

  page.flow.set_language(Language::en);
  CHECK(page.session.recheck_date() == "28 Feb 2027");
  page.session.save_recheck();
  REQUIRE(platform.downloads.size() == 2);
  CHECK(property(platform.downloads[1].second, "SUMMARY") == "Repeat the Sales Phase Check – Phase 1 – Scale");
}

TEST_CASE("the re-check counts from the visitor's day, not from the UTC day") {
  // 00:30 in Berlin on 1 December is still 30 November in UTC.
  RecordingPlatform platform;
  platform.today = "2026-12-01";
  Session page(platform);
  page.flow.load(test::scaling_company());
  CHECK(page.session.recheck_date() == "01.03.2027");
  page.session.save_recheck();
  REQUIRE(platform.downloads.size() == 1);
  CHECK(platform.downloads[0].first == "phasecheck-recheck-2027-03-01.ics");
  CHECK(unfold(platform.downloads[0].second).find("\r\nDTSTART;VALUE=DATE:20270301\r\n") != std::string::npos);
  // The stamp is the moment of saving, in UTC: date and time from the same reading.
  CHECK(unfold(platform.downloads[0].second).find("\r\nDTSTAMP:20261128T101500Z\r\n") != std::string::npos);
  const std::optional<std::string> html = page.session.report_html();
  REQUIRE(html);
  CHECK(html->find("01.12.2026") != std::string::npos);  // the report's date is the same day
  CHECK(html->find("<dd class=\"recheck\">01.03.2027</dd>") != std::string::npos);
}

// ---- The call to action per phase (assets/brand.json)

TEST_CASE("Phase 1 has its own call to action, which asks for no consultant now; the others the default") {
  const Brand brand = shipped_brand();
  for (Language lang : kLanguages) {
    const CallToActionText scale = brand.cta_for("scale", lang);
    const CallToActionText optimise = brand.cta_for("optimize", lang);
    CHECK(scale.text == brand.cta_by_phase[0]->text.in(lang));
    CHECK(scale.label == brand.cta_by_phase[0]->label.in(lang));
    CHECK(scale.text != optimise.text);
    CHECK(scale.label != optimise.label);
    CHECK(optimise.text == brand.cta_text.in(lang));
    CHECK(optimise.label == brand.cta_label.in(lang));
    CHECK(brand.cta_for("redesign", lang).text == brand.cta_text.in(lang));
    CHECK(brand.cta_for("", lang).text == brand.cta_text.in(lang));  // no result: the default
  }
  CHECK(brand.cta_for("scale", Language::de).text.find("keinen Berater") != std::string_view::npos);
  CHECK(brand.cta_for("scale", Language::en).text.find("no consultant") != std::string_view::npos);
  CHECK(brand.cta_for("scale", Language::de).label.find("vereinbaren") == std::string_view::npos);

  // The printed report's closing words follow the phase too.
  AnswersDocument doc = test::scaling_company();
  const Report scale_report = report_of("phase1_clear_en", Language::de);
  const Report optimise_report = report_of("phase2_despite_exhausted_en", Language::de);
  CHECK(report_html({scale_report, doc, test::shipped(), brand, "", ""}).find(std::string(brand.cta_for("scale", Language::de).text)) !=
        std::string::npos);
  CHECK(report_html({optimise_report, doc, test::shipped(), brand, "", ""}).find(brand.cta_text.de) != std::string::npos);

  // A Phase 1 that is not clear is to be checked in a discussion: "no consultant needed" would
  // contradict that, so it gets the default call to action.
  const Report doubtful_scale = report_of("evidence_cost_outgrows_revenue", Language::de);
  REQUIRE(doubtful_scale.phase == 1);
  REQUIRE(doubtful_scale.confidence.level != "high");
  CHECK(doubtful_scale.call_to_action.empty());
  CHECK(scale_report.call_to_action == "scale");
  CHECK(report_html({doubtful_scale, doc, test::shipped(), brand, "", ""}).find(brand.cta_text.de) != std::string::npos);

  // Without cta_by_phase every phase gets the default.
  Json plain = Json::parse(test::read_test_file("../assets/brand.json"));
  plain.erase("cta_by_phase");
  const BrandLoad loaded = load_brand(plain.dump());
  REQUIRE(loaded.value);
  CHECK(loaded.value->cta_for("scale", Language::de).text == brand.cta_text.de);
}

TEST_CASE("cta_by_phase is validated with JSON pointers") {
  using test::mentions;
  const Json entry = {{"label", {{"de", "L"}, {"en", "L"}}}, {"text", {{"de", "T"}, {"en", "T"}}}};
  CHECK(mentions(brand_problems_after([&](Json& d) { d["cta_by_phase"]["phase1"] = entry; }), "/cta_by_phase/phase1",
                 "unknown phase \"phase1\"; allowed: scale, optimize, redesign"));
  CHECK(mentions(brand_problems_after([](Json& d) { d["cta_by_phase"]["scale"]["text"].erase("en"); }),
                 "/cta_by_phase/scale/text/en", "missing"));
  CHECK(mentions(brand_problems_after([](Json& d) { d["cta_by_phase"]["scale"].erase("label"); }),
                 "/cta_by_phase/scale/label", "missing"));
  CHECK(mentions(brand_problems_after([](Json& d) { d["cta_by_phase"]["scale"]["url"] = "https://example.com"; }),
                 "/cta_by_phase/scale/url", "unknown field"));
  CHECK(mentions(brand_problems_after([](Json& d) { d["cta_by_phase"]["scale"]["text"]["fr"] = "x"; }),
                 "/cta_by_phase/scale/text/fr", "unknown field"));
  CHECK_FALSE(brand_problems_after([](Json& d) { d["cta_by_phase"]["redesign"] = "Jetzt anrufen"; }).empty());
  CHECK_FALSE(brand_problems_after([](Json& d) { d["cta_by_phase"] = Json::array(); }).empty());
  CHECK(brand_problems_after([&](Json& d) { d["cta_by_phase"]["optimize"] = entry; }).empty());
  CHECK(brand_problems_after([](Json& d) { d["cta_by_phase"] = Json::object(); }).empty());
}

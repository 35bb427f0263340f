// The meeting page's session (app/meeting_session): participants from the device, files and links,
// refusals that lose nothing, the agreed view, autosave, the meeting file and the printed report.
// Also the meeting page's wording file (core/wording_file), which it needs to name its messages.
#include "app/meeting_session.hpp"
#include "core/meeting_document.hpp"
#include "core/persistence.hpp"
#include "core/share_link.hpp"
#include "core/wording_file.hpp"
#include "support/recording_platform.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

const Brand& brand() {
  static const Brand b = *load_brand(test::read_test_file("../assets/brand.json")).value;
  return b;
}

// The questionnaire with the meeting page's wording, as the meeting page loads it.
const Questionnaire& worded() {
  static const Questionnaire q = [] {
    Questionnaire with = test::shipped();
    const Problems problems = add_wording(with, test::read_test_file("../assets/meeting.json"), required_meeting_message_keys());
    REQUIRE_MESSAGE(problems.empty(), (problems.empty() ? "" : describe(problems[0])));
    return with;
  }();
  return q;
}

struct Page {
  explicit Page(RecordingPlatform& platform)
      : flow(worded(), Language::de), session(worded(), brand(), flow, platform, "p{}") {
    session.start();
  }
  AssessmentFlow flow;
  MeetingSession session;
};

bool said(const MeetingSession& session, const std::string& key, const std::string& reason = {}) {
  for (const auto& m : session.messages()) {
    if (m.key == key && (reason.empty() || m.reason == reason)) return true;
  }
  return false;
}

std::string answers_file(const std::string& participant, std::map<std::string, std::string> changes = {}) {
  AnswersDocument doc = test::scaling_company_with(changes);
  if (!participant.empty()) doc.meta["participant"] = participant;
  return answers_document_text(doc);
}

}  // namespace

TEST_CASE("the meeting wording file: shipped complete; a missing, unknown or clashing key refuses all of it") {
  CHECK(worded().message("meeting.title", Language::en) == "Compare several people");
  Questionnaire q = test::shipped();
  const std::size_t before = q.messages.size();
  const std::string missing = R"({"schema": "phasecheck.wording/1", "messages": {"meeting.title": {"de": "a", "en": "b"}}})";
  Problems problems = add_wording(q, missing, required_meeting_message_keys());
  CHECK_FALSE(problems.empty());
  CHECK(q.messages.size() == before);
  const std::string clash = R"({"schema": "phasecheck.wording/1", "messages": {"ui.app_title": {"de": "a", "en": "b"}}})";
  problems = add_wording(q, clash, {"ui.app_title"});
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].what == "already a message of the questionnaire");
  CHECK(add_wording(q, R"({"schema": "x", "messages": {}})", {}).size() == 1);
  CHECK(add_wording(q, "{", {}).size() >= 1);
  CHECK(q.messages.size() == before);
}

TEST_CASE("a participant answers right on the device, under the name typed") {
  RecordingPlatform platform;
  Page page(platform);
  CHECK_FALSE(page.session.start_answering());  // no name yet
  CHECK(said(page.session, "meeting.reason.no_name"));  // the reason alone: there is nothing to name
  CHECK(meeting_message_text(page.session.messages().back(), worded(), Language::en) == "Please enter a name or role first.");
  page.session.set_text(MeetingSession::kNameField, "  Vertriebsleitung ");
  REQUIRE(page.session.start_answering());
  CHECK(page.session.screen() == MeetingScreen::answering);
  CHECK(page.flow.screen() == Screen::question);
  CHECK(page.session.answering_name() == "Vertriebsleitung");
  CHECK_FALSE(page.session.finish_answering());  // no result yet
  page.flow.load(test::scaling_company());
  REQUIRE(page.session.finish_answering());
  REQUIRE(page.session.meeting().participants.size() == 1);
  CHECK(page.session.meeting().participants[0].name == "Vertriebsleitung");
  CHECK(page.session.meeting().participants[0].answers.answers == test::scaling_company().answers);
  CHECK(page.session.screen() == MeetingScreen::participants);
  CHECK(page.flow.screen() == Screen::intro);  // the next person starts afresh
  CHECK(*page.session.text(MeetingSession::kNameField) == "");
  CHECK(said(page.session, "meeting.added"));
}

TEST_CASE("files: each good one joins, a corrupt one among them gets its own message naming it") {
  RecordingPlatform platform;
  Page page(platform);
  page.session.add_file("ceo.json", answers_file("CEO"));
  page.session.add_file("broken.json", "{\"schema\": \"phasecheck.answers/1\", ");
  page.session.add_file("kam.answers.json", answers_file("", {{"scale_unchanged", "no"}}));
  REQUIRE(page.session.meeting().participants.size() == 2);
  CHECK(page.session.meeting().participants[0].name == "CEO");
  CHECK(page.session.meeting().participants[1].name == "kam");
  int refusals = 0;
  for (const auto& m : page.session.messages()) {
    if (m.key != "meeting.refused") continue;
    ++refusals;
    CHECK(m.values == TemplateValues{{"source", "broken.json"}});
    CHECK(m.reason.rfind("problem.file.", 0) == 0);  // the app's plain words for a file that is not readable
    CHECK(meeting_message_text(m, worded(), Language::en).find("broken.json") != std::string::npos);
  }
  CHECK(refusals == 1);
  // Confirmations do not pile up: the latest stands for them; the refusal stays until dismissed.
  int confirmations = 0;
  for (const auto& m : page.session.messages()) confirmations += m.key == "meeting.added" ? 1 : 0;
  CHECK(confirmations == 1);
  page.session.show(MeetingScreen::compare);
  CHECK(page.session.messages().size() == 1);
  CHECK(page.session.messages()[0].problem);
  // The same person again: refused, named, the meeting unchanged.
  page.session.add_file("ceo-again.json", answers_file("ceo"));
  CHECK(said(page.session, "meeting.refused", "meeting.reason.duplicate"));
  CHECK(page.session.meeting().participants.size() == 2);
  // A file the page refused before reading (too large): its own message too.
  page.session.file_refused("huge.json", "notice.file_too_large");
  CHECK(meeting_message_text(page.session.messages().back(), worded(), Language::de).find("huge.json") != std::string::npos);
}

TEST_CASE("a ninth participant is refused clearly, the eight stay") {
  RecordingPlatform platform;
  Page page(platform);
  for (int i = 1; i <= 8; ++i) page.session.add_file("p" + std::to_string(i) + ".json", answers_file(""));
  REQUIRE(page.session.meeting().participants.size() == 8);
  page.session.add_file("p9.json", answers_file(""));
  CHECK(page.session.meeting().participants.size() == 8);
  CHECK(said(page.session, "meeting.refused", "meeting.reason.full"));
  page.session.set_text(MeetingSession::kNameField, "Neun");
  CHECK_FALSE(page.session.start_answering());
  CHECK(page.session.screen() == MeetingScreen::participants);
}

TEST_CASE("a pasted share link joins under the typed name; a cut link is refused with the link's reason") {
  RecordingPlatform platform;
  Page page(platform);
  const std::string link = "https://check.example/index.html#" + encode_share_fragment(test::scaling_company());
  page.session.set_text(MeetingSession::kLinkField, link);
  CHECK_FALSE(page.session.add_link());  // no name
  CHECK(said(page.session, "meeting.reason.no_name"));
  page.session.set_text(MeetingSession::kNameField, "KAM");
  page.session.set_text(MeetingSession::kLinkField, link.substr(0, link.size() - 6));
  CHECK_FALSE(page.session.add_link());
  CHECK(said(page.session, "meeting.refused", "problem.link.cut"));
  CHECK(page.session.meeting().participants.empty());
  page.session.set_text(MeetingSession::kLinkField, link);
  REQUIRE(page.session.add_link());
  REQUIRE(page.session.meeting().participants.size() == 1);
  CHECK(page.session.meeting().participants[0].name == "KAM");
  CHECK(*page.session.text(MeetingSession::kLinkField) == "");
}

TEST_CASE("the agreed view: take a participant's answer, tap again to undo, a note per question") {
  RecordingPlatform platform;
  Page page(platform);
  page.session.add_file("ceo.json", answers_file("CEO"));
  page.session.add_file("kam.json", answers_file("KAM", {{"scale_unchanged", "no"}}));
  page.session.agree("scale_unchanged", "no");
  CHECK(page.session.meeting().agreed.at("scale_unchanged").option == "no");
  CHECK(page.session.meeting().agreed.at("scale_unchanged").from == "KAM");
  page.session.agree("scale_unchanged", "no");
  const auto undone = page.session.meeting().agreed.find("scale_unchanged");
  CHECK((undone == page.session.meeting().agreed.end() || undone->second.option.empty()));
  page.session.set_text("meeting:note:scale_unchanged", "Regionen unterschiedlich");
  CHECK(*page.session.text("meeting:note:scale_unchanged") == "Regionen unterschiedlich");
  page.session.use_figures_of("KAM");
  CHECK(page.session.meeting().figures_from == "KAM");
}

TEST_CASE("the meeting autosaves under its own key and comes back on the next page") {
  RecordingPlatform platform;
  {
    Page page(platform);
    page.session.add_file("ceo.json", answers_file("CEO"));
    page.session.after_change();
    CHECK(platform.storage.count(std::string(MeetingSession::kStorageKey)) == 1);
    CHECK(platform.storage.count("phasecheck.state/1") == 0);  // the check's own answers are not touched
    const int writes = platform.writes;
    page.session.after_change();
    CHECK(platform.writes == writes);  // nothing changed, nothing written
  }
  Page again(platform);
  REQUIRE(again.session.meeting().participants.size() == 1);
  CHECK(again.session.meeting().participants[0].name == "CEO");
}

TEST_CASE("damaged stored meeting: a message, set aside, nothing lost; a full storage: a message") {
  RecordingPlatform platform;
  platform.storage[std::string(MeetingSession::kStorageKey)] = "{\"schema\": \"phasecheck.meeting/1\", broken";
  Page page(platform);
  CHECK(said(page.session, "meeting.stored_corrupt"));
  CHECK(page.session.meeting().participants.empty());
  CHECK(platform.storage[std::string(MeetingSession::kSetAsideKey)] == "{\"schema\": \"phasecheck.meeting/1\", broken");
  platform.storage_full = true;
  page.session.add_file("ceo.json", answers_file("CEO"));
  page.session.after_change();
  CHECK(said(page.session, "meeting.storage_full"));
  CHECK(page.session.meeting().participants.size() == 1);
}

TEST_CASE("export and import as one phasecheck.meeting/1 file; the meeting it replaces is set aside") {
  RecordingPlatform platform;
  Page page(platform);
  page.session.add_file("ceo.json", answers_file("CEO"));
  page.session.export_file();
  REQUIRE(platform.downloads.size() == 1);
  CHECK(platform.downloads[0].first == "phasecheck-meeting-2026-11-28.json");
  const std::string exported = platform.downloads[0].second;
  page.session.add_file("kam.json", answers_file("KAM"));
  page.session.add_file("meeting.json", exported);
  REQUIRE(page.session.meeting().participants.size() == 1);
  CHECK(said(page.session, "meeting.imported"));
  REQUIRE(platform.storage.count(std::string(MeetingSession::kSetAsideKey)) == 1);
  CHECK(read_meeting_document(platform.storage[std::string(MeetingSession::kSetAsideKey)], worded()).value->participants.size() == 2);
  // A damaged meeting file: refused, the meeting unchanged.
  page.session.add_file("bad-meeting.json", "{\"schema\": \"phasecheck.meeting/1\"}");
  CHECK(said(page.session, "meeting.import_failed"));
  CHECK(page.session.meeting().participants.size() == 1);
}

TEST_CASE("the printed meeting report goes through the platform; a blocked tab is said") {
  RecordingPlatform platform;
  Page page(platform);
  page.session.add_file("ceo.json", answers_file("<b>CEO</b>"));
  page.session.print_report(Language::en);
  REQUIRE(platform.reports.size() == 1);
  CHECK(platform.reports[0].find("&lt;b&gt;CEO&lt;/b&gt;") != std::string::npos);
  CHECK(platform.reports[0].find("Meeting: the sales phase compared") != std::string::npos);
  platform.block_popups = true;
  page.session.print_report(Language::de);
  CHECK(said(page.session, "notice.report_blocked"));
}

TEST_CASE("before and after: the next file picked for the baseline becomes it; a bad one is refused, nothing lost") {
  RecordingPlatform platform;
  Page page(platform);
  page.session.add_file("ceo.json", answers_file("CEO"));
  page.session.choose_baseline();
  CHECK(platform.file_picks == 1);
  page.session.add_file("old.json", "not json");
  CHECK(said(page.session, "meeting.baseline_failed"));
  CHECK_FALSE(page.session.meeting().baseline.has_value());
  CHECK(page.session.meeting().participants.size() == 1);  // not taken for a participant either
  page.session.choose_baseline();
  page.session.add_file("check-august.json", answers_file("", {{"market_exhaustion", "max"}}));
  REQUIRE(page.session.meeting().baseline.has_value());
  CHECK(page.session.meeting().baseline->label == "check-august.json");
  CHECK(page.session.meeting().baseline->answers.answer("market_exhaustion") == "max");
  CHECK(page.session.meeting().participants.size() == 1);
  // Files picked for people afterwards join as people again.
  page.session.choose_files();
  page.session.add_file("kam.json", answers_file("KAM"));
  CHECK(page.session.meeting().participants.size() == 2);
  // A baseline picked but then the people's picker: the flag does not linger.
  page.session.choose_baseline();
  page.session.choose_files();
  page.session.add_file("sales.json", answers_file("Sales"));
  CHECK(page.session.meeting().participants.size() == 3);
}

TEST_CASE("the person answering at the table is autosaved: a reload finds them where they were") {
  RecordingPlatform platform;
  std::string first_question, first_option;
  {
    Page page(platform);
    page.session.add_file("ceo.json", answers_file("CEO"));
    page.session.set_text(MeetingSession::kNameField, "Vertriebsleitung");
    REQUIRE(page.session.start_answering());
    first_question = page.flow.question().id;
    first_option = page.flow.question().options.front().id;
    page.flow.choose(first_option);
    REQUIRE(page.flow.next());
    page.session.after_change();
    REQUIRE(platform.storage.count(std::string(MeetingSession::kAnsweringKey)) == 1);
    CHECK(platform.storage.count("phasecheck.state/1") == 0);  // the check's own answers are not touched
  }
  Page again(platform);  // the reload
  CHECK(again.session.screen() == MeetingScreen::answering);
  CHECK(again.session.answering_name() == "Vertriebsleitung");
  CHECK(again.flow.screen() == Screen::question);
  CHECK(again.flow.question_index() == 1);
  CHECK(again.flow.answers().answer(first_question) == first_option);
  CHECK(again.flow.answers().meta_text("participant").empty());  // the name is the meeting's, not an answer
  CHECK(said(again.session, "meeting.answering_resumed"));
  CHECK(again.session.meeting().participants.size() == 1);  // the meeting itself is kept as before
  // Done (added or cancelled): nothing to resume any more.
  again.session.cancel_answering();
  CHECK(platform.storage.count(std::string(MeetingSession::kAnsweringKey)) == 0);
  Page third(platform);
  CHECK(third.session.screen() == MeetingScreen::participants);
}

TEST_CASE("damaged saved answers of the person at the table: a message, set aside, the meeting still loads") {
  RecordingPlatform platform;
  {
    Page page(platform);
    page.session.add_file("ceo.json", answers_file("CEO"));
    page.session.after_change();
  }
  platform.storage[std::string(MeetingSession::kAnsweringKey)] = "{\"schema\": \"phasecheck.state/1\", broken";
  Page page(platform);
  CHECK(said(page.session, "meeting.answering_corrupt"));
  CHECK(page.session.screen() == MeetingScreen::participants);
  CHECK(page.session.meeting().participants.size() == 1);
  CHECK(platform.storage[std::string(MeetingSession::kAnsweringSetAsideKey)] == "{\"schema\": \"phasecheck.state/1\", broken");
  CHECK(platform.storage.count(std::string(MeetingSession::kAnsweringKey)) == 0);
  // A readable state without a name to answer as is not resumed under no one either.
  SavedState nameless{test::scaling_company(), "question", 2, "2026-11-28T10:00:00Z"};
  platform.storage[std::string(MeetingSession::kAnsweringKey)] = encode_state(nameless);
  Page nameless_page(platform);
  CHECK(said(nameless_page.session, "meeting.answering_corrupt"));
  CHECK(nameless_page.session.screen() == MeetingScreen::participants);
}

TEST_CASE("removing a participant can be undone, in their place, until the meeting changes otherwise") {
  RecordingPlatform platform;
  Page page(platform);
  page.session.add_file("ceo.json", answers_file("CEO"));
  page.session.add_file("kam.json", answers_file("KAM", {{"scale_unchanged", "no"}}));
  page.session.add_file("sales.json", answers_file("Sales"));
  page.session.agree("scale_unchanged", "no");  // taken from KAM
  page.session.remove("KAM");
  REQUIRE(page.session.meeting().participants.size() == 2);
  REQUIRE(!page.session.messages().empty());
  CHECK(page.session.messages().back().action == "undo_remove");
  REQUIRE(page.session.undo_remove());
  REQUIRE(page.session.meeting().participants.size() == 3);
  CHECK(page.session.meeting().participants[1].name == "KAM");  // in their place
  CHECK(page.session.meeting().agreed.at("scale_unchanged").from == "KAM");
  CHECK(said(page.session, "meeting.remove_undone"));
  CHECK_FALSE(page.session.undo_remove());  // one undo per removal
  // Another change ends the offer: an undo then would throw the change away.
  page.session.remove("Sales");
  page.session.set_text("meeting:note:scale_unchanged", "Regionen");
  CHECK_FALSE(page.session.undo_remove());
  CHECK(page.session.meeting().participants.size() == 2);
  for (const auto& m : page.session.messages()) CHECK(m.action.empty());
  // So do another screen and dismissing the message.
  page.session.remove("KAM");
  page.session.show(MeetingScreen::compare);
  CHECK_FALSE(page.session.undo_remove());
  page.session.show(MeetingScreen::participants);
  page.session.remove("CEO");
  page.session.dismiss(page.session.messages().size() - 1);
  CHECK_FALSE(page.session.undo_remove());
  CHECK(page.session.meeting().participants.empty());
}

TEST_CASE("the baseline is named by the assessment's date: its meta.date, the date in its file name, else the file name") {
  RecordingPlatform platform;
  Page page(platform);  // German
  AnswersDocument dated = test::scaling_company();
  dated.meta["date"] = std::string("2026-03-12");
  page.session.choose_baseline();
  page.session.add_file("alt.json", answers_document_text(dated));
  REQUIRE(page.session.meeting().baseline.has_value());
  CHECK(page.session.meeting().baseline->label == "Check vom 12.03.2026");
  page.session.choose_baseline();
  page.session.add_file("phasecheck-Muster-GmbH-2026-08-28.json", answers_file(""));
  CHECK(page.session.meeting().baseline->label == "Check vom 28.08.2026");
  page.session.choose_baseline();
  page.session.add_file("check-august.json", answers_file(""));
  CHECK(page.session.meeting().baseline->label == "check-august.json");
  RecordingPlatform english_platform;
  AssessmentFlow flow(worded(), Language::en);
  MeetingSession english(worded(), brand(), flow, english_platform, "p{}");
  english.start();
  english.choose_baseline();
  english.add_file("alt.json", answers_document_text(dated));
  CHECK(english.meeting().baseline->label == "Check of 12 Mar 2026");
}

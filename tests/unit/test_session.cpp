#include "app/app_session.hpp"
#include "core/result_document.hpp"
#include "core/share_link.hpp"
#include "support/recording_platform.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

const Brand& brand() {
  static const Brand b = *load_brand(test::read_test_file("../assets/brand.json")).value;
  return b;
}

// One page load: a flow and a session over a platform whose storage outlives it.
struct Page {
  explicit Page(RecordingPlatform& platform, std::string_view fragment = "")
      : flow(test::shipped(), Language::de), session(test::shipped(), brand(), flow, platform, [] { return std::string("p{}"); }) {
    session.start(fragment);
  }
  AssessmentFlow flow;
  AppSession session;
};

bool has_notice(const AppSession& session, const std::string& key) {
  for (const auto& notice : session.notices()) {
    if (notice.key == key) return true;
  }
  return false;
}

void answer_first(Page& page, std::size_t count) {
  page.flow.start();
  const AnswersDocument all = test::scaling_company();
  for (std::size_t i = 0; i < count; ++i) {
    page.flow.choose(all.answer(page.flow.question().id));
    page.flow.next();
    page.session.after_change();
  }
}

}  // namespace

TEST_CASE("every change is saved, and a new page offers to continue exactly there") {
  RecordingPlatform platform;
  {
    Page page(platform);
    answer_first(page, 4);
    CHECK(platform.storage.count(std::string(AppSession::kStateKey)) == 1);
  }
  Page again(platform);
  REQUIRE(again.session.resume_offer());
  CHECK(again.session.resume_offer()->answered == 4);
  CHECK(again.session.resume_offer()->saved_at == "2026-11-28T10:15:00Z");
  CHECK(again.flow.screen() == Screen::intro);
  again.flow.set_language(Language::en);  // looking around does not discard the offer
  again.session.after_change();
  REQUIRE(again.session.resume_offer());
  again.session.resume();
  CHECK(again.flow.screen() == Screen::question);
  CHECK(again.flow.question_index() == 4);
  CHECK(again.flow.answers().answers.size() == 4);
}

TEST_CASE("starting afresh clears the saved state") {
  RecordingPlatform platform;
  { Page page(platform); answer_first(page, 2); }
  Page again(platform);
  again.session.start_fresh();
  CHECK_FALSE(again.session.resume_offer());
  CHECK(platform.storage.count(std::string(AppSession::kStateKey)) == 0);
}

TEST_CASE("storage blocked: the app works and says saving is off") {
  RecordingPlatform platform;
  platform.storage_on = false;
  Page page(platform);
  CHECK(has_notice(page.session, "notice.storage_off"));
  CHECK_FALSE(page.session.saving());
  answer_first(page, 15);
  CHECK(page.flow.screen() == Screen::economics);
  CHECK(platform.writes == 0);
}

TEST_CASE("storage full: saving stops with a notice, nothing else changes") {
  RecordingPlatform platform;
  Page page(platform);
  platform.storage_full = true;
  answer_first(page, 2);
  CHECK(has_notice(page.session, "notice.storage_full"));
  CHECK_FALSE(page.session.saving());
  CHECK(page.flow.answers().answers.size() == 2);
}

TEST_CASE("corrupt stored data is set aside with a notice, never lost") {
  RecordingPlatform platform;
  platform.storage[std::string(AppSession::kStateKey)] = "{\"schema\": \"phasecheck.state/1\", \"answers\": [";
  Page page(platform);
  CHECK(has_notice(page.session, "notice.stored_corrupt"));
  CHECK(platform.storage[std::string(AppSession::kSetAsideKey)] == "{\"schema\": \"phasecheck.state/1\", \"answers\": [");
  CHECK_FALSE(page.session.resume_offer());
  answer_first(page, 1);
  CHECK(page.session.saving());
}

TEST_CASE("data from a newer version is left alone") {
  RecordingPlatform platform;
  const std::string newer = R"({"schema": "phasecheck.state/2", "answers": {}, "new_thing": true})";
  platform.storage[std::string(AppSession::kStateKey)] = newer;
  Page page(platform);
  CHECK(has_notice(page.session, "notice.stored_newer"));
  answer_first(page, 3);
  CHECK(platform.storage[std::string(AppSession::kStateKey)] == newer);
}

TEST_CASE("older saved data is migrated with a notice") {
  RecordingPlatform platform;
  platform.storage[std::string(AppSession::kStateKey)] =
      R"({"schema": "phasecheck.answers/1", "answers": {"scale_unchanged": "yes", "retired_question": "x"}})";
  Page page(platform);
  CHECK(has_notice(page.session, "notice.stored_migrated"));
  REQUIRE(page.session.resume_offer());
  CHECK(page.session.resume_offer()->answered == 1);
}

TEST_CASE("a share link opens the result; earlier work is kept aside and can come back") {
  RecordingPlatform platform;
  { Page page(platform); answer_first(page, 3); }
  const std::string fragment = "#" + encode_share_fragment(test::scaling_company());
  Page linked(platform, fragment);
  CHECK(linked.flow.screen() == Screen::result);
  CHECK(platform.fragments_cleared == 1);
  REQUIRE(has_notice(linked.session, "notice.link_loaded"));
  CHECK(linked.session.notices().back().action == "restore_previous");
  linked.session.after_change();
  linked.session.notice_action(linked.session.notices().size() - 1);
  CHECK(linked.flow.answers().answers.size() == 3);
  CHECK(linked.flow.screen() == Screen::question);
}

TEST_CASE("a malformed link gets a notice and changes nothing") {
  RecordingPlatform platform;
  Page page(platform);
  answer_first(page, 2);
  page.session.open_link("#a=1zz");
  CHECK(has_notice(page.session, "notice.link_failed"));
  CHECK(page.flow.answers().answers.size() == 2);
  CHECK(page.session.share_link() == "https://check.example/index.html#" + encode_share_fragment(page.flow.answers()));
}

TEST_CASE("save file, open it again: the same state; bad files change nothing") {
  RecordingPlatform platform;
  Page page(platform);
  page.flow.load(test::scaling_company());
  page.flow.set_text("field:company", "Müller & Söhne");
  page.flow.set_text("field:notes", "Nächster Schritt: Workshop");
  page.session.save_file();
  REQUIRE(platform.downloads.size() == 1);
  CHECK(platform.downloads[0].first == "phasecheck-Müller-Söhne-2026-11-28.json");
  const Json before = answers_to_json(page.flow.answers());

  for (const std::string& bad : {std::string("no json"), std::string(R"({"schema": "phasecheck.answers/1", "answers": {"x": "y"}})"),
                                std::string(R"({"schema": "other/1"})")}) {
    page.session.import_file("bad.json", bad);
    CHECK(page.session.notices().back().key == "notice.import_failed");
    CHECK(answers_to_json(page.flow.answers()) == before);
  }
  page.session.import_file("huge.json", std::string(AppSession::kMaxImportBytes + 1, ' '));
  CHECK(page.session.notices().back().key == "notice.file_too_large");

  Page other(platform);
  other.session.import_file(platform.downloads[0].first, platform.downloads[0].second);
  CHECK(other.session.notices().back().key == "notice.import_done");
  CHECK(answers_to_json(other.flow.answers()) == before);
  CHECK(*other.flow.text("field:company") == "Müller & Söhne");
}

TEST_CASE("the report opens only with a result, and carries the company") {
  RecordingPlatform platform;
  Page page(platform);
  page.session.print_report();
  CHECK(platform.reports.empty());
  page.flow.load(test::scaling_company());
  page.session.text_changed("field:company", "<b>ACME</b>");
  page.session.print_report();
  REQUIRE(platform.reports.size() == 1);
  CHECK(platform.reports[0].find("&lt;b&gt;ACME&lt;/b&gt;") != std::string::npos);
  CHECK(platform.reports[0].find("28.11.2026") != std::string::npos);
  CHECK_FALSE(has_notice(page.session, "notice.report_blocked"));
  platform.block_popups = true;  // a popup blocker: the visitor is told, not left wondering
  page.session.print_report();
  CHECK(has_notice(page.session, "notice.report_blocked"));
}

TEST_CASE("the report's stylesheet is asked for when the report is made, not when the session starts") {
  // The check's page fetches report.css with the code that prints, after the first question (#13).
  RecordingPlatform platform;
  AssessmentFlow flow(test::shipped(), Language::de);
  std::string stylesheet;  // not there yet when the session is made
  AppSession session(test::shipped(), brand(), flow, platform, [&stylesheet] { return stylesheet; });
  session.start("");
  flow.load(test::scaling_company());
  stylesheet = "h1{color:#123456}";
  session.print_report();
  REQUIRE(platform.reports.size() == 1);
  CHECK(platform.reports[0].find("h1{color:#123456}") != std::string::npos);
}

TEST_CASE("text fields: bounded in characters, carried in meta, saved; over the limit kept at the field, not saved") {
  RecordingPlatform platform;
  Page page(platform);
  std::string company;
  for (int i = 0; i < 199; ++i) company += "ä";
  page.session.text_changed("field:company", company + "ä");  // 200 characters, 400 bytes: all of it
  CHECK(*page.flow.text("field:company") == company + "ä");
  page.session.after_change();
  CHECK(platform.storage[std::string(AppSession::kStateKey)].find(company + "ä") != std::string::npos);
  page.session.text_changed("field:company", company + "äö");  // one too many: kept, said, not saved
  CHECK(*page.flow.text("field:company") == company + "äö");
  CHECK(page.flow.text_excess("field:company") == 1);
  page.session.after_change();
  CHECK(platform.storage[std::string(AppSession::kStateKey)].find(company + "äö") == std::string::npos);
  page.session.text_changed("field:notes", std::string(30000, 'x'));
  CHECK(page.flow.text("field:notes")->size() == 30000);
  CHECK(page.flow.text_excess("field:notes") == 10000);
  page.session.text_changed("field:prior:revenue", "1.000.000");
  CHECK(*page.flow.text("field:prior:revenue") == "1.000.000");
  CHECK_FALSE(page.flow.set_text("field:unknown", "x"));
}

namespace {

std::size_t notice_index(const AppSession& session, const std::string& key) {
  for (std::size_t i = 0; i < session.notices().size(); ++i) {
    if (session.notices()[i].key == key) return i;
  }
  CHECK_MESSAGE(false, "no notice " << key);
  return session.notices().size();
}

}  // namespace

// #11, item 3: "start over" removed everything at once, with no confirmation and no undo.
TEST_CASE("start over deletes everything at once, and undo brings back exactly what was there") {
  RecordingPlatform platform;
  Page page(platform);
  EconomicsInput figures;
  figures.current[Figure::revenue] = 11000000;
  page.flow.load(test::scaling_company_with({{"hiring_capacity", "no"}}, figures));
  page.session.text_changed("field:company", "Müller GmbH");
  page.session.text_changed("field:notes", "Workshop im März");
  page.session.after_change();
  const auto storage_before = platform.storage;
  REQUIRE(storage_before.count(std::string(AppSession::kStateKey)) == 1);
  const std::string answers_before = answers_document_text(page.flow.answers());
  const std::string result_before = result_document_text(*page.flow.report());

  page.session.restart();
  page.session.after_change();
  CHECK(page.flow.screen() == Screen::intro);
  CHECK(page.flow.answers().answers.empty());
  CHECK(page.flow.answers().economics.empty());
  CHECK(page.flow.text("field:company")->empty());
  CHECK(page.flow.text("field:notes")->empty());
  CHECK(platform.storage.count(std::string(AppSession::kStateKey)) == 0);  // deleted at once, not kept in storage
  const std::size_t index = notice_index(page.session, "notice.restarted");
  CHECK(page.session.notices()[index].action == "undo_restart");
  CHECK(page.session.can_undo_restart());

  platform.now = "2026-11-28T10:20:00Z";  // later: a re-saved state would differ
  page.session.notice_action(index);
  page.session.after_change();
  CHECK_FALSE(has_notice(page.session, "notice.restarted"));
  CHECK_FALSE(page.session.can_undo_restart());
  CHECK(page.flow.screen() == Screen::result);
  CHECK(answers_document_text(page.flow.answers()) == answers_before);
  REQUIRE(page.flow.report());
  CHECK(result_document_text(*page.flow.report()) == result_before);
  CHECK(*page.flow.text("field:company") == "Müller GmbH");
  CHECK(*page.flow.text("field:notes") == "Workshop im März");
  CHECK(platform.storage == storage_before);  // byte for byte, its date included
}

TEST_CASE("the undo lasts until something new is entered and the visitor moves on, or its notice goes") {
  RecordingPlatform platform;
  Page page(platform);
  page.flow.load(test::scaling_company());
  page.session.after_change();
  page.session.restart();
  page.session.after_change();
  page.flow.set_language(Language::en);  // looking around keeps it
  page.session.after_change();
  page.flow.start();
  page.session.after_change();
  page.flow.choose("product");
  page.session.after_change();
  CHECK(page.session.can_undo_restart());  // the notice never vanishes under the finger that answered
  REQUIRE(page.flow.next());
  page.session.after_change();
  CHECK_FALSE(page.session.can_undo_restart());
  CHECK_FALSE(has_notice(page.session, "notice.restarted"));
  CHECK(page.flow.answers().answers.size() == 1);  // the new work stays, and is saved
  CHECK(platform.storage.count(std::string(AppSession::kStateKey)) == 1);

  // Dismissing the notice confirms the deletion.
  page.flow.load(test::scaling_company());
  page.session.after_change();
  page.session.restart();
  page.session.dismiss_notice(notice_index(page.session, "notice.restarted"));
  CHECK_FALSE(page.session.can_undo_restart());

  // Other answers loaded meanwhile (a file, a link) end it as well.
  page.flow.load(test::scaling_company());
  page.session.after_change();
  page.session.restart();
  page.session.after_change();
  page.session.import_file("other.json", answers_document_text(test::scaling_company_with({{"sales_stage", "contact"}})));
  page.session.after_change();
  CHECK_FALSE(page.session.can_undo_restart());
  CHECK_FALSE(has_notice(page.session, "notice.restarted"));
  CHECK(page.flow.answers().answers.at("sales_stage") == "contact");
}

TEST_CASE("undo after a language switch: everything back, in the language chosen since") {
  RecordingPlatform platform;
  Page page(platform);
  page.flow.load(test::scaling_company());
  page.session.after_change();
  page.session.restart();
  page.session.after_change();
  page.flow.set_language(Language::en);
  page.session.after_change();
  page.session.undo_restart();
  page.session.after_change();
  CHECK(page.flow.screen() == Screen::result);
  CHECK(page.flow.report()->lang == Language::en);
  const StateRead stored = decode_state(platform.storage[std::string(AppSession::kStateKey)], test::shipped());
  REQUIRE(stored.value);
  CHECK(stored.value->answers.lang == Language::en);
  CHECK(stored.value->answers.answers.size() == 15);
}

TEST_CASE("starting afresh from the offer can be undone too: the offer and the saved state come back") {
  RecordingPlatform platform;
  { Page page(platform); answer_first(page, 2); }
  const auto stored = platform.storage;
  Page again(platform);
  again.session.start_fresh();
  again.session.after_change();
  CHECK_FALSE(again.session.resume_offer());
  CHECK(platform.storage.count(std::string(AppSession::kStateKey)) == 0);
  again.session.notice_action(notice_index(again.session, "notice.restarted"));
  again.session.after_change();
  REQUIRE(again.session.resume_offer());
  CHECK(again.session.resume_offer()->answered == 2);
  CHECK(platform.storage == stored);
  again.session.resume();
  CHECK(again.flow.answers().answers.size() == 2);
}

TEST_CASE("start over and its undo without storage") {
  RecordingPlatform platform;
  platform.storage_on = false;
  Page page(platform);
  page.flow.load(test::scaling_company());
  page.session.after_change();
  page.session.restart();
  page.session.after_change();
  page.session.undo_restart();
  page.session.after_change();
  CHECK(page.flow.screen() == Screen::result);
  CHECK(platform.writes == 0);
}

// #11, item 4: figures typed before "continue without figures" must not be lost on the way out either.
TEST_CASE("figures kept out of the result are in the saved state and the file, and come back from both") {
  RecordingPlatform platform;
  {
    Page page(platform);
    answer_first(page, 15);
    REQUIRE(page.flow.screen() == Screen::economics);
    page.session.text_changed("field:current:revenue", "11.000.000");
    page.flow.skip_figures();
    page.session.after_change();
    REQUIRE(page.flow.report());
    CHECK_FALSE(page.flow.report()->economics);
    page.session.save_file();
  }
  REQUIRE(platform.downloads.size() == 1);
  CHECK(platform.downloads[0].second.find("11.000.000") != std::string::npos);

  Page again(platform);
  again.session.resume();
  REQUIRE(again.flow.screen() == Screen::result);
  CHECK_FALSE(again.flow.report()->economics);
  again.flow.back();
  CHECK(*again.flow.text("field:current:revenue") == "11.000.000");

  RecordingPlatform elsewhere;
  Page imported(elsewhere);
  imported.session.import_file(platform.downloads[0].first, platform.downloads[0].second);
  REQUIRE(imported.flow.screen() == Screen::result);
  imported.flow.back();
  CHECK(*imported.flow.text("field:current:revenue") == "11.000.000");
}

TEST_CASE("starting afresh, a language switch, then undo: the offer and its saved state come back unchanged") {
  RecordingPlatform platform;
  { Page page(platform); answer_first(page, 3); }
  const auto stored = platform.storage;
  Page again(platform);
  again.session.start_fresh();
  again.session.after_change();
  again.flow.set_language(Language::en);
  again.session.after_change();
  again.session.undo_restart();
  again.session.after_change();
  REQUIRE(again.session.resume_offer());
  CHECK(platform.storage == stored);
}

TEST_CASE("leaving a figure's field checks it at once; \"Korrigieren\" opens a field again") {
  RecordingPlatform platform;
  Page page(platform);
  answer_first(page, 15);
  REQUIRE(page.flow.screen() == Screen::economics);
  page.session.edit_text({"field:current:revenue", "Letztes Geschäftsjahr", "", 10, 10, 200, 46, false, true, 32});
  page.session.text_changed("field:current:revenue", "zwölf");
  CHECK(page.flow.figure(Year::current, Figure::revenue).error_key.empty());
  page.session.text_edit_ended("field:current:revenue");  // blur, Tab, Enter or Escape in the page
  CHECK(page.flow.figure(Year::current, Figure::revenue).error_key == "figures.error.not_a_number");
  CHECK(page.session.editing().empty());

  page.session.open_field("field:current:revenue");
  CHECK(page.session.opening("field:current:revenue"));
  page.session.edit_text({"field:current:revenue", "Letztes Geschäftsjahr", "zwölf", 10, 10, 200, 46, false, true, 32});
  CHECK_FALSE(page.session.opening("field:current:revenue"));
  CHECK(page.session.editing() == "field:current:revenue");
  CHECK(platform.edits.size() == 2);
}

// ---- Notices in plain words (#11, item 9) and the offline file's link (item 10)

namespace {

std::string shown(const Notice& notice, Language lang) { return notice_text(notice, test::shipped(), lang); }

Brand brand_with_public_url(const std::string& url) {
  Json doc = Json::parse(test::read_test_file("../assets/brand.json"));
  doc["public_url"] = url;
  return *load_brand(doc.dump()).value;
}

}  // namespace

TEST_CASE("a refused link says what is wrong in the visitor's words; the technical words go to the console") {
  RecordingPlatform platform;
  Page page(platform);
  page.session.open_link("#a=g");
  const Notice& notice = page.session.notices().back();
  CHECK(notice.key == "notice.link_failed");
  CHECK(shown(notice, Language::de) ==
        "Der Link konnte nicht geöffnet werden. Der Link stammt aus einer anderen Version des Phasenchecks. "
        "Ihre bisherigen Antworten bleiben erhalten.");
  CHECK(shown(notice, Language::en) ==
        "The link could not be opened. The link comes from a different version of the Phasencheck. Your answers so far are kept.");
  CHECK(notice.detail == "link: unknown link version \"g\" (this check reads version 1)");
  REQUIRE(platform.logged.size() == 1);
  CHECK(platform.logged[0] == "notice.link_failed: " + notice.detail);
}

TEST_CASE("a refused file names the question by the number the visitor saw") {
  RecordingPlatform platform;
  Page page(platform);
  std::size_t number = 0, position = 0;
  for (const auto& section : test::shipped().sections) {
    for (const auto& question : section.questions) {
      ++position;
      if (question.id == "market_exhaustion") number = position;
    }
  }
  REQUIRE(number > 1);
  page.session.import_file("kunde.json", R"({"schema": "phasecheck.answers/1", "answers": {"market_exhaustion": "huge"}})");
  const Notice& notice = page.session.notices().back();
  CHECK(shown(notice, Language::de) == "„kunde.json“ wurde nicht geladen. Frage " + std::to_string(number) +
                                           " hat eine unbekannte Antwort. Ihre Antworten sind unverändert.");
  CHECK(shown(notice, Language::en).find("Question " + std::to_string(number) + " has an unknown answer.") != std::string::npos);
  CHECK(notice.detail.find("/answers/market_exhaustion: unknown option \"huge\"") == 0);
  page.session.import_file("notiz.txt", "Liebe Grüße");
  CHECK(shown(page.session.notices().back(), Language::de) ==
        "„notiz.txt“ wurde nicht geladen. Die Datei ist keine Phasencheck-Datei. Ihre Antworten sind unverändert.");
}

TEST_CASE("the technical detail is copied on request, and says so") {
  RecordingPlatform platform;
  Page page(platform);
  page.session.open_link("#a=1zz");
  const std::size_t index = page.session.notices().size() - 1;
  page.session.copy_notice_detail(index);
  REQUIRE(platform.copied.size() == 1);
  CHECK(platform.copied[0] == page.session.notices()[index].detail);
  page.session.copy_finished(true);
  CHECK(page.session.notices().back().key == "notice.details_copied");
  page.session.copy_notice_detail(index);
  page.session.copy_finished(false);
  CHECK(page.session.notices().back().key == "notice.details_copy_failed");
  page.session.copy_share_link();  // the clipboard's next answer is about the link again
  page.session.copy_finished(true);
  CHECK(page.session.notices().back().key == "notice.link_copied");
}

TEST_CASE("stored data set aside: the notice says so plainly, the reason is for support") {
  RecordingPlatform platform;
  platform.storage[std::string(AppSession::kStateKey)] = "{broken";
  Page page(platform);
  const Notice& notice = page.session.notices().back();
  CHECK(notice.key == "notice.stored_corrupt");
  CHECK(shown(notice, Language::de) == "Gespeicherte Daten in diesem Browser waren beschädigt und wurden beiseitegelegt, nicht gelöscht.");
  CHECK(notice.detail.find("line 1") != std::string::npos);
  CHECK(platform.logged.size() == 1);
}

TEST_CASE("a confirmation goes with the visitor's next change; problems and offers stay") {
  RecordingPlatform platform;
  Page page(platform);
  answer_first(page, 1);
  page.session.open_link("#a=1zz");  // a problem
  page.session.copy_share_link();
  page.session.copy_finished(true);   // a confirmation
  page.session.after_change();
  CHECK(has_notice(page.session, "notice.link_copied"));  // still there: nothing changed since
  answer_first(page, 2);
  CHECK_FALSE(has_notice(page.session, "notice.link_copied"));
  CHECK(has_notice(page.session, "notice.link_failed"));
}

TEST_CASE("in the single offline file, Copy link explains and offers the file instead") {
  RecordingPlatform platform;
  platform.address = "file:///media/usb/phasecheck-offline.html";
  Page page(platform);
  page.flow.load(test::scaling_company());
  CHECK_FALSE(page.session.share_link());
  page.session.copy_share_link();
  CHECK(platform.copied.empty());  // a file:/// path is of no use to anyone else
  const Notice& notice = page.session.notices().back();
  CHECK(notice.key == "notice.link_offline");
  CHECK(notice.action == "save_file");
  CHECK(shown(notice, Language::de).find("Offline-Datei") != std::string::npos);
  page.session.notice_action(page.session.notices().size() - 1);
  REQUIRE(platform.downloads.size() == 1);
  CHECK(platform.downloads[0].first.rfind("phasecheck-", 0) == 0);
  CHECK_FALSE(has_notice(page.session, "notice.link_offline"));
}

TEST_CASE("in the single offline file with a public address, the link points there with the same answers") {
  RecordingPlatform platform;
  platform.address = "file:///C:/Users/x/phasecheck-offline.html";
  const Brand published = brand_with_public_url("https://phasencheck.mauermann-vertrieb.de/");
  AssessmentFlow flow(test::shipped(), Language::de);
  AppSession session(test::shipped(), published, flow, platform, [] { return std::string(); });
  session.start("");
  flow.load(test::scaling_company());
  const std::string expected = "https://phasencheck.mauermann-vertrieb.de/#" + encode_share_fragment(flow.answers());
  CHECK(session.share_link() == expected);
  session.copy_share_link();
  REQUIRE(platform.copied.size() == 1);
  CHECK(platform.copied[0] == expected);
  // Served from a web address, the page's own address wins.
  platform.address = "https://check.example/index.html";
  CHECK(session.share_link() == "https://check.example/index.html#" + encode_share_fragment(flow.answers()));
}

TEST_CASE("copy result: the result as plain text in its language; the outcome gets its own notice") {
  RecordingPlatform platform;
  Page page(platform);
  page.session.copy_result();
  CHECK(platform.copied.empty());  // no result, nothing to copy
  page.flow.load(test::scaling_company());
  page.session.copy_result();
  REQUIRE(platform.copied.size() == 1);
  const Report& report = *page.flow.report();
  CHECK(platform.copied[0].find(report.title) != std::string::npos);
  for (const auto& reason : report.reasons) {
    CHECK(platform.copied[0].find(reason.text.substr(0, 20)) != std::string::npos);
  }
  CHECK(platform.copied[0].find("<") == std::string::npos);  // text, not markup
  page.session.copy_finished(true);
  CHECK(has_notice(page.session, "notice.result_copied"));
  page.session.copy_result();
  page.session.copy_finished(false);
  CHECK(has_notice(page.session, "notice.result_copy_failed"));  // it names "Bericht drucken", which works without a clipboard
  // The link's own notices are untouched by a result's copy.
  CHECK_FALSE(has_notice(page.session, "notice.copy_failed"));
  page.flow.set_language(Language::en);
  page.session.copy_result();
  CHECK(platform.copied.back().find(page.flow.report()->title) != std::string::npos);
  CHECK(page.flow.report()->lang == Language::en);
}

// The catalogue of bad inputs (tests/catalogue/bad_inputs.json, docs/bad-inputs.md), natively:
// every case through each entry point that takes it, refused with a message that says what and
// where, and nothing the visitor had is lost.
#include <set>
#include <sstream>

#include "app/app_session.hpp"
#include "cli/cli.hpp"
#include "core/evaluate.hpp"
#include "core/meeting_document.hpp"
#include "core/utf8.hpp"
#include "support/recording_platform.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

const Brand& brand() {
  static const Brand b = *load_brand(test::read_test_file("../assets/brand.json")).value;
  return b;
}

std::string input_of(const Json& c) {
  if (c.contains("input")) return c["input"].get<std::string>();
  if (c.contains("input_repeat")) {
    // Read once: the cases over the size limits repeat a piece a million times.
    const std::string piece = c["input_repeat"]["text"].get<std::string>();
    const int times = c["input_repeat"]["times"].get<int>();
    std::string text;
    text.reserve(piece.size() * static_cast<std::size_t>(times));
    for (int i = 0; i < times; ++i) text += piece;
    return text;
  }
  if (c.contains("input_hex")) {
    const std::string hex = c["input_hex"].get<std::string>();
    std::string bytes;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return bytes;
  }
  // An edit of a shipped file.
  Json doc = Json::parse(test::read_test_file("../" + c["edit_of"].get<std::string>()));
  const Json::json_pointer pointer(c["pointer"].get<std::string>());
  if (c.value("remove", false)) doc[pointer.parent_pointer()].erase(pointer.back());
  else doc[pointer] = c["set"];
  return doc.dump();
}

struct CliRun {
  int code;
  std::string err;
};

CliRun run_cli(std::vector<std::string> args, const std::string& stdin_text) {
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  const int code = cli::run(args, in, out, err);
  return {code, err.str()};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const Notice* last_notice(const AppSession& session) {
  return session.notices().empty() ? nullptr : &session.notices().back();
}

// A refusal tells the visitor in plain words of their language (the catalogue's "says": the reason's
// message key) and keeps the core's words (the catalogue's "expect") for support: in the notice's
// detail and the console, never in what the visitor reads, in either language.
void check_refusal(const Json& c, const Notice& notice, const RecordingPlatform& platform) {
  const std::string expect = c["expect"].get<std::string>();
  CHECK(notice.problem);
  CHECK(notice.reason == c.value("says", std::string("(the catalogue names no reason)")));
  CHECK_MESSAGE(contains(notice.detail, expect), notice.detail);
  REQUIRE_FALSE(platform.logged.empty());
  CHECK_MESSAGE(contains(platform.logged.back(), expect), platform.logged.back());
  for (const Language lang : {Language::de, Language::en}) {
    const std::string shown = notice_text(notice, test::shipped(), lang);
    CHECK_MESSAGE(!contains(shown, expect), shown);
    CHECK_MESSAGE(!contains(shown, "{"), shown);  // every placeholder filled
  }
}

}  // namespace

TEST_CASE("the catalogue of bad inputs") {
  const Json catalogue = Json::parse(test::read_test_file("catalogue/bad_inputs.json"));
  REQUIRE(catalogue["cases"].size() >= 40);
  std::set<std::string> ids;
  for (const auto& c : catalogue["cases"]) {
    const std::string id = c["id"].get<std::string>();
    const std::string entry = c["entry"].get<std::string>();
    const std::string expect = c["expect"].get<std::string>();
    CAPTURE(id);
    REQUIRE(ids.insert(id).second);
    RecordingPlatform platform;
    AssessmentFlow flow(test::shipped(), Language::de);
    AppSession session(test::shipped(), brand(), flow, platform, [] { return std::string(); });
    session.start("");
    flow.load(test::scaling_company());  // the visitor's work that must survive
    const Json before = answers_to_json(flow.answers());

    if (entry == "answers") {
      const std::string text = input_of(c);
      const EvaluateOutcome outcome = evaluate_text(text, test::shipped());
      CHECK_FALSE(outcome.value);
      CHECK_MESSAGE(contains(test::all(outcome.problems), expect), test::all(outcome.problems));
      CHECK(utf8::valid(test::all(outcome.problems)));
      const CliRun cli = run_cli({"evaluate", "-"}, text);
      CHECK(cli.code == 2);
      CHECK_MESSAGE(contains(cli.err, expect), cli.err);
      // The same document as a file the visitor opens (incomplete answers are fine there).
      if (!contains(expect, "missing required answer")) {
        session.import_file("file.json", text);
        REQUIRE(last_notice(session));
        CHECK(last_notice(session)->key == "notice.import_failed");
        check_refusal(c, *last_notice(session), platform);
      }
    } else if (entry == "figure_typed") {
      AssessmentFlow figures(test::shipped(), Language::de);
      figures.load(test::scaling_company());
      figures.back();
      figures.figure(Year::current, Figure::revenue).text = input_of(c);
      CHECK_FALSE(figures.submit_figures());
      CHECK(figures.figure(Year::current, Figure::revenue).error_key == expect);
      CHECK(figures.figure(Year::current, Figure::revenue).text == input_of(c));
    } else if (entry == "link") {
      session.open_link(input_of(c));
      REQUIRE(last_notice(session));
      CHECK(last_notice(session)->key == "notice.link_failed");
      check_refusal(c, *last_notice(session), platform);
    } else if (entry == "import") {
      session.import_file("file.json", input_of(c));
      REQUIRE(last_notice(session));
      CHECK(last_notice(session)->problem);
      if (expect.rfind("notice.", 0) == 0) CHECK(last_notice(session)->key == expect);
      else check_refusal(c, *last_notice(session), platform);
    } else if (entry == "state") {
      RecordingPlatform storage;
      const std::string stored = input_of(c);
      storage.storage[std::string(AppSession::kStateKey)] = stored;
      AssessmentFlow fresh(test::shipped(), Language::de);
      AppSession reopened(test::shipped(), brand(), fresh, storage, [] { return std::string(); });
      reopened.start("");
      REQUIRE_FALSE(reopened.notices().empty());
      bool noticed = false;
      for (const auto& n : reopened.notices()) {
        if (n.key != expect) continue;
        noticed = true;
        // Why it was set aside is for support: in the detail and the console, not in the notice.
        if (expect == "notice.stored_corrupt") {
          CHECK_FALSE(n.detail.empty());
          CHECK_FALSE(storage.logged.empty());
          for (const Language lang : {Language::de, Language::en}) CHECK(!contains(notice_text(n, test::shipped(), lang), n.detail));
        }
      }
      CHECK(noticed);
      // Never lost: still there, or set aside, or offered back.
      const bool kept = storage.storage[std::string(AppSession::kStateKey)] == stored ||
                        storage.storage[std::string(AppSession::kSetAsideKey)] == stored || reopened.resume_offer();
      CHECK(kept);
    } else if (entry == "meeting") {
      const MeetingRead read = read_meeting_document(input_of(c), test::shipped());
      CHECK_FALSE(read.value);
      CHECK_MESSAGE(contains(test::all(read.problems), expect), test::all(read.problems));
      // A message may be shown, printed or written as JSON: never with the input's malformed bytes.
      CHECK(utf8::valid(test::all(read.problems)));
      const CliRun cli = run_cli({"meeting", "-"}, input_of(c));
      CHECK(cli.code == 2);
      CHECK_MESSAGE(contains(cli.err, expect), cli.err);
    } else if (entry == "brand") {
      const BrandLoad loaded = load_brand(input_of(c));
      CHECK_FALSE(loaded.value);
      CHECK_MESSAGE(contains(test::all(loaded.problems), expect), test::all(loaded.problems));
      const CliRun cli = run_cli({"validate", "-"}, input_of(c));
      CHECK(cli.code == 2);
    } else if (entry == "questionnaire") {
      const QuestionnaireLoad loaded = load_questionnaire(input_of(c));
      CHECK_FALSE(loaded.value);
      CHECK_MESSAGE(contains(test::all(loaded.problems), expect), test::all(loaded.problems));
      const CliRun cli = run_cli({"validate", "-"}, input_of(c));
      CHECK(cli.code == 2);
      CHECK(contains(cli.err, expect));
    } else if (entry == "cli") {
      std::vector<std::string> args;
      for (const auto& a : c["args"]) args.push_back(a.get<std::string>());
      std::string stdin_text;
      if (c.contains("stdin_repeat")) stdin_text.assign(c["stdin_repeat"]["times"].get<std::size_t>(), ' ');
      const CliRun cli = run_cli(args, stdin_text);
      CHECK(cli.code == 2);
      CHECK_MESSAGE(contains(cli.err, expect), cli.err);
    } else {
      FAIL("unknown entry point " << entry);
    }
    CHECK(answers_to_json(flow.answers()) == before);  // nothing the visitor had is lost
  }
}

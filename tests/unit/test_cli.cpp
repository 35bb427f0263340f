#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "cli/cli.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

struct Run {
  int exit_code;
  std::string out;
  std::string err;
};

Run run(std::vector<std::string> args, const std::string& stdin_text = "") {
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  const int code = cli::run(args, in, out, err);
  return {code, out.str(), err.str()};
}

std::string golden(const std::string& name) { return std::string(PHASECHECK_TEST_DATA) + "/golden/" + name; }

std::size_t lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_CASE("evaluate prints the result document") {
  const Run r = run({"evaluate", golden("phase3_redesign_de.answers.json")});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == test::read_test_file("golden/phase3_redesign_de.de.result.json"));
}

TEST_CASE("the text output shows each override, as the golden text reports do") {
  for (const char* lang : {"de", "en"}) {
    for (const char* name : {"evidence_loss_and_never", "evidence_answer_signals", "evidence_figures_overrule_stable"}) {
      CAPTURE(name);
      const Run r = run({"evaluate", golden(std::string(name) + ".answers.json"), "--format", "text", "--lang", lang});
      CHECK(r.exit_code == 0);
      CHECK(r.out == test::read_test_file("golden/" + std::string(name) + "." + lang + ".txt"));
    }
  }
}

TEST_CASE("evaluate reads standard input and honours --lang and --format text") {
  const Run r = run({"evaluate", "-", "--lang", "en", "--format", "text"},
                    test::read_test_file("golden/phase3_redesign_de.answers.json"));
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("Phase 3 – Redesign\n", 0) == 0);
  CHECK(r.out.find("Next steps") != std::string::npos);
}

TEST_CASE("bad input exits 2 with one line per problem saying what and where") {
  struct Case {
    const char* name;
    std::vector<std::string> args;
    std::string stdin_text;
    std::vector<std::string> expected;  // each must appear in stderr
    std::size_t problem_lines;
  };
  const std::string answers_prefix = R"({"schema": "phasecheck.answers/1", "answers": )";
  const std::vector<Case> cases = {
      {"syntax error", {"evaluate", "-"}, "{\n \"schema\": \"phasecheck.answers/1\",\n \"answers\": {,}\n}",
       {"<stdin>: line 3, column 14: syntax error"}, 1},
      {"wrong schema", {"evaluate", "-"}, R"({"schema": "phasecheck.answers/2", "answers": {}})",
       {"<stdin>: /schema: expected \"phasecheck.answers/1\", found \"phasecheck.answers/2\""}, 1},
      {"unknown option", {"evaluate", "-"}, answers_prefix + R"({"scale_unchanged": "maybe"}})",
       {"/answers/scale_unchanged: unknown option \"maybe\" for scale_unchanged; allowed: yes, partly, no, unsure"}, 1},
      {"unknown question", {"evaluate", "-"}, answers_prefix + R"({"scale": "yes"}})",
       {"/answers/scale: unknown question id \"scale\""}, 1},
      {"missing answers", {"evaluate", "-"}, answers_prefix + "{}}",
       {"/answers/scale_unchanged: missing required answer; allowed: yes, partly, no, unsure", "/answers/sales_stage: missing"}, 15},
      {"too deep", {"evaluate", "-"}, std::string(5000, '[') + std::string(5000, ']'), {"nesting deeper than 16 levels"}, 1},
      {"too large", {"evaluate", "-"}, std::string(1024 * 1024 + 1, ' '), {"<stdin>: larger than 1048576 bytes; refused"}, 1},
      {"no such file", {"evaluate", "/nonexistent/answers.json"}, "", {"/nonexistent/answers.json: cannot open the file"}, 1},
      {"bad --lang", {"evaluate", "-", "--lang", "fr"}, "", {"--lang: unknown language \"fr\"; allowed: de, en"}, 1},
      {"bad --format", {"evaluate", "-", "--format", "xml"}, "", {"--format: unknown format \"xml\""}, 1},
      {"unknown flag", {"evaluate", "-", "--fast"}, "", {"unknown option --fast"}, 1},
      {"unknown command", {"judge"}, "", {"unknown command \"judge\""}, 0},
      {"bad figure", {"evaluate", "-"}, answers_prefix + R"({}, "economics": {"prior": {"revenue": -1}}})",
       {"/economics/prior/revenue: must not be negative"}, 1},
      {"broken questionnaire", {"validate", "-"}, R"({"schema": "phasecheck.questionnaire/1"})",
       {"<stdin>: /version: missing", "<stdin>: /sections: missing"}, 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const Run r = run(c.args, c.stdin_text);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    for (const auto& part : c.expected) CHECK_MESSAGE(r.err.find(part) != std::string::npos, r.err);
    if (c.problem_lines > 0) CHECK(lines(r.err) == c.problem_lines);
  }
}

TEST_CASE("validate and questions") {
  const Run valid = run({"validate", std::string(PHASECHECK_TEST_DATA) + "/../assets/questionnaire.json"});
  CHECK(valid.exit_code == 0);
  CHECK(valid.out.find("valid, 4 sections, 15 questions") != std::string::npos);
  const Run listed = run({"questions", "--lang", "en"});
  CHECK(listed.exit_code == 0);
  CHECK(listed.out.find("scale_unchanged: Can your existing, profitable sales approach") != std::string::npos);
  CHECK(listed.out.find("  unsure: I can't say") != std::string::npos);
}

TEST_CASE("an edited questionnaire can be used for evaluation") {
  const Run r = run({"evaluate", golden("phase1_clear_en.answers.json"), "--questionnaire", "-"},
                    test::read_test_file("../assets/questionnaire.json"));
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"phase\": 1") != std::string::npos);
}

TEST_CASE("help and version") {
  CHECK(run({"--help"}).exit_code == 0);
  CHECK(run({"--version"}).out == "phasecheck 2.0.0\n");
  const Run none = run({});
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("Usage:") != std::string::npos);
}

namespace {

std::string meeting_file(const std::string& name) { return std::string(PHASECHECK_TEST_DATA) + "/meeting/" + name; }

}  // namespace

TEST_CASE("compare: participants from answer files, named by their metadata or the file name") {
  const Run r = run({"compare", meeting_file("ceo.answers.json"), meeting_file("sales.answers.json"),
                     meeting_file("kam.answers.json")});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  const Json out = Json::parse(r.out);
  CHECK(out["schema"] == "phasecheck.comparison/1");
  REQUIRE(out["participants"].size() == 3);
  CHECK(out["participants"][0]["name"] == "CEO");
  CHECK(out["participants"][0]["phase_id"] == "scale");
  CHECK(out["participants"][1]["name"] == "Vertriebsleitung");
  CHECK(out["participants"][2]["name"] == "kam");
  CHECK(out["participants"][2]["phase_id"] == "optimize");
  // The three rule questions they disagree on come first, each two of three away from the most common answer.
  CHECK(out["divergence"][0]["question"] == "scale_unchanged");
  CHECK(out["divergence"][0]["percent"] == 67);
  CHECK(out["divergence"][0]["diverging"] == true);
  CHECK(out["divergence"][0]["answers"]["kam"] == "no");
  CHECK(out["divergence"][3]["diverging"] == false);
  CHECK(out["indicators"][0]["values"]["CEO"] == "14,2 %");
  CHECK(out["indicators"][0]["values"]["kam"].is_null());
  CHECK(out["refused"].empty());
}

TEST_CASE("compare: the text output is in the report language") {
  const std::vector<std::string> files = {meeting_file("ceo.answers.json"), meeting_file("kam.answers.json")};
  for (const Language lang : kLanguages) {
    std::vector<std::string> args = {"compare", files[0], files[1], "--format", "text", "--lang", std::string(language_code(lang))};
    const Run r = run(args);
    CHECK(r.exit_code == 0);
    const auto& q = test::shipped_with_meeting_wording();
    CHECK(r.out.find(q.message("report.meeting.participants", lang)) == 0);
    CHECK(r.out.find(q.message("report.meeting.divergence", lang)) != std::string::npos);
    CHECK(r.out.find(q.message("report.meeting.diverging", lang)) != std::string::npos);
    CHECK(r.out.find("CEO: " + q.message("phase.label", lang).substr(0, 6)) != std::string::npos);
  }
}

TEST_CASE("compare: a corrupt file among good ones is reported, the good ones still compare (exit 3)") {
  const Run r = run({"compare", meeting_file("ceo.answers.json"), "-", meeting_file("no-such-file.json"),
                     meeting_file("kam.answers.json"), meeting_file("ceo.answers.json")},
                    "{\"schema\": \"phasecheck.answers/1\", \"answers\": {");
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("phasecheck: <stdin>: line 1") != std::string::npos);
  CHECK(r.err.find("no-such-file.json: cannot open the file") != std::string::npos);
  CHECK(r.err.find("ceo.answers.json: CEO: already in the meeting") != std::string::npos);
  const Json out = Json::parse(r.out);
  CHECK(out["participants"].size() == 2);
  CHECK(out["refused"].size() == 3);
  // Nothing good at all: bad input.
  const Run none = run({"compare", "-"}, "hello");
  CHECK(none.exit_code == 2);
  CHECK(none.out.empty());
  CHECK(run({"compare"}).exit_code == 2);
}

TEST_CASE("compare: a file saved as Windows-1252 among good ones is refused, the good ones compare (exit 3)") {
  // The catalogue's answers-invalid-utf8 bytes: nlohmann quotes the bad bytes in its message.
  const std::string latin1 = "{\"schema\": \"phasecheck.answers/1\", \"answers\": {\"scale_unchanged\": \"\xFF\xFE\"}}";
  const Run r = run({"compare", meeting_file("ceo.answers.json"), "-", meeting_file("kam.answers.json")}, latin1);
  CHECK(r.exit_code == 3);
  const Json out = Json::parse(r.out);
  CHECK(out["participants"].size() == 2);
  CHECK(out["refused"].size() == 1);
  const Run text = run({"compare", meeting_file("ceo.answers.json"), "-", "--format", "meeting"}, latin1);
  CHECK(text.exit_code == 3);
  CHECK(Json::parse(text.out)["participants"].size() == 1);
}

TEST_CASE("meeting: a name that would forge a terminal line is refused, and the message shows it escaped") {
  Json doc = Json::parse(test::read_test_file("meeting/meeting.json"));
  doc["participants"][0]["name"] = "CEO\u001b[2K\rVertriebsleitung: Phase 1";
  const Run r = run({"meeting", "-", "--format", "text"}, doc.dump());
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("/participants/0/name: holds a line break or control character") != std::string::npos);
  doc = Json::parse(test::read_test_file("meeting/meeting.json"));
  doc["agreed"]["scale_unchanged"]["from"] = "\u001b]0;pwned\u0007";
  const Run quoted = run({"meeting", "-"}, doc.dump());
  CHECK(quoted.exit_code == 2);
  CHECK(quoted.err.find('\x1b') == std::string::npos);
  CHECK(quoted.err.find("\\u001b]0;pwned\\u0007") != std::string::npos);
  // A note keeps its lines, indented under it.
  doc = Json::parse(test::read_test_file("meeting/meeting.json"));
  doc["agreed"]["scale_unchanged"]["note"] = "Erstens\nzweitens";
  const Run note = run({"meeting", "-", "--format", "text"}, doc.dump());
  CHECK(note.exit_code == 0);
  CHECK(note.out.find("Erstens\n      zweitens") != std::string::npos);
}

TEST_CASE("validate: a meeting file against --questionnaire as `meeting` reads it; a schema that is no text") {
  // The questionnaire `meeting` would use is the one `validate` checks against: one it cannot load
  // fails both, rather than validate saying "valid" for a file `meeting` then refuses.
  const Run shown = run({"meeting", meeting_file("meeting.json"), "--questionnaire", meeting_file("no-such-questionnaire.json")});
  const Run checked = run({"validate", meeting_file("meeting.json"), "--questionnaire", meeting_file("no-such-questionnaire.json")});
  CHECK(shown.exit_code == 2);
  CHECK(checked.exit_code == 2);
  CHECK(checked.err.find("no-such-questionnaire.json") != std::string::npos);
  const std::string shipped = std::string(PHASECHECK_TEST_DATA) + "/../assets/questionnaire.json";
  CHECK(run({"validate", meeting_file("meeting.json"), "--questionnaire", shipped}).exit_code == 0);
  const Run number = run({"validate", "-"}, "{\"schema\": 1}");
  CHECK(number.exit_code == 2);
  CHECK(number.err.find("/schema") != std::string::npos);
}

TEST_CASE("compare: the text output words percentages and open questions as each language does") {
  const std::vector<std::string> files = {meeting_file("ceo.answers.json"), meeting_file("kam.answers.json"), "-"};
  const std::string empty = "{\"schema\": \"phasecheck.answers/1\", \"answers\": {}}";
  const Run de = run({"compare", files[0], files[1], files[2], "--format", "text", "--lang", "de"}, empty);
  const Run en = run({"compare", files[0], files[1], files[2], "--format", "text", "--lang", "en"}, empty);
  CHECK(de.out.find(" %") != std::string::npos);
  CHECK(en.out.find(" %") == std::string::npos);
  CHECK(en.out.find("0%") != std::string::npos);
  const std::string count = std::to_string(test::shipped().question_count());
  CHECK(de.out.find("<stdin>: kein Ergebnis – offene Pflichtfragen: " + count) != std::string::npos);
  CHECK(en.out.find("<stdin>: no result – required questions open: " + count) != std::string::npos);
}

TEST_CASE("meeting: the whole meeting file, as JSON and as text; a bad file is refused with its pointer") {
  const Run r = run({"meeting", meeting_file("meeting.json")});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  const Json out = Json::parse(r.out);
  CHECK(out["title"] == "Muster GmbH");
  CHECK(out["participants"].size() == 3);
  CHECK(out["agreed"][0]["question"] == "sales_stage");  // the questionnaire's order
  CHECK(out["open"].empty());
  CHECK(out["joint"]["phase_id"] == "optimize");
  CHECK(out["baseline"]["phase_then"] == "scale");
  CHECK(out["baseline"]["phase_now"] == "optimize");
  CHECK(out["baseline"]["moved"].size() == 2);
  CHECK(out["baseline"]["exit_signals"].size() == 2);
  CHECK(out["baseline"]["phase_ended"] == false);
  const Run text = run({"meeting", meeting_file("meeting.json"), "--format", "text", "--lang", "en"});
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("Joint recommendation\n  Phase 2") != std::string::npos);
  CHECK(text.out.find("Note: Nur im Bestandskundengeschäft") != std::string::npos);
  CHECK(text.out.find("Signals that Phase 1") != std::string::npos);

  Json broken = Json::parse(test::read_test_file("meeting/meeting.json"));
  broken["agreed"]["scale_unchanged"]["from"] = "Nobody";
  const Run bad = run({"meeting", "-"}, broken.dump());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("<stdin>: /agreed/scale_unchanged/from") != std::string::npos);
  CHECK(run({"validate", meeting_file("meeting.json")}).out.find("valid meeting, 3 participants") != std::string::npos);
  CHECK(run({"validate", "-"}, broken.dump()).exit_code == 2);
}

TEST_CASE("compare --format meeting: a meeting document of the participants, which `meeting` reads") {
  const Run r = run({"compare", meeting_file("ceo.answers.json"), meeting_file("kam.answers.json"), "--format", "meeting",
                     "--lang", "en"});
  CHECK(r.exit_code == 0);
  const Json doc = Json::parse(r.out);
  CHECK(doc["schema"] == "phasecheck.meeting/1");
  CHECK(doc["lang"] == "en");
  CHECK(doc["participants"][1]["name"] == "kam");
  const Run shown = run({"meeting", "-"}, r.out);
  CHECK(shown.exit_code == 0);
  CHECK(Json::parse(shown.out)["open"].size() == test::shipped().question_count());
  CHECK(run({"evaluate", golden("phase1_clear_en.answers.json"), "--format", "meeting"}).exit_code == 2);
  CHECK(run({"meeting", meeting_file("meeting.json"), "--format", "meeting"}).exit_code == 2);
}

TEST_CASE("compare: a text file holding a pasted share link is a participant too") {
  const Run link = run({"compare", meeting_file("ceo.answers.json"), "-", "--format", "json"},
                       "https://phasencheck.example/#a=1200000200111011\n");
  CHECK(link.exit_code == 0);
  const Json out = Json::parse(link.out);
  REQUIRE(out["participants"].size() == 2);
  CHECK(out["participants"][1]["name"] == "<stdin>");
  CHECK(out["divergence"][0]["answers"]["<stdin>"].is_string());
}

namespace {

// A copy of the shipped meeting wording, changed by `change`, in a file of its own.
std::string wording_file(const std::string& name, const std::function<void(Json&)>& change) {
  Json doc = Json::parse(test::read_test_file("../assets/meeting.json"));
  change(doc);
  const auto path = std::filesystem::temp_directory_path() / ("phasecheck-cli-test-" + name);
  std::ofstream(path, std::ios::binary) << doc.dump(2);
  return path.string();
}

}  // namespace

TEST_CASE("compare and meeting word their output from meeting mode's wording: built in, or --meeting-wording FILE") {
  // Not the questionnaire's: the check's first download in the browser does not carry these messages.
  CHECK(test::shipped().messages.count("report.meeting.participants") == 0);
  const std::string ceo = meeting_file("ceo.answers.json"), kam = meeting_file("kam.answers.json");
  const Run built_in = run({"compare", ceo, kam, "--format", "text", "--lang", "en"});
  CHECK(built_in.exit_code == 0);
  CHECK(built_in.out.rfind("Participants\n", 0) == 0);
  CHECK(built_in.out.find("(missing text)") == std::string::npos);
  const Run meeting_text = run({"meeting", meeting_file("meeting.json"), "--format", "text", "--lang", "de"});
  CHECK(meeting_text.exit_code == 0);
  CHECK(meeting_text.out.find("Gemeinsame Empfehlung\n") != std::string::npos);
  CHECK(meeting_text.out.find("(missing text)") == std::string::npos);

  // A consultant's reworded copy.
  const std::string reworded = wording_file("reworded.json", [](Json& doc) {
    doc["messages"]["report.meeting.participants"]["en"] = "Around the table";
  });
  const Run own = run({"compare", ceo, kam, "--format", "text", "--lang", "en", "--meeting-wording", reworded});
  CHECK(own.exit_code == 0);
  CHECK(own.out.rfind("Around the table\n", 0) == 0);

  // Missing or broken: a clear message naming the file, and nothing on stdout.
  const Run missing = run({"meeting", meeting_file("meeting.json"), "--meeting-wording", meeting_file("no-such-wording.json")});
  CHECK(missing.exit_code == 2);
  CHECK(missing.out.empty());
  CHECK(missing.err.find("no-such-wording.json: cannot open the file (meeting wording, --meeting-wording)") != std::string::npos);
  const std::string without_key = wording_file("without-key.json", [](Json& doc) { doc["messages"].erase("report.meeting.joint"); });
  const Run broken = run({"compare", ceo, kam, "--meeting-wording", without_key});
  CHECK(broken.exit_code == 2);
  CHECK(broken.out.empty());
  CHECK(broken.err.find(without_key + ": /messages/report.meeting.joint: missing") != std::string::npos);
  const std::string rewording_check = wording_file("rewording-check.json", [](Json& doc) {
    doc["messages"]["ui.nav.back"] = {{"de", "Zurück"}, {"en", "Back"}};
  });
  const Run clash = run({"meeting", meeting_file("meeting.json"), "--meeting-wording", rewording_check});
  CHECK(clash.exit_code == 2);
  CHECK(clash.err.find("/messages/ui.nav.back: unknown message key") != std::string::npos);
  const Run not_json = run({"meeting", meeting_file("meeting.json"), "--meeting-wording", meeting_file("ceo.answers.json")});
  CHECK(not_json.exit_code == 2);
  CHECK(not_json.err.find("ceo.answers.json: /schema: expected \"phasecheck.wording/1\"") != std::string::npos);

  // Only the meeting commands read it: elsewhere the option is refused, not ignored.
  const Run evaluate = run({"evaluate", golden("phase1_clear_en.answers.json"), "--meeting-wording", reworded});
  CHECK(evaluate.exit_code == 2);
  CHECK(evaluate.err.find("evaluate: --meeting-wording is for compare and meeting") != std::string::npos);
  CHECK(run({"questions", "--meeting-wording", reworded}).exit_code == 2);
  // The check's own commands do not need it.
  CHECK(run({"evaluate", golden("phase1_clear_en.answers.json")}).exit_code == 0);
  // And --format meeting writes no words: a broken wording file still stops it, as the option says what to read.
  CHECK(run({"compare", ceo, kam, "--format", "meeting", "--meeting-wording", without_key}).exit_code == 2);
}

TEST_CASE("validate: meeting mode's wording, against the questionnaire it joins") {
  const std::string shipped = std::string(PHASECHECK_TEST_DATA) + "/../assets/meeting.json";
  const Run r = run({"validate", shipped});
  CHECK(r.exit_code == 0);
  CHECK(r.out == shipped + ": valid meeting wording, " + std::to_string(required_meeting_message_keys().size()) + " messages\n");
  const std::string without_key = wording_file("validate-without-key.json", [](Json& doc) { doc["messages"].erase("meeting.title"); });
  const Run bad = run({"validate", without_key});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find(without_key + ": /messages/meeting.title: missing") != std::string::npos);
}

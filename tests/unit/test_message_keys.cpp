// Every message key the code names must be one the loader insists on, so a typo fails here
// instead of showing "(missing text)" to a visitor. Reads the sources themselves: native only.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/wording_file.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

const std::filesystem::path kProjectRoot = std::filesystem::path(PHASECHECK_TEST_DATA).parent_path();

struct KeyUse {
  std::string key;
  std::string where;
};

// String literals shaped like message keys ("ui.nav.back", or "stage.name." completed at run time),
// and the placeholders web/index.html leaves for the build to fill ("{{page.title}}", "{{page.loading@en}}").
std::vector<KeyUse> keys_named_in(const std::string& source, const std::string& name) {
  static const std::regex literal(
      R"re((?:["']|\{\{)((?:ui|meeting|notice|figures|confidence|contradiction|stage|indicator|note|reason|phase|report|page|manifest|summary|evidence|advice|list|quote|score)\.[a-z0-9_.]*)(?:["']|(?:@[a-z]+)?\}\}))re");
  // File names share the keys' shape ("report.css", "manifest.webmanifest"); no key ends like one.
  static const std::regex file_name(R"re(\.(css|js|json|html|webmanifest|png|svg|ttf)$)re");
  std::vector<KeyUse> uses;
  for (auto it = std::sregex_iterator(source.begin(), source.end(), literal); it != std::sregex_iterator(); ++it) {
    if (std::regex_search((*it)[1].str(), file_name)) continue;
    const auto line = std::count(source.begin(), source.begin() + it->position(), '\n') + 1;
    uses.push_back({(*it)[1].str(), name + ":" + std::to_string(line)});
  }
  return uses;
}

std::string file_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The lists in required_message_keys() and required_meeting_message_keys() name every key once; they
// are what the uses are checked against, so their own lines are blanked (line numbers stay) and the
// rest of the file is scanned.
std::string without_required_list(std::string source) {
  for (const char* list : {"const std::vector<std::string>& required_message_keys() {",
                           "const std::vector<std::string>& required_meeting_message_keys() {"}) {
    const std::size_t start = source.find(list);
    const std::size_t end = source.find("return keys;", start);
    if (start == std::string::npos || end == std::string::npos) continue;
    for (std::size_t i = start; i < end; ++i) {
      if (source[i] != '\n') source[i] = ' ';
    }
  }
  return source;
}

std::vector<KeyUse> keys_named_in(const std::filesystem::path& file) {
  const std::string name = file.lexically_relative(kProjectRoot).string();
  const std::string text = file_text(file);
  const bool lists = name == "src/core/questionnaire.cpp" || name == "src/core/wording_file.cpp";
  return keys_named_in(lists ? without_required_list(text) : text, name);
}

// Where a key may live: the check's page loads only assets/questionnaire.json, so code it runs may
// name only its keys; meeting mode's code (its files are named so: meeting_*, main_meeting, the CLI's
// meeting_commands) runs with assets/meeting.json joined, and so does the build script, which builds
// meeting.html too.
bool reads_meeting_wording(const std::string& where) {
  const std::string file = where.substr(0, where.find(':'));
  return file == "scripts/assemble_site.py" || std::filesystem::path(file).filename().string().find("meeting") != std::string::npos;
}

std::vector<KeyUse> keys_named_in_sources() {
  std::vector<KeyUse> uses;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kProjectRoot / "src")) {
    const auto ext = entry.path().extension();
    if (ext == ".cpp" || ext == ".hpp") {
      auto found = keys_named_in(entry.path());
      uses.insert(uses.end(), found.begin(), found.end());
    }
  }
  // What the page shows around the app: texts baked in at build time by assemble_site.py.
  for (const char* file : {"web/boot.js", "web/embed.js", "web/index.html", "scripts/assemble_site.py"}) {
    auto found = keys_named_in(kProjectRoot / file);
    uses.insert(uses.end(), found.begin(), found.end());
  }
  return uses;
}

}  // namespace

TEST_CASE("every message key named in src/, the page and its build script is required where it lives, and shipped in both languages") {
  // The check's keys (questionnaire.json) and meeting mode's (meeting.json: the meeting page and the CLI's meeting commands).
  const std::vector<std::string>& check_keys = required_message_keys();
  std::vector<std::string> required = check_keys;
  required.insert(required.end(), required_meeting_message_keys().begin(), required_meeting_message_keys().end());
  const std::set<std::string> required_set(required.begin(), required.end());
  const std::set<std::string> check_set(check_keys.begin(), check_keys.end());
  // The files hold exactly their lists, in both languages, and none of meeting.json's keys is the questionnaire's.
  Questionnaire q = test::shipped();
  const Problems wording = add_wording(q, file_text(kProjectRoot / "assets/meeting.json"), required_meeting_message_keys());
  REQUIRE_MESSAGE(wording.empty(), test::all(wording));
  const auto uses = keys_named_in_sources();
  REQUIRE(uses.size() > 100);  // the scan found the sources
  for (const auto& use : uses) {
    CAPTURE(use.where);
    CAPTURE(use.key);
    if (use.key.back() == '.') {
      // A prefix completed at run time ("stage.name." + rung): some required key must continue it.
      CHECK(std::any_of(required.begin(), required.end(), [&](const std::string& key) { return key.rfind(use.key, 0) == 0; }));
      continue;
    }
    // Ids of result notes share the keys' shape but name no text (docs/formats.md, confidence.notes).
    if (use.key == "figures.contradiction") continue;
    CHECK(required_set.count(use.key) == 1);
    // The check's page would show "(missing text)" for a key only meeting.json has.
    if (!reads_meeting_wording(use.where)) CHECK_MESSAGE(check_set.count(use.key) == 1, "only in assets/meeting.json, which the check never loads");
  }
  for (const auto& key : required) {
    CAPTURE(key);
    const auto it = q.messages.find(key);
    REQUIRE(it != q.messages.end());
    CHECK_FALSE(it->second.de.empty());
    CHECK_FALSE(it->second.en.empty());
  }
}

TEST_CASE("the required lists are left out of the scan, and only they") {
  const std::string source = "const std::vector<std::string>& required_message_keys() {\n  \"ui.a\",\n  return keys;\n}\n"
                             "void f() { message(\"ui.b\"); }\n"
                             "const std::vector<std::string>& required_meeting_message_keys() {\n  \"meeting.a\",\n  return keys;\n}\n";
  const auto uses = keys_named_in(without_required_list(source), "questionnaire.cpp");
  REQUIRE(uses.size() == 1);
  CHECK(uses[0].key == "ui.b");
  CHECK(uses[0].where == "questionnaire.cpp:5");
}

TEST_CASE("meeting mode's keys may be named only where meeting.json is loaded") {
  CHECK(reads_meeting_wording("src/core/meeting_report_html.cpp:12"));
  CHECK(reads_meeting_wording("src/app/ui/meeting_agree_view.cpp:3"));
  CHECK(reads_meeting_wording("src/cli/meeting_commands.cpp:40"));
  CHECK(reads_meeting_wording("src/entry/web/main_meeting.cpp:9"));
  CHECK(reads_meeting_wording("scripts/assemble_site.py:229"));
  CHECK_FALSE(reads_meeting_wording("src/app/ui/result_view.cpp:313"));
  CHECK_FALSE(reads_meeting_wording("src/cli/cli.cpp:20"));
  CHECK_FALSE(reads_meeting_wording("web/boot.js:23"));
  // The moved report keys are meeting.json's alone.
  const auto& check = required_message_keys();
  CHECK(std::find(check.begin(), check.end(), "report.meeting.joint") == check.end());
  const auto& meeting = required_meeting_message_keys();
  CHECK(std::find(meeting.begin(), meeting.end(), "report.meeting.joint") != meeting.end());
}

TEST_CASE("the key scan finds a misspelt key") {
  const std::string probe =
      "auto a = message(\"ui.nav.bakc\");\nauto b = text(\"ui.nav.back\");\n"
      "<title>{{page.titel}}</title><p>{{page.loading@en}}</p><link href=\"manifest.webmanifest\">\n";
  const auto uses = keys_named_in(probe, "probe.cpp");
  REQUIRE(uses.size() == 4);  // not the file name
  CHECK(uses[0].key == "ui.nav.bakc");
  CHECK(uses[1].where.find(":2") != std::string::npos);
  CHECK(uses[2].key == "page.titel");
  CHECK(uses[3].key == "page.loading");
  const auto& required = required_message_keys();
  CHECK(std::find(required.begin(), required.end(), uses[0].key) == required.end());
  CHECK(std::find(required.begin(), required.end(), uses[1].key) != required.end());
}

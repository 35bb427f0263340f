// The accessibility tree's rules, natively: containers and their rectangles, silenced text, what is
// announced (once), where focus goes after a step, and that an unchanged frame publishes nothing.
#include <nlohmann/json.hpp>

#include "app/semantic_tree.hpp"
#include "test_support.hpp"

using namespace phasecheck;
using namespace phasecheck::ui;

namespace {

WidgetRecord node(std::string id, std::string role, std::string label, float y = 0) {
  WidgetRecord w;
  w.id = std::move(id);
  w.role = std::move(role);
  w.label = std::move(label);
  w.x = 10;
  w.y = y;
  w.width = 100;
  w.height = 20;
  return w;
}

// One frame of a question screen, as the views record it.
std::vector<WidgetRecord> question_frame(const std::string& chosen, float scroll = 0) {
  WidgetLog log;
  log.begin_frame();
  WidgetRecord heading = node("heading:question", "heading", "Können Sie unverändert skalieren?", 40 - scroll);
  heading.level = 1;
  log.add(heading);
  log.add_text(node("", "text", "Bereich 1 von 3", 10 - scroll));
  WidgetRecord group;
  group.id = "group:question";
  group.role = "radiogroup";
  group.label = heading.label;
  log.open(group);
  for (const char* option : {"yes", "no"}) {
    WidgetRecord radio = node(std::string("option:q:") + option, "radio", option, (option[0] == 'y' ? 80.f : 140.f) - scroll);
    radio.checked = chosen == option;
    log.add(radio);
  }
  log.close();
  {
    WidgetLog::Silence silence(log);
    log.add_text(node("", "text", "the field's own label"));
  }
  log.add(node("button:next", "button", "Weiter", 200 - scroll));
  log.end_frame();
  return log.last_frame();
}

nlohmann::json parse(const std::optional<std::string>& text) {
  REQUIRE(text.has_value());
  return nlohmann::json::parse(*text);
}

const nlohmann::json* find(const nlohmann::json& tree, const std::string& id) {
  for (const auto& n : tree["nodes"]) {
    if (n["id"] == id) return &n;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the tree: containers hold their children and span them; silenced text is left out") {
  SemanticTree tree;
  const nlohmann::json t = parse(tree.update(question_frame("yes"), Language::de));
  CHECK(t["lang"] == "de");
  const nlohmann::json* group = find(t, "group:question");
  REQUIRE(group);
  CHECK((*group)["role"] == "radiogroup");
  CHECK((*group)["y"] == 80);
  CHECK((*group)["height"] == 80);  // from the first radio's top to the last one's bottom
  CHECK((*find(t, "option:q:yes"))["parent"] == "group:question");
  CHECK((*find(t, "option:q:yes"))["checked"] == true);
  CHECK((*find(t, "option:q:no"))["checked"] == false);
  CHECK_FALSE(find(t, "button:next")->contains("parent"));  // after close(): outside the group
  CHECK((*find(t, "heading:question"))["level"] == 1);
  CHECK(find(t, "text:1"));
  int texts = 0;
  for (const auto& n : t["nodes"]) texts += n["role"] == "text" ? 1 : 0;
  CHECK(texts == 1);  // the silenced label is not there
}

TEST_CASE("the tree is published only when it changed; a scroll changes only positions") {
  SemanticTree tree;
  REQUIRE(tree.update(question_frame("yes"), Language::de));
  CHECK_FALSE(tree.update(question_frame("yes"), Language::de));  // an unchanged frame drawn again
  const nlohmann::json scrolled = parse(tree.update(question_frame("yes", 30), Language::de));
  CHECK((*find(scrolled, "heading:question"))["y"] == 10);
  CHECK(parse(tree.update(question_frame("no", 30), Language::de))["nodes"].size() == scrolled["nodes"].size());
  CHECK(parse(tree.update(question_frame("no", 30), Language::en))["lang"] == "en");
}

TEST_CASE("the widget list for tests keeps its roles; text and containers are only in the tree") {
  WidgetLog log;
  log.begin_frame();
  for (const auto& w : question_frame("yes")) log.add(w);
  log.end_frame();
  const nlohmann::json widgets = nlohmann::json::parse(log.to_json());
  REQUIRE(widgets.size() == 3);
  CHECK(widgets[0]["role"] == "radio");
  CHECK(widgets[2]["id"] == "button:next");
}

TEST_CASE("announcements: a step's, and every message or field error that appears, each once and in order") {
  SemanticTree tree;
  tree.announce("Frage 2 von 15: Wie profitabel?", false);
  std::vector<WidgetRecord> frame = question_frame("");
  nlohmann::json t = parse(tree.update(frame, Language::de));
  REQUIRE(t["announcements"].size() == 1);
  CHECK(t["announcements"][0]["politeness"] == "polite");
  const auto first_serial = t["announcements"][0]["serial"].get<std::uint64_t>();

  frame.push_back(node("hint:missing", "alert", "Bitte wählen Sie eine Antwort."));
  frame.push_back(node("question:current:revenue", "status", "Meinen Sie 150 oder 150.000?"));
  WidgetRecord field = node("field:current:revenue", "textbox", "Umsatz");
  field.error = "Keine Zahl";
  frame.push_back(field);
  t = parse(tree.update(frame, Language::de));
  REQUIRE(t["announcements"].size() == 4);
  CHECK(t["announcements"][1]["text"] == "Bitte wählen Sie eine Antwort.");
  CHECK(t["announcements"][1]["politeness"] == "assertive");
  CHECK(t["announcements"][2]["politeness"] == "polite");  // a question at a figure waits its turn
  CHECK(t["announcements"][3]["text"] == "Keine Zahl");
  CHECK(t["announcements"][3]["politeness"] == "assertive");
  CHECK(t["announcements"][3]["serial"].get<std::uint64_t>() == first_serial + 3);

  frame.push_back(node("button:other", "button", "x"));  // the tree changes, the messages do not
  t = parse(tree.update(frame, Language::de));
  CHECK(t["announcements"].back()["serial"].get<std::uint64_t>() == first_serial + 3);  // nothing new

  frame.push_back(node("notice:saved", "status", "Gespeichert."));
  t = parse(tree.update(frame, Language::de));
  CHECK(t["announcements"].back()["text"] == "Gespeichert.");
  CHECK(t["announcements"].back()["politeness"] == "assertive");  // the session's notices interrupt
  CHECK(t["announcements"].size() == 4);  // only the latest few are kept
}

TEST_CASE("focus after a step goes to the new screen's heading once that screen is drawn") {
  SemanticTree tree;
  std::vector<WidgetRecord> intro = {node("heading:intro", "heading", "Phasencheck"), node("button:start", "button", "Start")};
  CHECK(parse(tree.update(intro, Language::de))["focus_request"].is_null());
  tree.request_focus("heading:question");
  // The frame in which "start" was pressed still shows the intro: no request yet.
  CHECK(parse(tree.update({node("heading:intro", "heading", "Phasencheck")}, Language::de))["focus_request"].is_null());
  const nlohmann::json t = parse(tree.update(question_frame(""), Language::de));
  REQUIRE(t["focus_request"].is_object());
  CHECK(t["focus_request"]["id"] == "heading:question");
  const auto serial = t["focus_request"]["serial"].get<std::uint64_t>();
  CHECK(parse(tree.update(question_frame("yes"), Language::de))["focus_request"]["serial"] == serial);  // not again
}

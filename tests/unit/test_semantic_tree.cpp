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

TEST_CASE("a step: focus goes to the new screen's heading once that screen is drawn, and it is said once") {
  SemanticTree tree;
  std::vector<WidgetRecord> intro = {node("heading:intro", "heading", "Phasencheck"), node("button:start", "button", "Start")};
  CHECK(parse(tree.update(intro, Language::de))["focus_request"].is_null());
  tree.step_taken("heading:question", "Frage 1 von 15: Können Sie unverändert skalieren?", "Frage 1 von 15");
  // The frame in which "start" was pressed still shows the intro: nothing yet.
  nlohmann::json t = parse(tree.update({node("heading:intro", "heading", "Phasencheck")}, Language::de));
  CHECK(t["focus_request"].is_null());
  CHECK(t["announcements"].empty());
  t = parse(tree.update(question_frame(""), Language::de));
  REQUIRE(t["focus_request"].is_object());
  CHECK(t["focus_request"]["id"] == "heading:question");
  REQUIRE(t["announcements"].size() == 1);
  // In full for a mirror that cannot move focus; the focused heading says the question otherwise.
  CHECK(t["announcements"][0]["text"] == "Frage 1 von 15: Können Sie unverändert skalieren?");
  CHECK(t["announcements"][0]["with_focus"] == "Frage 1 von 15");
  const auto serial = t["focus_request"]["serial"].get<std::uint64_t>();
  t = parse(tree.update(question_frame("yes"), Language::de));
  CHECK(t["focus_request"]["serial"] == serial);  // not again
  CHECK(t["announcements"].size() == 1);

  // "Next" from question 1: the frame of the step still shows question 1 under the same heading id.
  tree.step_taken("heading:question", "Frage 2 von 15: Wie entwickelt sich die Wirtschaftlichkeit?", "Frage 2 von 15");
  CHECK(parse(tree.update(question_frame("no"), Language::de))["focus_request"]["serial"] == serial);
  std::vector<WidgetRecord> next_question = question_frame("");
  next_question[0].label = "Wie entwickelt sich die Wirtschaftlichkeit?";
  const nlohmann::json next = parse(tree.update(next_question, Language::de));
  CHECK(next["focus_request"]["serial"].get<std::uint64_t>() == serial + 1);
  CHECK(next["announcements"].back()["with_focus"] == "Frage 2 von 15");
}

TEST_CASE("a message is said once while it shows: not again when only its words change") {
  SemanticTree tree;
  std::vector<WidgetRecord> frame = question_frame("");
  frame.push_back(node("notice:link_copied", "status", "Link kopiert."));
  WidgetRecord field = node("field:notes", "textbox", "Notizen");
  field.error = "höchstens 2.000 Zeichen – 1 zu viel";
  frame.push_back(field);
  REQUIRE(parse(tree.update(frame, Language::de))["announcements"].size() == 2);
  frame[frame.size() - 2].label = "Link copied.";              // the language switched
  frame.back().error = "höchstens 2.000 Zeichen – 2 zu viel";  // one more letter typed
  nlohmann::json t = parse(tree.update(frame, Language::en));
  CHECK(t["announcements"].size() == 2);
  frame.pop_back();  // the field is fine again; then too long again: said again
  tree.update(frame, Language::en);
  frame.push_back(field);
  t = parse(tree.update(frame, Language::en));
  CHECK(t["announcements"].size() == 3);
  CHECK(t["announcements"].back()["text"] == field.error);
}

TEST_CASE("the pinned action bar is a place on the screen, not content: it is not in the tree") {
  SemanticTree tree;
  std::vector<WidgetRecord> frame = question_frame("");
  frame.push_back(node("bar:actions", "toolbar", ""));
  const nlohmann::json t = parse(tree.update(frame, Language::de));
  CHECK_FALSE(find(t, "bar:actions"));
  CHECK(find(t, "button:next"));
}

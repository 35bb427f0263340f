#include "app/semantic_tree.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace phasecheck::ui {
namespace {

constexpr std::size_t kAnnouncementsKept = 4;

// Half CSS pixels: finer says nothing to a mirror element, and keeps float noise out of the diff.
double half_px(float value) { return std::round(static_cast<double>(value) * 2.0) / 2.0; }

nlohmann::json node_json(const WidgetRecord& w) {
  // A label in a fixed cell (the brand, a rung of the stage ladder) is text like any other.
  nlohmann::json node = {{"id", w.id}, {"role", w.role == "label" ? "text" : w.role}, {"label", w.label},
                         {"x", half_px(w.x)}, {"y", half_px(w.y)}, {"width", half_px(w.width)}, {"height", half_px(w.height)}};
  if (!w.parent.empty()) node["parent"] = w.parent;
  // Where the keyboard is: ImGui keeps focus on a clicked widget too, without a ring; a mirror that
  // followed that would take focus from the canvas after every click.
  if (w.focus_visible) node["focused"] = true;
  if (w.role == "radio") node["checked"] = w.checked;
  if (w.role == "heading") node["level"] = w.level;
  if (w.role == "list" && w.ordered) node["ordered"] = true;
  if (w.role == "progressbar") {
    node["value_now"] = w.value_now;
    node["value_max"] = w.value_max;
  }
  if (w.role == "textbox") {
    node["value"] = w.value;
    node["multiline"] = w.multiline;
    node["error"] = w.error;
  }
  return node;
}

}  // namespace

void SemanticTree::announce(std::string text, bool assertive) { add({0, assertive, std::move(text), {}}); }

void SemanticTree::add(Announcement announcement) {
  if (announcement.text.empty()) return;
  announcement.serial = ++serial_;
  announcements_.push_back(std::move(announcement));
  if (announcements_.size() > kAnnouncementsKept) announcements_.erase(announcements_.begin());
}

void SemanticTree::step_taken(std::string focus_id, std::string announcement, std::string with_focus) {
  step_ = Step{std::move(focus_id), std::move(announcement), std::move(with_focus)};
  step_this_frame_ = true;
}

void SemanticTree::announce_new_messages(const std::vector<WidgetRecord>& nodes) {
  // By id, not text: a message said once is not said again when only its words change (the language
  // switched; a field's "3 zu viel" while typing on). It is again once it has gone and comes back.
  std::vector<std::string> shown;
  for (const WidgetRecord& w : nodes) {
    const bool message = w.role == "alert" || w.role == "status";
    const std::string& text = message ? w.label : w.error;
    if (text.empty() || (!message && w.role != "textbox")) continue;
    if (std::find(messages_shown_.begin(), messages_shown_.end(), w.id) == messages_shown_.end()) {
      // Problems and the session's notices interrupt; a question asked at a figure waits its turn.
      announce(text, w.role != "status" || w.id.rfind("notice:", 0) == 0);
    }
    shown.push_back(w.id);
  }
  messages_shown_ = std::move(shown);
}

std::optional<std::string> SemanticTree::update(const std::vector<WidgetRecord>& nodes, Language language) {
  announce_new_messages(nodes);
  if (step_ && !step_this_frame_ &&
      std::any_of(nodes.begin(), nodes.end(), [&](const WidgetRecord& w) { return w.id == step_->focus_id; })) {
    focus_id_ = std::move(step_->focus_id);
    ++focus_serial_;
    add({0, false, std::move(step_->announcement), std::move(step_->with_focus)});
    step_.reset();
  }
  step_this_frame_ = false;
  nlohmann::json tree = {{"lang", std::string(language_code(language))}};
  nlohmann::json& list = tree["nodes"] = nlohmann::json::array();
  for (const WidgetRecord& w : nodes) {
    if (w.role != "toolbar") list.push_back(node_json(w));  // the pinned bar is a place, not content
  }
  nlohmann::json& said = tree["announcements"] = nlohmann::json::array();
  for (const Announcement& a : announcements_) {
    nlohmann::json one = {{"serial", a.serial}, {"politeness", a.assertive ? "assertive" : "polite"}, {"text", a.text}};
    if (!a.with_focus.empty()) one["with_focus"] = a.with_focus;
    said.push_back(std::move(one));
  }
  tree["focus_request"] =
      focus_serial_ == 0 ? nlohmann::json(nullptr) : nlohmann::json{{"serial", focus_serial_}, {"id", focus_id_}};
  std::string json = tree.dump();
  if (json == published_) return std::nullopt;
  published_ = json;
  return json;
}

}  // namespace phasecheck::ui

#pragma once
// Every interactive widget drawn in the last frame, with its role, label, state and rectangle in
// CSS pixels. Browser tests click and read through it; the accessibility mirror of the canvas
// (a later issue) will build its DOM from the same list.
#include <string>
#include <vector>

namespace phasecheck::ui {

struct WidgetRecord {
  std::string id;     // stable: "option:scale_unchanged:yes", "button:next"
  std::string role;   // button | radio | textbox | link
  std::string label;  // what a screen reader would say
  float x = 0, y = 0, width = 0, height = 0;
  bool checked = false;
  bool focused = false;
  std::string value;  // textbox content
  std::string error;  // textbox problem, if any
  bool multiline = false;
  bool numeric = false;
  std::size_t max_length = 0;
  unsigned int nav_id = 0;  // ImGui's id of the item: the app moves keyboard focus to it (AppView)
};

class WidgetLog {
 public:
  void begin_frame() { current_.clear(); }
  void add(WidgetRecord record) { current_.push_back(std::move(record)); }
  WidgetRecord& last_added() { return current_.back(); }
  void end_frame() { last_.swap(current_); }
  const std::vector<WidgetRecord>& last_frame() const { return last_; }
  std::string to_json() const;

 private:
  std::vector<WidgetRecord> current_;
  std::vector<WidgetRecord> last_;
};

}  // namespace phasecheck::ui

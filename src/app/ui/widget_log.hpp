#pragma once
// Every interactive widget drawn in the last frame, with its role, label, state and rectangle in
// CSS pixels. Browser tests click and read through it; the accessibility mirror of the canvas
// (a later issue) will build its DOM from the same list.
#include <string>
#include <vector>

namespace phasecheck::ui {

struct WidgetRecord {
  std::string id;     // stable: "option:scale_unchanged:yes", "button:next"
  std::string role;   // button | radio | textbox | link | label (text in a fixed cell)
  std::string label;  // what a screen reader would say
  float x = 0, y = 0, width = 0, height = 0;
  bool checked = false;
  bool focused = false;
  std::string value;  // textbox content
  std::string error;  // textbox problem, if any
  bool multiline = false;
  bool numeric = false;
  std::size_t max_length = 0;
  // Text the widget draws, line by line as drawn (buttons, labels), and the widest line, CSS px: a
  // layout check sees where lines break and whether the text fits the widget.
  std::vector<std::string> lines;
  float text_width = 0;
  // Textbox: how its value is drawn, CSS px and colours, so the input laid over it can match it.
  float font_size = 0;    // CSS font-size of the value's typeface
  float line_height = 0;
  float inset_x = 0, inset_y = 0;  // from the field's edge to the text
  std::string text_colour, fill_colour, border_colour;  // "#rrggbb"
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

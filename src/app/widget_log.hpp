#pragma once
// Everything of meaning drawn in the last frame, in drawing order (= visual order = Tab order): the
// interactive widgets with role, label, state and rectangle in CSS pixels, and the text around them
// (headings, paragraphs, lists, tables, a chart's text alternative) with the containers they sit in.
// Browser tests click and read the widgets through it (`to_json`); the DOM mirror of the canvas for
// assistive technology is built from all of it (semantic_tree.hpp). The views record as they draw,
// so the list cannot drift from what is on screen.
#include <cstddef>
#include <string>
#include <vector>

namespace phasecheck::ui {

struct WidgetRecord {
  std::string id;     // stable: "option:scale_unchanged:yes", "button:next", "text:12"
  // Widgets: button | radio | textbox | link | label (text in a fixed cell) | status | alert | toolbar.
  // Text: heading | text | progressbar | img (a chart; label is its text alternative).
  // Containers: radiogroup | list | listitem | table | row, with cells rowheader | cell.
  std::string role;
  std::string label;  // what a screen reader says; the text itself for text roles
  std::string parent;  // the id of the container it is drawn in, or ""
  float x = 0, y = 0, width = 0, height = 0;
  bool checked = false;
  bool focused = false;        // ImGui's keyboard focus is on it (also after a click, ring hidden)
  bool focus_visible = false;  // ... and its focus ring shows: the keyboard is in use
  int level = 0;                         // heading: 1 to 3
  bool ordered = false;                  // list: its items are numbered (next steps)
  float value_now = 0, value_max = 0;    // progressbar
  std::string value;  // textbox content
  std::string error;  // textbox problem, if any
  bool multiline = false;
  bool numeric = false;
  std::size_t max_length = 0;
  // Text the widget draws, line by line as drawn (buttons, labels), and the widest line, CSS px: a
  // layout check sees where lines break and whether the text fits the widget.
  std::vector<std::string> lines;
  float text_width = 0;
  float lines_font_size = 0;  // CSS font-size the lines are drawn at (smaller when a word would not fit)
  // Textbox: how its value is drawn, CSS px and colours, so the input laid over it can match it.
  float font_size = 0;    // CSS font-size of the value's typeface
  float line_height = 0;
  float inset_x = 0, inset_y = 0;  // from the field's edge to the text
  std::string text_colour, fill_colour, border_colour;  // "#rrggbb"
  unsigned int nav_id = 0;  // ImGui's id of the item: the app moves keyboard focus to it (AppView)
};

// The roles a browser test drives and reads (`phasecheck.widgets()`); the others are text.
bool is_widget_role(const std::string& role);

class WidgetLog {
 public:
  void begin_frame();
  // Inside an open container the record becomes its child (unless it names its parent itself).
  void add(WidgetRecord record);
  WidgetRecord& last_added() { return current_.back(); }
  // Records added until the matching close() are the container's children; close() gives it the
  // rectangle that spans them (and the one it was opened with).
  void open(WidgetRecord container);
  void close();
  // A text record, with an id in drawing order ("text:7"), unless text is silenced.
  void add_text(WidgetRecord text);
  // While one lives, drawn text is not recorded: the widget it belongs to says it already (a field's
  // visible label is the field's name; a notice's text is the notice's label).
  class Silence {
   public:
    explicit Silence(WidgetLog& log) : log_(log) { ++log_.silenced_; }
    ~Silence() { --log_.silenced_; }
    Silence(const Silence&) = delete;
    Silence& operator=(const Silence&) = delete;

   private:
    WidgetLog& log_;
  };
  void end_frame() { last_.swap(current_); }
  const std::vector<WidgetRecord>& last_frame() const { return last_; }
  // The widgets of the last frame (is_widget_role) as JSON: the browser tests' hook.
  std::string to_json() const;

 private:
  std::vector<WidgetRecord> current_;
  std::vector<WidgetRecord> last_;
  std::vector<std::size_t> open_;  // indices into current_ of the containers still open
  int silenced_ = 0;
  int text_count_ = 0;
};

}  // namespace phasecheck::ui

#pragma once
// The app's controls, drawn with ImDrawList: large option cards, buttons, a progress bar and
// wrapped text. Each interactive one works with mouse, touch and keyboard (ImGui navigation),
// shows a focus ring only for keyboard users, and records itself in the widget log.
#include <string>
#include <string_view>
#include <vector>

#include "app/ui/ui_context.hpp"

namespace phasecheck::ui {

// Wrapped text in the content column, recorded as a paragraph for the accessibility mirror.
void paragraph(const UiContext& ui, std::string_view text, ImFont* font = nullptr, ImU32 colour = 0);
// The same, recorded as a heading of `level` (1 to 3) under `id` ("heading:question"): the mirror's
// headings are how a screen reader user skims a screen, and where focus lands after a step.
void heading(const UiContext& ui, const std::string& id, int level, std::string_view text, ImFont* font,
             ImU32 colour = 0);
// Opens (closes) a container of `role` ("list", "table", "row") in the widget log: what is recorded
// in between is its content.
void open_container(const UiContext& ui, const std::string& id, const char* role, std::string label = {});
void close_container(const UiContext& ui);
// A paragraph recorded as one item of the open list.
void list_item(const UiContext& ui, std::string_view text, ImFont* font = nullptr, ImU32 colour = 0);
// Records the last ImGui item as a widget the keyboard reaches (its focus, ImGui id) in the log.
void record_widget(UiContext& ui, const std::string& id, const char* role, const std::string& label, bool checked = false,
                   const std::string& value = {}, const std::string& error = {});
// A record of `role` at a rectangle (screen px = CSS px); of the last ImGui item, when none is given.
WidgetRecord make_record(std::string id, std::string role, std::string label, ImVec2 min, ImVec2 size);
WidgetRecord last_item_record(std::string id, std::string role, std::string label);
// Records the last ImGui item as text of `role` ("text", "cell", "rowheader"), unless text is silenced.
void record_text(const UiContext& ui, const char* role, std::string_view text);
// A paragraph that is a message (role "status" or "alert", id e.g. "hint:missing"): announced by a
// screen reader when it appears.
void message_paragraph(const UiContext& ui, const std::string& id, const char* role, std::string_view text,
                       ImFont* font = nullptr, ImU32 colour = 0);
// The mirror clicked this widget (AppView::activate): it acts as if clicked, this frame.
bool activated_by_mirror(const UiContext& ui, const std::string& id);
void spacing(float pixels);

// Text in a fixed width, broken only between words (never inside one): at `size` when every word
// fits the width, else at the largest smaller size, down to `min_size`, at which each does.
// `fits` is false when even min_size is too large; then the caller needs another layout.
struct WrappedText {
  std::vector<std::string> lines;
  float size = 0;   // CSS px
  float width = 0;  // the widest line
  float height = 0;
  bool fits = true;
};
WrappedText wrap_words(ImFont* font, float size, float min_size, std::string_view text, float width);
// The CSS size a font is drawn at (its size in the views).
float css_size(ImFont* font);
// Draws wrapped lines from `pos`, each centred within `centre_in` when that is given.
void draw_wrapped(ImFont* font, const WrappedText& text, ImVec2 pos, ImU32 colour, float centre_in = 0);
// Records drawn text that must stay inside a cell as role "label": its lines and widest line.
void record_label(UiContext& ui, const std::string& id, const std::string& text, const WrappedText& wrapped, ImVec2 pos,
                  float cell_width);

bool option_card(UiContext& ui, const std::string& id, const std::string& label, int number, bool selected);
bool primary_button(UiContext& ui, const std::string& id, const std::string& label, float width = 0);
// `spoken_label`: what assistive technology (and the widget log) calls the button when the visible
// label is short for it ("Entfernen" in a person's panel: "Vertriebsleitung entfernen"). Empty: the label.
bool secondary_button(UiContext& ui, const std::string& id, const std::string& label, float width = 0,
                      const std::string& spoken_label = {});
// Text that acts as a button (language switch, "why we ask").
bool text_button(UiContext& ui, const std::string& id, const std::string& label, ImFont* font = nullptr);
// Recorded as a progressbar named `label` ("Frage 5 von 15"), at `now` of `of`.
void progress_bar(const UiContext& ui, int now, int of, const std::string& label);
// A text field whose editing happens in a real text input the platform lays over it (touch
// keyboards, umlauts, paste, IME all work); the canvas shows the value. `id` names a flow text.
// Text over the field's limit shows "höchstens 200 Zeichen – 12 zu viel" instead of `error`.
struct TextFieldStyle {
  bool multiline = false;
  bool numeric = false;
  float width = 0;
  bool marked = false;  // a question is asked about it: drawn with the accent border
  // What assistive technology (and the widget log) calls the field, when the visible label says only
  // part of it ("Geschäftsjahr davor" under the heading "Umsatz"). Empty: the visible label.
  std::string spoken_label = {};
  // A text kept outside the check's flow (the meeting's name, link and notes), with its limit in
  // characters; its edits reach the page's own text sink (AppSession::set_text_sink). Null: a flow text.
  const std::string* value = nullptr;
  std::size_t max_length = 0;
};
void text_field(UiContext& ui, const std::string& id, const std::string& label, const std::string& error,
                const TextFieldStyle& style);

// Where a screen's main actions begin; call it right before them, as the last thing the screen draws.
// With UiContext::pinned set up (short screens), they are drawn in a bar pinned to the bottom of the
// viewport, recorded as role "toolbar" ("bar:actions"): content scrolls under the bar, clipped above
// it, so that it neither shows nor takes taps there. Otherwise they follow the content.
void begin_actions(UiContext& ui);

// A filled, rounded panel behind what is drawn between begin and end (not nested). The returned
// context has the panel's inner width.
UiContext begin_panel(const UiContext& ui);
void end_panel(const UiContext& ui, ImU32 fill = 0, ImU32 border = 0);

}  // namespace phasecheck::ui

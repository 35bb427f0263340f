#pragma once
// The app's controls, drawn with ImDrawList: large option cards, buttons, a progress bar and
// wrapped text. Each interactive one works with mouse, touch and keyboard (ImGui navigation),
// shows a focus ring only for keyboard users, and records itself in the widget log.
#include <string>
#include <string_view>

#include "app/ui/ui_context.hpp"

namespace phasecheck::ui {

// Wrapped text in the content column.
void paragraph(const UiContext& ui, std::string_view text, ImFont* font = nullptr, ImU32 colour = 0);
void spacing(float pixels);

bool option_card(UiContext& ui, const std::string& id, const std::string& label, int number, bool selected);
bool primary_button(UiContext& ui, const std::string& id, const std::string& label, float width = 0);
bool secondary_button(UiContext& ui, const std::string& id, const std::string& label, float width = 0);
// Text that acts as a button (language switch, "why we ask").
bool text_button(UiContext& ui, const std::string& id, const std::string& label, ImFont* font = nullptr);
void progress_bar(const UiContext& ui, float fraction);
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
};
void text_field(UiContext& ui, const std::string& id, const std::string& label, const std::string& error,
                const TextFieldStyle& style);

// A filled, rounded panel behind what is drawn between begin and end (not nested). The returned
// context has the panel's inner width.
UiContext begin_panel(const UiContext& ui);
void end_panel(const UiContext& ui, ImU32 fill = 0, ImU32 border = 0);

}  // namespace phasecheck::ui

#include "app/ui/widgets.hpp"

#include <imgui_internal.h>

#include "core/format.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

namespace phasecheck::ui {
namespace {

constexpr float kCardRounding = 12.f;
constexpr float kButtonHeight = 48.f;
constexpr float kPanelPadding = 20.f;

bool keyboard_focused() { return ImGui::IsItemFocused() && !GImGui->NavDisableHighlight; }

void focus_ring(const UiContext& ui, ImVec2 min, ImVec2 max, float rounding) {
  if (!keyboard_focused()) return;
  ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - 3, min.y - 3), ImVec2(max.x + 3, max.y + 3), ui.palette.focus,
                                      rounding + 3, 0, 3.f);
}

void record(UiContext& ui, const std::string& id, const char* role, const std::string& label, bool checked = false,
            const std::string& value = {}, const std::string& error = {}) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 size = ImGui::GetItemRectSize();
  WidgetRecord record;
  record.id = id;
  record.role = role;
  record.label = label;
  record.x = min.x;
  record.y = min.y;
  record.width = size.x;
  record.height = size.y;
  record.checked = checked;
  record.focused = ImGui::IsItemFocused();
  record.nav_id = ImGui::GetItemID();
  record.value = value;
  record.error = error;
  ui.log.add(std::move(record));
}

void draw_text(ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text, float wrap_width = 0) {
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize * ImGui::GetIO().FontGlobalScale, pos, colour, text.data(),
                                      text.data() + text.size(), wrap_width);
}

ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width = -1.f) {
  return font->CalcTextSizeA(font->FontSize * ImGui::GetIO().FontGlobalScale, FLT_MAX, wrap_width, text.data(),
                             text.data() + text.size());
}

bool button(UiContext& ui, const std::string& id, const std::string& label, float width, bool primary) {
  ImFont* font = ui.fonts.strong;
  const float label_width = text_size(font, label).x;
  if (width <= 0) width = std::max(label_width + 48.f, 120.f);
  ImGui::PushID(id.c_str());
  const bool pressed = ImGui::InvisibleButton("##button", ImVec2(width, kButtonHeight));
  ImGui::PopID();
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const Palette& p = ui.palette;
  if (primary) {
    draw->AddRectFilled(min, max, hovered ? p.primary_hover : p.primary, 10.f);
  } else {
    draw->AddRectFilled(min, max, hovered ? p.surface_hover : p.surface, 10.f);
    draw->AddRect(min, max, p.border, 10.f, 0, 1.5f);
  }
  const ImVec2 size = text_size(font, label);
  draw_text(font, ImVec2(min.x + (width - size.x) * 0.5f, min.y + (kButtonHeight - size.y) * 0.5f),
            primary ? p.on_primary : p.text, label);
  focus_ring(ui, min, max, 10.f);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  record(ui, id, "button", label);
  return pressed;
}

}  // namespace

void paragraph(const UiContext& ui, std::string_view text, ImFont* font, ImU32 colour) {
  if (font) ImGui::PushFont(font);
  if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ui.column_width);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  if (colour) ImGui::PopStyleColor();
  if (font) ImGui::PopFont();
}

void spacing(float pixels) { ImGui::Dummy(ImVec2(1, pixels)); }

bool option_card(UiContext& ui, const std::string& id, const std::string& label, int number, bool selected) {
  const Palette& p = ui.palette;
  const float width = ui.column_width;
  const float left = 56.f;
  const float right = ui.compact ? 16.f : 48.f;
  const float text_width = width - left - right;
  const ImVec2 label_size = text_size(ui.fonts.body, label, text_width);
  const float height = std::max(58.f, label_size.y + 32.f);

  ImGui::PushID(id.c_str());
  const bool pressed = ImGui::InvisibleButton("##card", ImVec2(width, height));
  ImGui::PopID();
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImDrawList* draw = ImGui::GetWindowDrawList();

  draw->AddRectFilled(min, max, selected ? p.primary_soft : hovered ? p.surface_hover : p.surface, kCardRounding);
  draw->AddRect(min, max, selected ? p.primary : p.border, kCardRounding, 0, selected ? 2.f : 1.f);
  // The radio mark: a ring, filled with a check when chosen.
  const ImVec2 centre(min.x + 28.f, min.y + height * 0.5f);
  if (selected) {
    draw->AddCircleFilled(centre, 11.f, p.primary, 24);
    draw->AddPolyline(std::vector<ImVec2>{ImVec2(centre.x - 5, centre.y), ImVec2(centre.x - 1.5f, centre.y + 4),
                                          ImVec2(centre.x + 5.5f, centre.y - 4)}
                          .data(),
                      3, p.on_primary, 0, 2.2f);
  } else {
    draw->AddCircle(centre, 11.f, hovered ? p.primary : p.text_muted, 24, 1.6f);
  }
  draw_text(ui.fonts.body, ImVec2(min.x + left, min.y + (height - label_size.y) * 0.5f), p.text, label, text_width);
  if (!ui.compact && number > 0 && number < 10) {
    const std::string digit = std::to_string(number);
    const ImVec2 badge_min(max.x - 36.f, centre.y - 12.f);
    draw->AddRect(badge_min, ImVec2(badge_min.x + 24, badge_min.y + 24), p.border, 6.f);
    const ImVec2 digit_size = text_size(ui.fonts.small, digit);
    draw_text(ui.fonts.small, ImVec2(badge_min.x + (24 - digit_size.x) * 0.5f, badge_min.y + (24 - digit_size.y) * 0.5f),
              p.text_muted, digit);
  }
  focus_ring(ui, min, max, kCardRounding);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  record(ui, id, "radio", label, selected);
  return pressed;
}

bool primary_button(UiContext& ui, const std::string& id, const std::string& label, float width) {
  return button(ui, id, label, width, true);
}

bool secondary_button(UiContext& ui, const std::string& id, const std::string& label, float width) {
  return button(ui, id, label, width, false);
}

bool text_button(UiContext& ui, const std::string& id, const std::string& label, ImFont* font) {
  if (!font) font = ui.fonts.strong;
  const ImVec2 size = text_size(font, label);
  ImGui::PushID(id.c_str());
  const bool pressed = ImGui::InvisibleButton("##text", ImVec2(size.x + 8.f, std::max(size.y + 12.f, 32.f)));
  ImGui::PopID();
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const float y = min.y + (max.y - min.y - size.y) * 0.5f;
  draw_text(font, ImVec2(min.x + 4.f, y), ui.palette.primary, label);
  if (hovered) {
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x + 4.f, y + size.y), ImVec2(min.x + 4.f + size.x, y + size.y),
                                        ui.palette.primary, 1.f);
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  focus_ring(ui, min, max, 6.f);
  record(ui, id, "button", label);
  return pressed;
}

void progress_bar(const UiContext& ui, float fraction) {
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + ui.column_width, min.y + 6.f);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, ui.palette.track, 3.f);
  draw->AddRectFilled(min, ImVec2(min.x + ui.column_width * std::clamp(fraction, 0.f, 1.f), max.y), ui.palette.primary, 3.f);
  ImGui::Dummy(ImVec2(ui.column_width, 6.f));
}

void text_field(UiContext& ui, const std::string& id, const std::string& label, const std::string& given_error,
                const TextFieldStyle& style) {
  const Palette& p = ui.palette;
  const std::string* value = ui.flow.text(id);
  const std::string text = value ? *value : std::string();
  // Text over the field's limit stays as typed; the field says by how much, before any other problem.
  std::string error = given_error;
  if (const std::size_t over = ui.flow.text_excess(id)) {
    error = fill_template(ui.text("ui.field.too_long"),
                          {{"max", format_number(static_cast<double>(AssessmentFlow::max_text_length(id)), ui.lang())},
                           {"over", format_number(static_cast<double>(over), ui.lang())}});
  }
  paragraph(ui, label, ui.fonts.small, p.text_muted);
  const float height = style.multiline ? 132.f : 46.f;
  ImGui::PushID(id.c_str());
  const bool pressed = ImGui::InvisibleButton("##field", ImVec2(style.width, height));
  ImGui::PopID();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const bool editing = ui.session.editing() == id;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, p.surface, 8.f);
  const bool marked = !error.empty() || style.marked;
  draw->AddRect(min, max, !error.empty() ? p.error : editing ? p.primary : style.marked ? p.accent : p.border, 8.f, 0,
                editing || marked ? 2.f : 1.f);
  const bool empty = text.empty();
  const std::string& shown = empty ? ui.text("ui.field.placeholder") : text;
  draw->PushClipRect(ImVec2(min.x + 8, min.y + 4), ImVec2(max.x - 8, max.y - 4), true);
  draw_text(empty ? ui.fonts.small : ui.fonts.body, ImVec2(min.x + 12, min.y + 12), empty ? p.text_muted : p.text, shown,
            style.multiline ? style.width - 24 : 0);
  draw->PopClipRect();
  focus_ring(ui, min, max, 8.f);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);

  const std::string& spoken = style.spoken_label.empty() ? label : style.spoken_label;
  TextEditRequest request{id, spoken, text, min.x, min.y, max.x - min.x, max.y - min.y,
                          style.multiline, style.numeric, AssessmentFlow::max_text_length(id)};
  // Activated by click, tap, Space or Enter, or by the app ("Korrigieren"); while editing, the input
  // follows the field (scrolling).
  if (pressed || editing || ui.session.opening(id)) ui.session.edit_text(request);

  record(ui, id, "textbox", spoken, false, text, error);
  WidgetRecord& added = ui.log.last_added();
  added.multiline = style.multiline;
  added.numeric = style.numeric;
  added.max_length = request.max_length;
  if (!error.empty()) paragraph(ui, error, ui.fonts.small, p.error);
}

UiContext begin_panel(const UiContext& ui) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  ImGui::BeginGroup();
  spacing(kPanelPadding - ImGui::GetStyle().ItemSpacing.y);
  ImGui::Indent(kPanelPadding);
  UiContext inner = ui;
  inner.column_width = ui.column_width - 2 * kPanelPadding;
  return inner;
}

void end_panel(const UiContext& ui, ImU32 fill, ImU32 border) {
  ImGui::Unindent(kPanelPadding);
  spacing(kPanelPadding - ImGui::GetStyle().ItemSpacing.y);
  ImGui::EndGroup();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSetCurrent(0);
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max(min.x + ui.column_width, ImGui::GetItemRectMax().y);
  draw->AddRectFilled(min, max, fill ? fill : ui.palette.surface, kCardRounding);
  draw->AddRect(min, max, border ? border : ui.palette.border, kCardRounding);
  draw->ChannelsMerge();
}

}  // namespace phasecheck::ui

#include "app/ui/widgets.hpp"

#include <imgui_internal.h>

#include "app/ui/text_drawing.hpp"
#include "core/format.hpp"
#include "core/limits.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
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

}  // namespace

void record_widget(UiContext& ui, const std::string& id, const char* role, const std::string& label, bool checked,
                   const std::string& value, const std::string& error) {
  WidgetRecord record = last_item_record(id, role, label);
  record.checked = checked;
  record.focused = ImGui::IsItemFocused();
  record.focus_visible = keyboard_focused();
  record.nav_id = ImGui::GetItemID();
  record.value = value;
  record.error = error;
  ui.log.add(std::move(record));
}

namespace {

void draw_text(ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text, float wrap_width = 0) {
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize * ImGui::GetIO().FontGlobalScale, pos, colour, text.data(),
                                      text.data() + text.size(), wrap_width);
}

ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width = -1.f) {
  return font->CalcTextSizeA(font->FontSize * ImGui::GetIO().FontGlobalScale, FLT_MAX, wrap_width, text.data(),
                             text.data() + text.size());
}

std::string hex_colour(ImU32 colour) {
  char text[8];
  std::snprintf(text, sizeof text, "#%02x%02x%02x", static_cast<unsigned>(colour >> IM_COL32_R_SHIFT) & 0xFF,
                static_cast<unsigned>(colour >> IM_COL32_G_SHIFT) & 0xFF, static_cast<unsigned>(colour >> IM_COL32_B_SHIFT) & 0xFF);
  return text;
}

float widest_word(ImFont* font, float size, std::string_view text) {
  float widest = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    const char* from = text.data() + start;
    widest = std::max(widest, font->CalcTextSizeA(size, FLT_MAX, 0.f, from, text.data() + end).x);
    start = end + 1;
  }
  return widest;
}

}  // namespace

float css_size(ImFont* font) { return font->FontSize * ImGui::GetIO().FontGlobalScale; }

WrappedText wrap_words(ImFont* font, float size, float min_size, std::string_view text, float width) {
  WrappedText out;
  out.size = size;
  const float widest = widest_word(font, size, text);
  if (widest > width) {
    out.size = std::max(min_size, std::floor(size * width / widest * 4.f) / 4.f);  // quarter pixels
    out.fits = widest_word(font, out.size, text) <= width;
  }
  // The same breaks ImGui makes when it draws with this wrap width: between words, spaces dropped.
  const char* s = text.data();
  const char* end = text.data() + text.size();
  const float scale = out.size / font->FontSize;
  while (s < end) {
    const char* eol = font->CalcWordWrapPositionA(scale, s, end, width);
    if (eol == s) ++eol;  // ImGui draws at least one character per line
    std::string_view line(s, static_cast<std::size_t>(eol - s));
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    out.lines.emplace_back(line);
    out.width = std::max(out.width, font->CalcTextSizeA(out.size, FLT_MAX, 0.f, line.data(), line.data() + line.size()).x);
    s = eol;
    while (s < end && (*s == ' ' || *s == '\n')) ++s;
  }
  out.height = out.size * static_cast<float>(std::max<std::size_t>(1, out.lines.size()));
  return out;
}

void draw_wrapped(ImFont* font, const WrappedText& text, ImVec2 pos, ImU32 colour, float centre_in) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (const std::string& line : text.lines) {
    const float x = centre_in > 0
                        ? pos.x + (centre_in - font->CalcTextSizeA(text.size, FLT_MAX, 0.f, line.c_str()).x) * 0.5f
                        : pos.x;
    draw->AddText(font, text.size, ImVec2(x, pos.y), colour, line.c_str());
    pos.y += text.size;
  }
}

void record_label(UiContext& ui, const std::string& id, const std::string& text, const WrappedText& wrapped, ImVec2 pos,
                  float cell_width) {
  WidgetRecord label;
  label.id = id;
  label.role = "label";
  label.label = text;
  label.x = pos.x;
  label.y = pos.y;
  label.width = cell_width;
  label.height = wrapped.height;
  label.lines = wrapped.lines;
  label.text_width = wrapped.width;
  label.lines_font_size = wrapped.size * ui.fonts.css_em_per_size;
  ui.log.add(std::move(label));
}

namespace {

bool button(UiContext& ui, const std::string& id, const std::string& label, float width, bool primary,
            const std::string& spoken_label) {
  ImFont* font = ui.fonts.strong;
  const float label_width = text_size(font, label).x;
  // Never wider than the column: a long label on a narrow page wraps inside the button instead.
  if (width <= 0) width = std::min(std::max(label_width + 48.f, 120.f), ui.column_width);
  const float padding = 12.f;
  const WrappedText wrapped = wrap_words(font, css_size(font), 13.f, label, width - 2 * padding);
  const float height = std::max(kButtonHeight, wrapped.height + 2 * padding);
  ImGui::PushID(id.c_str());
  const bool pressed = ImGui::InvisibleButton("##button", ImVec2(width, height)) || activated_by_mirror(ui, id);
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
  draw_wrapped(font, wrapped, ImVec2(min.x, min.y + (height - wrapped.height) * 0.5f), primary ? p.on_primary : p.text,
               width);
  focus_ring(ui, min, max, 10.f);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  record_widget(ui, id, "button", spoken_label.empty() ? label : spoken_label);
  ui.log.last_added().lines = wrapped.lines;
  ui.log.last_added().text_width = wrapped.width;
  ui.log.last_added().lines_font_size = wrapped.size * ui.fonts.css_em_per_size;
  return pressed;
}

}  // namespace

void paragraph(const UiContext& ui, std::string_view text, ImFont* font, ImU32 colour) {
  any_text_item(ui, font, colour, text, ui.column_width);
  record_text(ui, "text", text);
}

void heading(const UiContext& ui, const std::string& id, int level, std::string_view text, ImFont* font, ImU32 colour) {
  {
    WidgetLog::Silence silence(ui.log);
    paragraph(ui, text, font, colour);
  }
  WidgetRecord record = last_item_record(id, "heading", std::string(text));
  record.level = level;
  ui.log.add(std::move(record));  // never silenced: focus lands on it after a step
}

void open_container(const UiContext& ui, const std::string& id, const char* role, std::string label) {
  ui.log.open(make_record(id, role, std::move(label), ImVec2(0, 0), ImVec2(0, 0)));  // spans its content at close
}

void close_container(const UiContext& ui) { ui.log.close(); }

void list_item(const UiContext& ui, std::string_view text, ImFont* font, ImU32 colour) {
  any_text_item(ui, font, colour, text, ui.column_width);
  record_text(ui, "listitem", text);
}

WidgetRecord make_record(std::string id, std::string role, std::string label, ImVec2 min, ImVec2 size) {
  WidgetRecord record;
  record.id = std::move(id);
  record.role = std::move(role);
  record.label = std::move(label);
  record.x = min.x;
  record.y = min.y;
  record.width = size.x;
  record.height = size.y;
  return record;
}

WidgetRecord last_item_record(std::string id, std::string role, std::string label) {
  return make_record(std::move(id), std::move(role), std::move(label), ImGui::GetItemRectMin(), ImGui::GetItemRectSize());
}

void record_text(const UiContext& ui, const char* role, std::string_view text) {
  ui.log.add_text(last_item_record({}, role, std::string(text)));
}

void message_paragraph(const UiContext& ui, const std::string& id, const char* role, std::string_view text, ImFont* font,
                       ImU32 colour) {
  {
    WidgetLog::Silence silence(ui.log);  // the message's label is its text
    paragraph(ui, text, font, colour);
  }
  ui.log.add(make_record(id, role, std::string(text), ImGui::GetItemRectMin(),
                         ImVec2(ui.column_width, ImGui::GetItemRectSize().y)));
}

bool activated_by_mirror(const UiContext& ui, const std::string& id) {
  if (!ui.activation || ui.activation->taken || ui.activation->id != id) return false;
  ui.activation->taken = true;
  return true;
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
  const bool pressed = ImGui::InvisibleButton("##card", ImVec2(width, height)) || activated_by_mirror(ui, id);
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
  // The digit keys choose a card: worth showing only where there is a keyboard.
  if (!ui.compact && !ui.touch_only && number > 0 && number < 10) {
    const std::string digit = std::to_string(number);
    const ImVec2 badge_min(max.x - 36.f, centre.y - 12.f);
    draw->AddRect(badge_min, ImVec2(badge_min.x + 24, badge_min.y + 24), p.border, 6.f);
    const ImVec2 digit_size = text_size(ui.fonts.small, digit);
    draw_text(ui.fonts.small, ImVec2(badge_min.x + (24 - digit_size.x) * 0.5f, badge_min.y + (24 - digit_size.y) * 0.5f),
              p.text_muted, digit);
  }
  focus_ring(ui, min, max, kCardRounding);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  record_widget(ui, id, "radio", label, selected);
  return pressed;
}

bool primary_button(UiContext& ui, const std::string& id, const std::string& label, float width) {
  return button(ui, id, label, width, true, {});
}

bool secondary_button(UiContext& ui, const std::string& id, const std::string& label, float width,
                      const std::string& spoken_label) {
  return button(ui, id, label, width, false, spoken_label);
}

bool text_button(UiContext& ui, const std::string& id, const std::string& label, ImFont* font) {
  if (!font) font = ui.fonts.strong;
  const ImVec2 size = text_size(font, label);
  ImGui::PushID(id.c_str());
  const bool pressed =
      ImGui::InvisibleButton("##text", ImVec2(size.x + 8.f, std::max(size.y + 12.f, 32.f))) || activated_by_mirror(ui, id);
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
  record_widget(ui, id, "button", label);
  return pressed;
}

void progress_bar(const UiContext& ui, int now, int of, const std::string& label) {
  const float fraction = of > 0 ? static_cast<float>(now) / static_cast<float>(of) : 0.f;
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + ui.column_width, min.y + 6.f);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, ui.palette.track, 3.f);
  draw->AddRectFilled(min, ImVec2(min.x + ui.column_width * std::clamp(fraction, 0.f, 1.f), max.y), ui.palette.primary, 3.f);
  ImGui::Dummy(ImVec2(ui.column_width, 6.f));
  WidgetRecord record = make_record("progress", "progressbar", label, min, ImVec2(ui.column_width, 6.f));
  record.value_now = static_cast<float>(now);
  record.value_max = static_cast<float>(of);
  ui.log.add(std::move(record));
}

void text_field(UiContext& ui, const std::string& id, const std::string& label, const std::string& given_error,
                const TextFieldStyle& style) {
  const Palette& p = ui.palette;
  const std::string* value = style.value ? style.value : ui.flow.text(id);
  const std::string text = value ? *value : std::string();
  const std::size_t max_length = style.value ? style.max_length : AssessmentFlow::max_text_length(id);
  const std::size_t characters = limits::characters(text);
  // Text over the field's limit stays as typed; the field says by how much, before any other problem.
  std::string error = given_error;
  if (const std::size_t over = style.value ? (characters > max_length ? characters - max_length : 0) : ui.flow.text_excess(id)) {
    error = fill_template(ui.text("ui.field.too_long"),
                          {{"max", format_number(static_cast<double>(max_length), ui.lang())},
                           {"over", format_number(static_cast<double>(over), ui.lang())}});
  }
  {
    WidgetLog::Silence silence(ui.log);  // the field's name says it
    paragraph(ui, label, ui.fonts.small, p.text_muted);
  }
  const float height = style.multiline ? 132.f : 46.f;
  ImGui::PushID(id.c_str());
  const bool pressed = ImGui::InvisibleButton("##field", ImVec2(style.width, height)) || activated_by_mirror(ui, id);
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
  const float inset = 12.f;
  const float inner_width = style.width - 2 * inset;
  // The placeholder is shown whole: smaller in a narrow field, and on one line in a one-line field.
  WrappedText placeholder;
  if (empty) {
    const std::string& hint = ui.text("ui.field.placeholder");
    placeholder = wrap_words(ui.fonts.small, css_size(ui.fonts.small), 10.f, hint, style.multiline ? inner_width : FLT_MAX);
    if (!style.multiline && placeholder.width > inner_width) {
      placeholder = wrap_words(ui.fonts.small, std::max(10.f, std::floor(placeholder.size * inner_width / placeholder.width * 4.f) / 4.f),
                               10.f, hint, FLT_MAX);
    }
  }
  draw->PushClipRect(ImVec2(min.x + 8, min.y + 4), ImVec2(max.x - 8, max.y - 4), true);
  if (empty) draw_wrapped(ui.fonts.small, placeholder, ImVec2(min.x + inset, min.y + inset), p.text_muted);
  else draw_any_text(ui, ui.fonts.body, ImVec2(min.x + inset, min.y + inset), p.text, text, style.multiline ? inner_width : 0,
                     height - 16);
  draw->PopClipRect();
  focus_ring(ui, min, max, 8.f);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);

  const std::string& spoken = style.spoken_label.empty() ? label : style.spoken_label;
  TextEditRequest request{id, spoken, text, min.x, min.y, max.x - min.x, max.y - min.y,
                          style.multiline, style.numeric, max_length};
  // Activated by click, tap, Space or Enter, or by the app ("Korrigieren"); while editing, the input
  // follows the field (scrolling).
  if (pressed || editing || ui.session.opening(id)) ui.session.edit_text(request);

  record_widget(ui, id, "textbox", spoken, false, text, error);
  WidgetRecord& added = ui.log.last_added();
  added.multiline = style.multiline;
  added.numeric = style.numeric;
  added.max_length = request.max_length;
  // How the value is drawn, for the input laid over the field while it is edited (web/boot.js).
  added.font_size = css_size(ui.fonts.body) * ui.fonts.css_em_per_size;
  added.line_height = css_size(ui.fonts.body);
  added.inset_x = inset;
  added.inset_y = inset;
  added.text_colour = hex_colour(p.text);
  added.fill_colour = hex_colour(p.surface);
  added.border_colour = hex_colour(p.primary);
  if (empty) {
    added.lines = placeholder.lines;
    added.text_width = placeholder.width;
    added.lines_font_size = placeholder.size * ui.fonts.css_em_per_size;
  }
  if (!error.empty()) {
    WidgetLog::Silence silence(ui.log);  // the field's error (announced when it appears)
    paragraph(ui, error, ui.fonts.small, p.error);
  }
}

void begin_actions(UiContext& ui) {
  if (!ui.pinned || !ui.pinned->content_clipped) {
    spacing(8.f);
    return;
  }
  spacing(ui.pinned->height);  // room to scroll the last content out from under the bar
  ImGui::PopClipRect();
  ui.pinned->content_clipped = false;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float top = display.y - ui.pinned->height;  // screen px: the page window sits at (0, 0)
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(0, top), display, ui.palette.background);
  draw->AddLine(ImVec2(0, top), ImVec2(display.x, top), ui.palette.border, 1.f);
  WidgetRecord bar;
  bar.id = "bar:actions";
  bar.role = "toolbar";
  bar.y = top;
  bar.width = display.x;
  bar.height = ui.pinned->height;
  ui.log.add(std::move(bar));
  ImGui::SetCursorPosY(ImGui::GetScrollY() + top + 8.f);
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

#include <algorithm>

#include "app/ui/views.hpp"
#include "app/ui/widgets.hpp"

namespace phasecheck::ui {

// Horizontal bars, one per section: readable on a phone, no legend needed, and the same order
// as the questionnaire. A radar chart needs more width than a phone has.
void draw_section_scores(UiContext& ui, const Report& report) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (const auto& section : report.section_scores) {
    paragraph(ui, section.title, ui.fonts.strong);
    paragraph(ui, section.score_label, ui.fonts.small, ui.palette.text_muted);
    const float value_width = 72.f;
    const float bar_width = ui.column_width - value_width;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const float height = 14.f;
    draw->AddRectFilled(min, ImVec2(min.x + bar_width, min.y + height), ui.palette.track, 7.f);
    std::string value = ui.text("ui.result.no_score");
    if (section.score) {
      const float filled = bar_width * static_cast<float>(std::clamp(*section.score, 0, 100)) / 100.f;
      if (filled > 0) draw->AddRectFilled(min, ImVec2(min.x + std::max(filled, 14.f), min.y + height), ui.palette.primary, 7.f);
      value = std::to_string(*section.score);
    }
    ImFont* font = section.score ? ui.fonts.strong : ui.fonts.small;
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    draw->AddText(font, size, ImVec2(min.x + bar_width + 12.f, min.y + (height - size) * 0.5f), ui.palette.text, value.c_str());
    ImGui::Dummy(ImVec2(ui.column_width, height + 4.f));
    // The bar's text alternative states its value: "Vertriebsansatz: 62 von 100".
    ui.log.add(make_record("chart:" + section.id, "img",
                           section.title + ": " +
                               (section.score ? fill_template(ui.text("ui.result.score_of"), {{"score", value}}) : value),
                           min, ImVec2(ui.column_width, height)));
    // Unknown answers are said, not averaged away.
    if (!section.unknown_text.empty()) paragraph(ui, section.unknown_text, ui.fonts.small, ui.palette.text_muted);
  }
}

// The four rungs from contact to smarter selling, the company's rung filled. Rung names break only
// between words: side by side when every word fits its rung (a little smaller if need be), else one
// rung per row with the name beside its bar.
void draw_stage_ladder(UiContext& ui, const Report& report) {
  const ReportStage& stage = report.stage;
  const int count = static_cast<int>(stage.ladder.size());
  if (count == 0) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float gap = 6.f;
  const float step_width = (ui.column_width - gap * static_cast<float>(count - 1)) / static_cast<float>(count);
  const float label_size = css_size(ui.fonts.small);
  auto font_of = [&](int i) { return i + 1 == stage.index ? ui.fonts.strong : ui.fonts.small; };
  bool side_by_side = true;
  float size = label_size;
  for (int i = 0; i < count; ++i) {
    const WrappedText fitted = wrap_words(font_of(i), label_size, 12.f, stage.ladder[static_cast<std::size_t>(i)], step_width);
    side_by_side = side_by_side && fitted.fits;
    size = std::min(size, fitted.size);
  }
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  // For assistive technology a list of the rungs, in order; the paragraph after it says where the
  // company stands.
  open_container(ui, "list:stage", "list");
  const auto rung = [&](int i, const std::string& label, const WrappedText& wrapped, ImVec2 at, float width) {
    open_container(ui, "rung:" + std::to_string(i + 1), "listitem");
    record_label(ui, "label:stage:" + std::to_string(i + 1), label, wrapped, at, width);
    close_container(ui);
  };
  if (side_by_side) {
    const float max_height = 72.f;
    float tallest_label = 0;
    for (int i = 0; i < count; ++i) {
      const float height = max_height * static_cast<float>(i + 1) / static_cast<float>(count);
      const ImVec2 min(origin.x + static_cast<float>(i) * (step_width + gap), origin.y + max_height - height);
      const ImVec2 max(min.x + step_width, origin.y + max_height);
      const bool here = i + 1 == stage.index;
      draw->AddRectFilled(min, max, here ? ui.palette.primary : ui.palette.track, 6.f);
      const std::string& label = stage.ladder[static_cast<std::size_t>(i)];
      const WrappedText wrapped = wrap_words(font_of(i), size, size, label, step_width);
      const ImVec2 at(min.x, origin.y + max_height + 6.f);
      draw_wrapped(font_of(i), wrapped, at, here ? ui.palette.text : ui.palette.text_muted);
      rung(i, label, wrapped, at, step_width);
      tallest_label = std::max(tallest_label, wrapped.height);
    }
    ImGui::Dummy(ImVec2(ui.column_width, max_height + 10.f + tallest_label));
  } else {
    // Names in a column as wide as the widest (at most half the width), bars growing to the right.
    float names_width = 0;
    for (int i = 0; i < count; ++i) {
      const std::string& label = stage.ladder[static_cast<std::size_t>(i)];
      names_width = std::max(names_width, font_of(i)->CalcTextSizeA(label_size, FLT_MAX, 0.f, label.c_str()).x);
    }
    names_width = std::min(names_width, ui.column_width * 0.5f);
    const float bar_left = names_width + 12.f;
    const float bar_room = ui.column_width - bar_left;
    float y = origin.y;
    for (int i = 0; i < count; ++i) {
      const bool here = i + 1 == stage.index;
      const std::string& label = stage.ladder[static_cast<std::size_t>(i)];
      const WrappedText wrapped = wrap_words(font_of(i), label_size, 10.f, label, names_width);
      const float row = std::max(24.f, wrapped.height);
      const ImVec2 at(origin.x, y + (row - wrapped.height) * 0.5f);
      draw_wrapped(font_of(i), wrapped, at, here ? ui.palette.text : ui.palette.text_muted);
      rung(i, label, wrapped, at, names_width);
      const float length = bar_room * static_cast<float>(i + 1) / static_cast<float>(count);
      draw->AddRectFilled(ImVec2(origin.x + bar_left, y + row * 0.5f - 8.f), ImVec2(origin.x + bar_left + length, y + row * 0.5f + 8.f),
                          here ? ui.palette.primary : ui.palette.track, 6.f);
      y += row + gap;
    }
    ImGui::Dummy(ImVec2(ui.column_width, y - origin.y));
  }
  close_container(ui);
  paragraph(ui, stage.position);
  if (stage.hint) paragraph(ui, *stage.hint, nullptr, ui.palette.text_muted);
}

}  // namespace phasecheck::ui

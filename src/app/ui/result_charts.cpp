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
    // Unknown answers are said, not averaged away.
    if (!section.unknown_text.empty()) paragraph(ui, section.unknown_text, ui.fonts.small, ui.palette.text_muted);
  }
}

// The four rungs from contact to smarter selling, the company's rung filled.
void draw_stage_ladder(UiContext& ui, const Report& report) {
  const ReportStage& stage = report.stage;
  const int count = static_cast<int>(stage.ladder.size());
  if (count == 0) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float gap = 6.f;
  const float step_width = (ui.column_width - gap * static_cast<float>(count - 1)) / static_cast<float>(count);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float max_height = 72.f;
  float tallest_label = 0;
  for (int i = 0; i < count; ++i) {
    const float height = max_height * static_cast<float>(i + 1) / static_cast<float>(count);
    const ImVec2 min(origin.x + static_cast<float>(i) * (step_width + gap), origin.y + max_height - height);
    const ImVec2 max(min.x + step_width, origin.y + max_height);
    const bool here = i + 1 == stage.index;
    draw->AddRectFilled(min, max, here ? ui.palette.primary : ui.palette.track, 6.f);
    ImFont* font = here ? ui.fonts.strong : ui.fonts.small;
    const float size = ui.fonts.small->FontSize * ImGui::GetIO().FontGlobalScale;
    const std::string& label = stage.ladder[static_cast<std::size_t>(i)];
    const ImVec2 label_size = font->CalcTextSizeA(size, FLT_MAX, step_width, label.c_str());
    draw->AddText(font, size, ImVec2(min.x, origin.y + max_height + 6.f), here ? ui.palette.text : ui.palette.text_muted,
                  label.c_str(), nullptr, step_width);
    tallest_label = std::max(tallest_label, label_size.y);
  }
  ImGui::Dummy(ImVec2(ui.column_width, max_height + 10.f + tallest_label));
  paragraph(ui, stage.position);
  if (stage.hint) paragraph(ui, *stage.hint, nullptr, ui.palette.text_muted);
}

}  // namespace phasecheck::ui

#include <algorithm>

#include "app/ui/views.hpp"
#include "app/ui/widgets.hpp"

namespace phasecheck::ui {

void draw_figures(UiContext& ui) {
  AssessmentFlow& flow = ui.flow;
  spacing(ui.compact ? 4.f : 16.f);
  progress_bar(ui, static_cast<float>(flow.question_count()) / static_cast<float>(flow.question_count() + 1));
  spacing(4.f);
  paragraph(ui, ui.text("ui.economics.title"), ui.compact ? ui.fonts.heading : ui.fonts.title);
  paragraph(ui, ui.text("ui.economics.lead"), nullptr, ui.palette.text_muted);
  spacing(8.f);

  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float field_width = (ui.column_width - gap) * 0.5f;
  for (Figure figure : kFigures) {
    const std::string id(figure_id(figure));
    paragraph(ui, ui.text("ui.figure." + id), ui.fonts.strong);
    // Two columns placed by hand: SameLine would shift the second one to the first field's baseline.
    const ImVec2 row = ImGui::GetCursorPos();
    float row_bottom = row.y;
    for (Year year : kYears) {
      const bool prior = year == Year::prior;
      ImGui::SetCursorPos(ImVec2(row.x + (prior ? 0.f : field_width + gap), row.y));
      ImGui::BeginGroup();
      const FigureEntry& entry = flow.figure(year, figure);
      UiContext column = ui;
      column.column_width = field_width;
      text_field(column, std::string("field:") + (prior ? "prior:" : "current:") + id,
                 ui.text(prior ? "ui.economics.prior" : "ui.economics.current"),
                 entry.error_key.empty() ? std::string() : ui.text(entry.error_key), {false, true, field_width});
      ImGui::EndGroup();
      row_bottom = std::max(row_bottom, ImGui::GetCursorPosY());
    }
    ImGui::SetCursorPos(ImVec2(row.x, row_bottom));
    spacing(4.f);
  }
  if (flow.has_figure_errors()) paragraph(ui, ui.text("ui.economics.fix"), ui.fonts.strong, ui.palette.error);
  spacing(8.f);

  if (ui.compact) {
    if (primary_button(ui, "button:next", ui.text("ui.nav.to_result"), ui.column_width)) flow.submit_figures();
    if (secondary_button(ui, "button:skip_figures", ui.text("ui.economics.skip"), ui.column_width)) flow.skip_figures();
    if (secondary_button(ui, "button:back", ui.text("ui.nav.back"), ui.column_width)) flow.back();
    return;
  }
  if (secondary_button(ui, "button:back", ui.text("ui.nav.back"))) flow.back();
  ImGui::SameLine();
  if (secondary_button(ui, "button:skip_figures", ui.text("ui.economics.skip"))) flow.skip_figures();
  ImGui::SameLine();
  if (primary_button(ui, "button:next", ui.text("ui.nav.to_result"))) flow.submit_figures();
}

}  // namespace phasecheck::ui

#include <algorithm>

#include "app/ui/views.hpp"
#include "app/ui/widgets.hpp"
#include "core/format.hpp"

namespace phasecheck::ui {
namespace {

// What the view asks of a doubted figure, in the visitor's language.
std::string doubt_text(const UiContext& ui, const FigureDoubt& doubt) {
  const Language lang = ui.lang();
  TemplateValues values;
  if (doubt.kind == FigureDoubt::Kind::tenfold_change) {
    values = {{"prior", format_figure(doubt.figure, doubt.reference, lang)},
              {"current", format_figure(doubt.figure, doubt.value, lang)}};
  } else {
    values = {{"ratio", format_percent(doubt.value / doubt.reference, lang)},
              {"cost", format_figure(Figure::sales_cost, doubt.value, lang)},
              {"revenue", format_figure(Figure::revenue, doubt.reference, lang)}};
  }
  return fill_template(ui.text("figures.check." + std::string(doubt_id(doubt.kind))), values);
}

// A question at the field, recorded as a status (assistive technology announces it; tests read it).
void question(UiContext& ui, const std::string& id, const std::string& text) {
  message_paragraph(ui, id, "status", text, ui.fonts.small, ui.palette.text);
}

// Under a field: which of two readings is meant ("150" or "150,000"), or whether a doubted figure is
// right. Answered with buttons; nothing here blocks the way to the result but the two readings.
void figure_questions(UiContext& ui, Year year, Figure figure, const std::string& field_id) {
  AssessmentFlow& flow = ui.flow;
  const FigureEntry& entry = flow.figure(year, figure);
  const std::string where = field_id.substr(std::string("field:").size());
  if (entry.readings.size() == 2) {
    spacing(2.f);
    question(ui, "question:" + where, fill_template(ui.text("figures.ask.reading"), {{"text", entry.text}}));
    const std::vector<double> readings = entry.readings;
    for (std::size_t i = 0; i < readings.size(); ++i) {
      if (secondary_button(ui, "reading:" + where + ":" + std::to_string(i), format_figure(figure, readings[i], ui.lang()),
                           ui.column_width)) {
        flow.choose_reading(year, figure, i);
        return;
      }
    }
  } else if (entry.doubt) {
    spacing(2.f);
    question(ui, "question:" + where, doubt_text(ui, *entry.doubt));
    if (secondary_button(ui, "confirm:" + where, ui.text("figures.check.confirm"), ui.column_width)) {
      flow.confirm_figure(year, figure);
      return;
    }
    if (secondary_button(ui, "correct:" + where, ui.text("figures.check.correct"), ui.column_width)) ui.session.open_field(field_id);
  }
}

}  // namespace

void draw_figures(UiContext& ui) {
  AssessmentFlow& flow = ui.flow;
  spacing(ui.compact ? 4.f : 16.f);
  const int steps = static_cast<int>(flow.question_count()) + 1;
  progress_bar(ui, steps - 1, steps, ui.text("ui.progress.figures"));
  spacing(4.f);
  heading(ui, "heading:figures", 1, ui.text("ui.economics.title"), ui.compact ? ui.fonts.heading : ui.fonts.title);
  paragraph(ui, ui.text("ui.economics.lead"), nullptr, ui.palette.text_muted);
  spacing(8.f);

  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float field_width = (ui.column_width - gap) * 0.5f;
  for (Figure figure : kFigures) {
    const std::string id(figure_id(figure));
    heading(ui, "heading:figure:" + id, 2, ui.text("ui.figure." + id), ui.fonts.strong);
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
      const std::string field_id = std::string("field:") + (prior ? "prior:" : "current:") + id;
      // Every field names its figure and year for a screen reader: "Umsatz, Geschäftsjahr davor".
      const std::string spoken = fill_template(ui.text(prior ? "ui.economics.prior_field" : "ui.economics.current_field"),
                                               {{"figure", ui.text("ui.figure." + id)}});
      text_field(column, field_id, ui.text(prior ? "ui.economics.prior" : "ui.economics.current"),
                 entry.error_key.empty() ? std::string() : ui.text(entry.error_key),
                 {false, true, field_width, !entry.readings.empty() || entry.doubt.has_value(), spoken});
      figure_questions(column, year, figure, field_id);
      ImGui::EndGroup();
      row_bottom = std::max(row_bottom, ImGui::GetCursorPosY());
    }
    ImGui::SetCursorPos(ImVec2(row.x, row_bottom));
    spacing(4.f);
  }
  if (flow.has_figure_errors()) message_paragraph(ui, "hint:figures_fix", "alert", ui.text("ui.economics.fix"), ui.fonts.strong, ui.palette.error);
  else if (flow.has_figure_doubts()) message_paragraph(ui, "hint:figures_check", "status", ui.text("ui.economics.check"), ui.fonts.strong);
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

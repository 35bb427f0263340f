#include "app/ui/views.hpp"
#include "app/ui/widgets.hpp"

namespace phasecheck::ui {
namespace {

void section_heading(const UiContext& ui, const std::string& key) {
  paragraph(ui, ui.text(key), ui.fonts.heading);
  spacing(2.f);
}

void draw_phase_headline(UiContext& ui, const Report& r) {
  paragraph(ui, ui.text("ui.result.kicker"), ui.fonts.small, ui.palette.text_muted);
  ImGui::PushFont(ui.fonts.display);
  ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.primary);
  ImGui::TextUnformatted(r.phase_label.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  paragraph(ui, r.title, ui.compact ? ui.fonts.heading : ui.fonts.title);
  paragraph(ui, r.summary);
}

void draw_confidence(UiContext& ui, const Report& r) {
  UiContext inner = begin_panel(ui);
  const ImU32 level_colour = r.confidence.level == "high" ? inner.palette.primary : inner.palette.accent;
  ImGui::PushFont(inner.fonts.strong);
  ImGui::PushStyleColor(ImGuiCol_Text, inner.palette.text_muted);
  ImGui::TextUnformatted((inner.text("ui.result.confidence") + ":").c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, level_colour);
  ImGui::TextUnformatted(r.confidence.label.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  paragraph(inner, r.confidence.explanation);
  for (const auto& note : r.confidence.notes) bullet_paragraph(inner, note.text, inner.palette.accent);
  end_panel(ui);
}

void draw_next_steps(UiContext& ui, const Report& r) {
  UiContext inner = begin_panel(ui);
  section_heading(inner, "ui.result.next_steps");
  int number = 1;
  for (const auto& step : r.next_steps) {
    const float top = ImGui::GetCursorPosY();
    const float left = ImGui::GetCursorPosX();
    ImGui::PushFont(inner.fonts.strong);
    ImGui::PushStyleColor(ImGuiCol_Text, inner.palette.primary);
    ImGui::TextUnformatted(std::to_string(number++).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SetCursorPos(ImVec2(left + 28.f, top));
    ImGui::BeginGroup();
    UiContext text_column = inner;
    text_column.column_width -= 28.f;
    paragraph(text_column, step.text);
    const std::string detail = step.because.empty() ? step.horizon : step.horizon + " \xC2\xB7 " + step.because;  // ·
    paragraph(text_column, detail, inner.fonts.small, inner.palette.text_muted);
    ImGui::EndGroup();
  }
  spacing(4.f);
  paragraph(inner, inner.text("ui.result.impact"), inner.fonts.strong);
  paragraph(inner, r.impact);
  end_panel(ui);
}

void draw_indicators(UiContext& ui, const ReportEconomics& economics) {
  UiContext inner = begin_panel(ui);
  section_heading(inner, "ui.result.indicators");
  if (!economics.trend_label.empty()) paragraph(inner, economics.trend_label, inner.fonts.strong);
  for (const auto& indicator : economics.indicators) {
    std::string values = indicator.current_text.empty() ? "–" : indicator.current_text;
    if (indicator.prior) values = indicator.prior_text + "  \xE2\x86\x92  " + values;  // →
    if (inner.compact) {
      paragraph(inner, indicator.label, inner.fonts.small, inner.palette.text_muted);
      paragraph(inner, values, inner.fonts.strong);
    } else {
      const float left = ImGui::GetCursorPosX();
      ImGui::PushStyleColor(ImGuiCol_Text, inner.palette.text_muted);
      ImGui::TextUnformatted(indicator.label.c_str());
      ImGui::PopStyleColor();
      ImGui::SameLine(0, 0);
      ImGui::SetCursorPosX(left + inner.column_width * 0.55f);
      ImGui::PushFont(inner.fonts.strong);
      ImGui::TextUnformatted(values.c_str());
      ImGui::PopFont();
    }
  }
  end_panel(ui);
}

// Company and notes for the meeting, and what to do with the result: print, save, share, open.
void draw_meeting(UiContext& ui) {
  {
    UiContext inner = begin_panel(ui);
    section_heading(inner, "ui.result.meeting");
    text_field(inner, "field:company", inner.text("ui.result.company"), {}, {false, false, inner.column_width});
    text_field(inner, "field:notes", inner.text("ui.result.notes"), {}, {true, false, inner.column_width});
    end_panel(ui);
  }
  UiContext inner = begin_panel(ui);
  section_heading(inner, "ui.result.keep");
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float half = (inner.column_width - gap) * 0.5f;
  const float width = inner.compact ? half : 0.f;
  if (primary_button(inner, "button:print", inner.text("ui.result.print"), width)) ui.session.print_report();
  ImGui::SameLine();
  if (secondary_button(inner, "button:save", inner.text("ui.result.save"), width)) ui.session.save_file();
  if (!inner.compact) ImGui::SameLine();
  if (secondary_button(inner, "button:copy_link", inner.text("ui.result.copy_link"), width)) ui.session.copy_share_link();
  ImGui::SameLine();
  if (secondary_button(inner, "button:open_file", inner.text("ui.result.open_file"), width)) ui.session.choose_file();
  // The next check, and a calendar entry for it.
  if (const std::optional<std::string> recheck = ui.session.recheck_date()) {
    spacing(8.f);
    paragraph(inner, fill_template(inner.text("ui.result.recheck_date"), {{"date", *recheck}}), inner.fonts.strong);
    if (secondary_button(inner, "button:recheck", inner.text("ui.result.recheck"), inner.compact ? inner.column_width : 0.f)) {
      ui.session.save_recheck();
    }
  }
  end_panel(ui);
}

// The brand's call to action for the phase shown: Phase 1 has its own, which asks for no consultant now.
void draw_call_to_action(UiContext& ui) {
  const CallToActionText cta = ui.brand.cta_for(ui.flow.report() ? ui.flow.report()->call_to_action : "", ui.lang());
  UiContext inner = begin_panel(ui);
  paragraph(inner, cta.text);
  spacing(4.f);
  if (primary_button(inner, "button:cta", std::string(cta.label), inner.compact ? inner.column_width : 0)) {
    ui.platform.open_url(ui.brand.contact_url);
  }
  end_panel(ui, ui.palette.primary_soft, ui.palette.primary);
}

}  // namespace

void bullet_paragraph(UiContext& ui, const std::string& text, ImU32 dot_colour) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + 5.f, pos.y + line * 0.55f), 3.5f,
                                              dot_colour ? dot_colour : ui.palette.primary, 12);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 20.f);
  UiContext text_column = ui;
  text_column.column_width -= 20.f;
  paragraph(text_column, text);
}

void draw_result(UiContext& ui) {
  const std::optional<Report>& report = ui.flow.report();
  if (!report) return;
  const Report& r = *report;
  spacing(ui.compact ? 4.f : 24.f);
  draw_phase_headline(ui, r);
  spacing(8.f);
  draw_confidence(ui, r);

  {
    UiContext inner = begin_panel(ui);
    section_heading(inner, "ui.result.reasons");
    // Where evidence overrode an answer the dot is the accent colour: the visitor should notice.
    for (const auto& reason : r.reasons) {
      bullet_paragraph(inner, reason.text, reason.id.rfind("evidence.", 0) == 0 ? inner.palette.accent : 0);
    }
    end_panel(ui);
  }
  draw_next_steps(ui, r);
  draw_call_to_action(ui);
  {
    UiContext inner = begin_panel(ui);
    section_heading(inner, "ui.result.scores");
    draw_section_scores(inner, r);
    end_panel(ui);
  }
  {
    UiContext inner = begin_panel(ui);
    section_heading(inner, "ui.result.stage");
    draw_stage_ladder(inner, r);
    end_panel(ui);
  }
  if (r.economics) draw_indicators(ui, *r.economics);
  draw_meeting(ui);

  spacing(8.f);
  if (secondary_button(ui, "button:change", ui.text("ui.result.change"), ui.compact ? ui.column_width : 0)) {
    ui.flow.change_answers();
  }
  if (!ui.compact) ImGui::SameLine();
  if (secondary_button(ui, "button:restart", ui.text("ui.result.restart"), ui.compact ? ui.column_width : 0)) {
    ui.flow.restart();
  }
}

}  // namespace phasecheck::ui

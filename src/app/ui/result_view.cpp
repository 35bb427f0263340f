#include <imgui_internal.h>

#include <algorithm>

#include "app/ui/views.hpp"
#include "app/ui/text_drawing.hpp"
#include "app/ui/widgets.hpp"

namespace phasecheck::ui {
namespace {

ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width = -1.f) {
  return font->CalcTextSizeA(font->FontSize * ImGui::GetIO().FontGlobalScale, FLT_MAX, wrap_width, text.data(),
                             text.data() + text.size(), nullptr);
}

void draw_text(ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text, float wrap_width = 0) {
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize * ImGui::GetIO().FontGlobalScale, pos, colour, text.data(),
                                      text.data() + text.size(), wrap_width);
}

void section_heading(const UiContext& ui, const std::string& key) {
  heading(ui, "heading:" + key.substr(key.rfind('.') + 1), 2, ui.text(key), ui.fonts.heading);
  spacing(2.f);
}

void draw_phase_headline(UiContext& ui, const Report& r) {
  paragraph(ui, ui.text("ui.result.kicker"), ui.fonts.small, ui.palette.text_muted);
  // "Phase 2" and "Optimieren" are drawn as two lines and read as one heading: where focus lands.
  const ImVec2 top = ImGui::GetCursorScreenPos();
  any_text_item(ui, ui.fonts.display, ui.palette.primary, r.phase_label, ui.column_width);
  {
    WidgetLog::Silence silence(ui.log);
    paragraph(ui, r.title, ui.compact ? ui.fonts.heading : ui.fonts.title);
  }
  WidgetRecord headline = make_record("heading:result", "heading", r.phase_label + " \xE2\x80\x93 " + r.title,  // –
                                      top, ImVec2(ui.column_width, ImGui::GetItemRectMax().y - top.y));
  headline.level = 1;
  ui.log.add(std::move(headline));
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
  record_text(inner, "text", inner.text("ui.result.confidence") + ": " + r.confidence.label);
  paragraph(inner, r.confidence.explanation);
  if (!r.confidence.notes.empty()) {
    open_container(inner, "list:confidence", "list");
    for (const auto& note : r.confidence.notes) bullet_paragraph(inner, note.text, inner.palette.accent);
    close_container(inner);
  }
  end_panel(ui);
}

void draw_next_steps(UiContext& ui, const Report& r) {
  UiContext inner = begin_panel(ui);
  section_heading(inner, "ui.result.next_steps");
  int number = 1;
  open_container(inner, "list:next_steps", "list");
  inner.log.last_added().ordered = true;  // drawn with their numbers: read with them too
  for (const auto& step : r.next_steps) {
    open_container(inner, "step:" + std::to_string(number), "listitem");
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
    close_container(inner);
  }
  close_container(inner);
  spacing(4.f);
  heading(inner, "heading:impact", 3, inner.text("ui.result.impact"), inner.fonts.strong);
  paragraph(inner, r.impact);
  end_panel(ui);
}

void draw_indicators(UiContext& ui, const ReportEconomics& economics) {
  UiContext inner = begin_panel(ui);
  section_heading(inner, "ui.result.indicators");
  if (!economics.trend_label.empty()) paragraph(inner, economics.trend_label, inner.fonts.strong);
  // A table for assistive technology: one row per indicator, its name heading the row.
  open_container(inner, "table:indicators", "table", inner.text("ui.result.indicators"));
  int row = 0;
  for (const auto& indicator : economics.indicators) {
    std::string values = indicator.current_text.empty() ? "\xE2\x80\x93" : indicator.current_text;  // –
    if (indicator.prior) values = indicator.prior_text + "  \xE2\x86\x92  " + values;  // →
    open_container(inner, "row:" + std::to_string(++row), "row");
    const float left = ImGui::GetCursorPosX();
    if (inner.compact) {
      WidgetLog::Silence silence(inner.log);
      paragraph(inner, indicator.label, inner.fonts.small, inner.palette.text_muted);
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, inner.palette.text_muted);
      ImGui::TextUnformatted(indicator.label.c_str());
      ImGui::PopStyleColor();
    }
    record_text(inner, "rowheader", indicator.label);
    if (inner.compact) {
      WidgetLog::Silence silence(inner.log);
      paragraph(inner, values, inner.fonts.strong);
    } else {
      ImGui::SameLine(0, 0);
      ImGui::SetCursorPosX(left + inner.column_width * 0.55f);
      ImGui::PushFont(inner.fonts.strong);
      ImGui::TextUnformatted(values.c_str());
      ImGui::PopFont();
    }
    record_text(inner, "cell", values);
    close_container(inner);
  }
  close_container(inner);
  end_panel(ui);
}

// One answer in the overview: the question's short title, the answer and "change". The whole row is
// one button (mouse, touch, Tab and Enter or Space) that opens the question.
bool answer_row(UiContext& ui, const std::string& id, const std::string& question, const std::string& answer) {
  const Palette& p = ui.palette;
  const std::string& action = ui.text("ui.result.edit");
  constexpr float kPad = 10.f;
  const float action_width = text_size(ui.fonts.strong, action).x;
  const float text_width = ui.column_width - 2 * kPad - action_width - 16.f;
  const ImVec2 question_size = text_size(ui.fonts.small, question, text_width);
  const ImVec2 answer_size = text_size(ui.fonts.body, answer, text_width);
  const float height = std::max(52.f, question_size.y + answer_size.y + 2 * kPad + 2.f);

  ImGui::PushID(id.c_str());
  const bool pressed = ImGui::InvisibleButton("##answer", ImVec2(ui.column_width, height)) || activated_by_mirror(ui, id);
  ImGui::PopID();
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (hovered) draw->AddRectFilled(min, max, p.surface_hover, 8.f);
  draw->AddLine(ImVec2(min.x, max.y), ImVec2(max.x, max.y), p.border, 1.f);
  draw_text(ui.fonts.small, ImVec2(min.x + kPad, min.y + kPad), p.text_muted, question, text_width);
  draw_text(ui.fonts.body, ImVec2(min.x + kPad, min.y + kPad + question_size.y + 2.f), p.text, answer, text_width);
  const float action_y = min.y + (height - text_size(ui.fonts.strong, action).y) * 0.5f;
  draw_text(ui.fonts.strong, ImVec2(max.x - kPad - action_width, action_y), p.primary, action);
  if (ImGui::IsItemFocused() && !GImGui->NavDisableHighlight) {  // a focus ring for keyboard users only
    draw->AddRect(ImVec2(min.x - 3, min.y - 3), ImVec2(max.x + 3, max.y + 3), p.focus, 11.f, 0, 3.f);
  }
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

  record_widget(ui, id, "button", question + ": " + answer + " \xE2\x80\x93 " + action);  // –
  return pressed;
}

// Every answer the result rests on, by section; a tap opens that question, and "Show my result"
// there comes straight back. Walking all questions again stays possible.
void draw_answers(UiContext& ui, const Report& r) {
  UiContext inner = begin_panel(ui);
  section_heading(inner, "ui.result.answers");
  paragraph(inner, inner.text("ui.result.answers_lead"), inner.fonts.small, inner.palette.text_muted);
  for (const Section& section : inner.questionnaire.sections) {
    spacing(6.f);
    heading(inner, "heading:answers:" + section.id, 3, section.title.in(inner.lang()), inner.fonts.strong);
    for (const Question& question : section.questions) {
      const auto shown = std::find_if(r.answers.begin(), r.answers.end(),
                                      [&](const ReportAnswer& a) { return a.question_id == question.id; });
      const std::string answer = shown != r.answers.end() && !shown->answer.empty() ? shown->answer
                                                                                      : inner.text("ui.result.unanswered");
      if (answer_row(inner, "button:edit:" + question.id, question.short_title.in(inner.lang()), answer)) {
        inner.flow.edit_answer(question.id);
      }
    }
  }
  spacing(8.f);
  if (secondary_button(inner, "button:change", inner.text("ui.result.change"), inner.compact ? inner.column_width : 0)) {
    inner.flow.change_answers();
  }
  end_panel(ui);
}

// Figures typed but left out of this result ("continue without figures"): say so, and offer them.
void draw_figures_not_used(UiContext& ui) {
  UiContext inner = begin_panel(ui);
  paragraph(inner, inner.text("ui.result.figures_not_used"));
  spacing(4.f);
  if (secondary_button(inner, "button:use_figures", inner.text("ui.result.use_figures"), inner.compact ? inner.column_width : 0)) {
    inner.flow.use_figures();
  }
  end_panel(ui, ui.palette.surface, ui.palette.accent);
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
  if (secondary_button(inner, "button:copy_result", inner.text("ui.result.copy_result"), width)) ui.session.copy_result();
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
  list_item(text_column, text);
}

void draw_result(UiContext& ui) {
  const std::optional<Report>& report = ui.flow.report();
  if (!report) return;
  const Report& r = *report;
  spacing(ui.compact ? 4.f : 24.f);
  draw_phase_headline(ui, r);
  spacing(8.f);
  if (ui.flow.figures_not_used()) draw_figures_not_used(ui);
  draw_confidence(ui, r);

  {
    UiContext inner = begin_panel(ui);
    section_heading(inner, "ui.result.reasons");
    // Where evidence overrode an answer the dot is the accent colour: the visitor should notice.
    open_container(inner, "list:reasons", "list");
    for (const auto& reason : r.reasons) {
      bullet_paragraph(inner, reason.text, reason.id.rfind("evidence.", 0) == 0 ? inner.palette.accent : 0);
    }
    close_container(inner);
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
  draw_answers(ui, r);
  draw_meeting(ui);

  // Far from the answers (the meeting panels lie between) and undoable: AppSession::restart.
  spacing(8.f);
  if (secondary_button(ui, "button:restart", ui.text("ui.result.restart"), ui.compact ? ui.column_width : 0)) {
    ui.session.restart();
  }
  // Meeting mode (issue #14) is for the consultant at a client's table, a page of its own that loads
  // only when opened: a quiet link here, never on an embedded check (a blog reader has no meeting).
  if (ui.offer_meeting) {
    spacing(16.f);
    if (text_button(ui, "button:meeting", ui.text("ui.result.compare_people"), ui.fonts.small)) {
      ui.platform.open_url("meeting.html?lang=" + std::string(language_code(ui.lang())));
    }
  }
}

}  // namespace phasecheck::ui

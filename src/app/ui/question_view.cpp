#include <algorithm>

#include "app/ui/views.hpp"
#include "app/ui/widgets.hpp"

namespace phasecheck::ui {

void draw_question(UiContext& ui, ViewState& state) {
  AssessmentFlow& flow = ui.flow;
  const Question& question = flow.question();
  const std::size_t section = flow.section_index();
  const std::string section_line =
      fill_template(ui.text("ui.progress.section"), {{"index", std::to_string(section + 1)},
                                                     {"count", std::to_string(ui.questionnaire.sections.size())},
                                                     {"title", ui.questionnaire.sections[section].title.in(ui.lang())}});
  const std::string question_line =
      fill_template(ui.text("ui.progress.question"),
                    {{"index", std::to_string(flow.question_index() + 1)}, {"count", std::to_string(flow.question_count())}});

  spacing(ui.compact ? 4.f : 16.f);
  paragraph(ui, section_line, ui.fonts.small, ui.palette.text_muted);
  // A section's intro frames its first question; on later questions it would only be noise.
  const Section& current_section = ui.questionnaire.sections[section];
  if (current_section.questions.front().id == question.id) {
    paragraph(ui, current_section.intro.in(ui.lang()), ui.fonts.small, ui.palette.text_muted);
  }
  // The figures are a step too: the bar's end is the result.
  progress_bar(ui, static_cast<int>(flow.question_index()) + 1, static_cast<int>(flow.question_count()) + 1, question_line);
  {
    WidgetLog::Silence silence(ui.log);  // the progress bar's name
    paragraph(ui, question_line, ui.fonts.small, ui.palette.text_muted);
  }
  spacing(4.f);
  const std::string& question_text = question.text.in(ui.lang());
  heading(ui, "heading:question", 1, question_text, ui.compact ? ui.fonts.strong : ui.fonts.heading);

  if (text_button(ui, "button:help", ui.text(state.help_open ? "ui.help.hide" : "ui.help.show"), ui.fonts.small)) {
    state.help_open = !state.help_open;
  }
  if (state.help_open) paragraph(ui, question.help.in(ui.lang()), ui.fonts.body, ui.palette.text_muted);
  spacing(4.f);

  // On a question Enter always means "next" (AppView's shortcut); ImGui would also let it activate
  // the focused card and silently change the answer. Space and clicks choose.
  const bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
  int number = 1;
  state.card_focused = false;
  open_container(ui, "group:question", "radiogroup", question_text);
  for (const auto& option : question.options) {
    const bool selected = flow.chosen_option() == option.id;
    const std::string id = "option:" + question.id + ":" + option.id;
    // A pick moves on by itself after a moment (AssessmentFlow::choose says when not); not while the
    // help is open: the visitor is reading, and goes on with "next". Nor for a screen reader's click:
    // a radio button that changes the page is a surprise to someone who cannot see it coming.
    const bool from_mirror = ui.activation && ui.activation->id == id && !ui.activation->taken;
    if (option_card(ui, id, option.label.in(ui.lang()), number++, selected) && !enter) {
      flow.choose(option.id, !state.help_open && !from_mirror);
    }
    if (ImGui::IsItemFocused()) state.card_focused = true;
  }
  close_container(ui);

  if (flow.missing_hint()) message_paragraph(ui, "hint:missing", "alert", ui.text("ui.hint.missing"), ui.fonts.strong, ui.palette.error);
  begin_actions(ui);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float half = (ui.column_width - gap) * 0.5f;
  if (secondary_button(ui, "button:back", ui.text("ui.nav.back"), ui.compact ? half : 0)) flow.back();
  ImGui::SameLine();
  const std::string& next_label = ui.text("ui.nav.next");
  const float next_width = ui.compact ? half : 160.f;
  // Once a result was shown, "show my result" returns to it from any question without walking the rest;
  // it becomes the main action, "next" an ordinary one. On a phone it gets its own row below.
  const bool to_result = flow.result_within_reach();
  const std::string& result_label = ui.text("ui.nav.to_result");
  ImGui::PushFont(ui.fonts.strong);
  const float result_width = to_result && !ui.compact ? std::max(ImGui::CalcTextSize(result_label.c_str()).x + 48.f, 160.f) : 0.f;
  ImGui::PopFont();
  const float right = next_width + (result_width > 0 ? result_width + gap : 0.f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ui.compact ? 0.f : ui.column_width - right - ImGui::GetItemRectSize().x - gap));
  const bool next = to_result ? secondary_button(ui, "button:next", next_label, next_width)
                              : primary_button(ui, "button:next", next_label, next_width);
  if (next) flow.next();
  if (to_result) {
    if (!ui.compact) ImGui::SameLine();
    if (primary_button(ui, "button:to_result", result_label, ui.compact ? ui.column_width : result_width)) {
      flow.return_to_result();
    }
  }
  if (!ui.compact && !ui.touch_only) {
    spacing(8.f);
    paragraph(ui, ui.text("ui.hint.keys"), ui.fonts.small, ui.palette.text_muted);
  }
}

}  // namespace phasecheck::ui

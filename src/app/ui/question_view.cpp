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
  progress_bar(ui, static_cast<float>(flow.question_index() + 1) / static_cast<float>(flow.question_count() + 1));
  paragraph(ui, question_line, ui.fonts.small, ui.palette.text_muted);
  spacing(4.f);
  paragraph(ui, question.text.in(ui.lang()), ui.compact ? ui.fonts.strong : ui.fonts.heading);

  if (text_button(ui, "button:help", ui.text(state.help_open ? "ui.help.hide" : "ui.help.show"), ui.fonts.small)) {
    state.help_open = !state.help_open;
  }
  if (state.help_open) paragraph(ui, question.help.in(ui.lang()), ui.fonts.body, ui.palette.text_muted);
  spacing(4.f);

  // On a question Enter always means "next" (AppView's shortcut); ImGui would also let it activate
  // the focused card and silently change the answer. Space and clicks choose.
  const bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
  int number = 1;
  for (const auto& option : question.options) {
    const bool selected = flow.chosen_option() == option.id;
    if (option_card(ui, "option:" + question.id + ":" + option.id, option.label.in(ui.lang()), number++, selected) &&
        !enter) {
      flow.choose(option.id);
    }
  }

  if (flow.missing_hint()) paragraph(ui, ui.text("ui.hint.missing"), ui.fonts.strong, ui.palette.error);
  spacing(8.f);
  const float half = (ui.column_width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  if (secondary_button(ui, "button:back", ui.text("ui.nav.back"), ui.compact ? half : 0)) flow.back();
  ImGui::SameLine();
  const std::string& next_label = ui.text("ui.nav.next");
  const float next_width = ui.compact ? half : 160.f;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ui.compact ? 0.f : ui.column_width - next_width - ImGui::GetItemRectSize().x - ImGui::GetStyle().ItemSpacing.x));
  if (primary_button(ui, "button:next", next_label, next_width)) flow.next();
  if (!ui.compact) {
    spacing(8.f);
    paragraph(ui, ui.text("ui.hint.keys"), ui.fonts.small, ui.palette.text_muted);
  }
}

}  // namespace phasecheck::ui

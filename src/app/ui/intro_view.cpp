#include <algorithm>

#include "app/ui/views.hpp"
#include "app/ui/widgets.hpp"
#include "core/format.hpp"
#include "core/localized_text.hpp"

namespace phasecheck::ui {

void draw_header(UiContext& ui) {
  const ImVec2 start = ImGui::GetCursorPos();
  const ImVec2 screen_start = ImGui::GetCursorScreenPos();
  const std::string& other = ui.text("ui.lang.other");
  ImGui::PushFont(ui.fonts.strong);
  const float button_width = ImGui::CalcTextSize(other.c_str()).x + 8.f;
  ImGui::PopFont();
  // Brand name left, the language switch right. The name gets what the switch leaves: on a narrow
  // page it wraps between words (smaller if a word would not fit), centred on the 32 px switch.
  const float gap = 12.f;
  const float brand_width = std::max(1.f, ui.column_width - button_width - gap);
  const WrappedText brand = wrap_words(ui.fonts.strong, css_size(ui.fonts.strong), 12.f, ui.brand.name, brand_width);
  const float row = std::max(32.f, brand.height);
  const ImVec2 brand_pos(screen_start.x, screen_start.y + (row - brand.height) * 0.5f);
  draw_wrapped(ui.fonts.strong, brand, brand_pos, ui.palette.text_muted);
  record_label(ui, "label:brand", ui.brand.name, brand, brand_pos, brand_width);
  ImGui::SetCursorPos(ImVec2(start.x + ui.column_width - button_width, start.y + (row - 32.f) * 0.5f));
  if (text_button(ui, "button:lang", other)) {
    ui.flow.set_language(ui.lang() == Language::de ? Language::en : Language::de);
  }
  ImGui::SetCursorPos(ImVec2(start.x, start.y + row + ImGui::GetStyle().ItemSpacing.y));
  spacing(4.f);
}

void draw_intro(UiContext& ui) {
  spacing(ui.embedded || ui.short_height ? 0.f : ui.compact ? 8.f : 40.f);
  if (!ui.embedded && !ui.short_height) paragraph(ui, ui.text("ui.intro.kicker"), ui.fonts.small, ui.palette.text_muted);
  heading(ui, "heading:intro", 1, ui.text("ui.intro.title"), ui.compact ? ui.fonts.heading : ui.fonts.title);
  spacing(4.f);
  const std::string count = std::to_string(ui.flow.question_count());
  paragraph(ui, fill_template(ui.text("ui.intro.lead"), {{"count", count}}));
  spacing(8.f);
  const TemplateValues values = {{"count", count},
                                 {"sections", std::to_string(ui.questionnaire.sections.size())},
                                 {"minutes", std::to_string(ui.questionnaire.estimated_minutes)}};
  auto facts = [&] {
    open_container(ui, "list:facts", "list");
    for (const char* key : {"ui.intro.fact_questions", "ui.intro.fact_time", "ui.intro.fact_privacy"}) {
      ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.primary);
      ImGui::PushFont(ui.fonts.strong);
      ImGui::TextUnformatted("\xE2\x9C\x93");  // ✓
      ImGui::PopFont();
      ImGui::PopStyleColor();
      ImGui::SameLine(0, 10.f);
      UiContext narrower = ui;
      narrower.column_width -= 28.f;
      list_item(narrower, fill_template(ui.text(key), values));
    }
    close_container(ui);
  };
  // On a short screen the way in comes first, the facts after it.
  if (!ui.short_height) {
    facts();
    spacing(16.f);
  }
  if (const auto& offer = ui.session.resume_offer()) {
    // The earlier work is not touched until the visitor decides.
    UiContext inner = begin_panel(ui);
    heading(inner, "heading:resume", 2, inner.text("ui.resume.title"), inner.fonts.heading);
    paragraph(inner, fill_template(inner.text("ui.resume.text"),
                                   {{"answered", std::to_string(offer->answered)},
                                    {"count", std::to_string(ui.flow.question_count())},
                                    {"date", format_iso_date(offer->saved_at, ui.lang())}}));
    spacing(4.f);
    if (primary_button(inner, "button:resume", inner.text("ui.resume.continue"), inner.compact ? inner.column_width : 0)) {
      ui.session.resume();
    }
    if (!inner.compact) ImGui::SameLine();
    if (secondary_button(inner, "button:fresh", inner.text("ui.resume.fresh"), inner.compact ? inner.column_width : 0)) {
      ui.session.start_fresh();
    }
    end_panel(ui, ui.palette.primary_soft, ui.palette.primary);
  } else if (primary_button(ui, "button:start", ui.text("ui.intro.start"), ui.compact ? ui.column_width : 0)) {
    ui.flow.start();
  }
  if (text_button(ui, "button:open_file", ui.text("ui.intro.open_file"), ui.fonts.small)) ui.session.choose_file();
  if (ui.short_height) {
    spacing(8.f);
    facts();
  }
  if (ui.embedded) return;
  spacing(24.f);
  paragraph(ui, ui.brand.tagline.in(ui.lang()), ui.fonts.small, ui.palette.text_muted);
}

}  // namespace phasecheck::ui

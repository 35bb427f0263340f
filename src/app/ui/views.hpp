#pragma once
// One function per screen. Each draws into the current ImGui window, in the content column,
// reads the flow and calls its actions; none keeps state of its own beyond ViewState.
#include "app/ui/ui_context.hpp"

namespace phasecheck::ui {

struct ViewState {
  bool help_open = false;  // "why we ask this" on the current question
  bool card_focused = false;  // an option card has keyboard focus: Enter still means "next" there
};

void draw_header(UiContext& ui);
void draw_intro(UiContext& ui);
void draw_question(UiContext& ui, ViewState& state);
void draw_figures(UiContext& ui);
void draw_result(UiContext& ui);
// The session's notices, laid over the bottom of the visible page (notices_view.cpp).
void draw_notices(UiContext& ui);

// Parts of the result page, in result_charts.cpp.
void draw_section_scores(UiContext& ui, const Report& report);
void draw_stage_ladder(UiContext& ui, const Report& report);
void bullet_paragraph(UiContext& ui, const std::string& text, ImU32 dot_colour = 0);

}  // namespace phasecheck::ui

#include "app/ui/app_view.hpp"

#include <imgui_internal.h>

#include <algorithm>

#include "app/ui/widgets.hpp"
#include "core/result_document.hpp"

namespace phasecheck::ui {
namespace {

constexpr float kMaxColumn = 720.f;
constexpr float kCompactBelow = 560.f;  // CSS px of viewport width

}  // namespace

AppView::AppView(const Questionnaire& questionnaire, const Brand& brand, AssessmentFlow& flow, AppSession& session,
                 Platform& platform)
    : questionnaire_(questionnaire), brand_(brand), flow_(flow), session_(session), platform_(platform),
      announced_language_(flow.language()) {}

void AppView::draw() {
  if (!style_applied_ || palette_.dark != want_dark_) {
    palette_ = make_palette(brand_, want_dark_);
    apply_style(palette_);
    style_applied_ = true;
  }
  const ImGuiIO& io = ImGui::GetIO();
  const bool compact = embedded_ || io.DisplaySize.x < kCompactBelow;
  const float side = embedded_ ? 12.f : compact ? 16.f : 32.f;
  const float column = std::min(kMaxColumn, io.DisplaySize.x - 2 * side - ImGui::GetStyle().ScrollbarSize);

  log_.begin_frame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  if (scroll_to_top_) {
    ImGui::SetNextWindowScroll(ImVec2(0, 0));
    scroll_to_top_ = false;
  }
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##page", nullptr, flags);
  ImGui::PushFont(fonts_.body);
  const float left = std::max(side, (io.DisplaySize.x - column) * 0.5f);
  ImGui::Indent(left);
  ImGui::Dummy(ImVec2(1, embedded_ ? 4.f : compact ? 8.f : 16.f));

  UiContext ui{questionnaire_, brand_, flow_, session_, platform_, palette_, fonts_, log_, column, compact, embedded_};
  const Screen screen_before = flow_.screen();
  const std::size_t index_before = flow_.question_index();
  draw_header(ui);
  switch (screen_before) {
    case Screen::intro: draw_intro(ui); break;
    case Screen::question: draw_question(ui, state_); break;
    case Screen::economics: draw_figures(ui); break;
    case Screen::result: draw_result(ui); break;
  }
  draw_notices(ui);  // over the page, at the bottom of the viewport
  ImGui::Dummy(ImVec2(1, embedded_ ? 8.f : 32.f));
  content_height_ = ImGui::GetCursorPosY();  // content coordinates: independent of the scroll
  handle_shortcuts(screen_before, index_before);
  ImGui::Unindent(left);
  ImGui::PopFont();
  ImGui::End();
  log_.end_frame();
  after_frame();
}

bool AppView::focus_at_edge(bool backwards) const {
  const WidgetRecord* edge = nullptr;  // the first (or last) widget keyboard focus can reach
  for (const auto& w : log_.last_frame()) {
    if (w.role == "status" || w.role == "alert") continue;
    if (backwards && edge) break;
    edge = &w;
  }
  return !edge || edge->focused;
}

void AppView::handle_shortcuts(Screen screen_before, std::size_t index_before) {
  const ImGuiIO& io = ImGui::GetIO();
  // Keys belong to the field being edited (also on the frame Enter opened it).
  if (io.WantTextInput || !session_.editing().empty()) return;
  // A click or a focused button may have moved on already this frame; Enter must not move twice.
  const bool moved = flow_.screen() != screen_before || flow_.question_index() != index_before;
  const bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
  const bool back = ImGui::IsKeyPressed(ImGuiKey_Backspace, false) ||
                    (io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false));
  if (moved) return;
  if (back) {
    flow_.back();
    return;
  }
  if (flow_.screen() == Screen::question) {
    const auto& options = flow_.question().options;
    for (int digit = 1; digit <= 9 && digit <= static_cast<int>(options.size()); ++digit) {
      if (ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_1 + digit - 1), false) ||
          ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_Keypad1 + digit - 1), false)) {
        flow_.choose(options[static_cast<std::size_t>(digit - 1)].id);
      }
    }
  }
  if (enter && flow_.screen() != Screen::result) flow_.next();
}

void AppView::after_frame() {
  if (flow_.screen() != shown_screen_ || flow_.question_index() != shown_index_) {
    shown_screen_ = flow_.screen();
    shown_index_ = flow_.question_index();
    state_.help_open = false;
    scroll_to_top_ = true;
    // ImGui 1.90's Tab moves on from the focused widget and finds nothing once that widget has gone
    // with the old screen (after Enter on a button, say). Keyboard focus starts over on the new
    // screen: the next Tab lands on its first widget.
    if (ImGuiContext& g = *GImGui; g.NavWindow) {
      ImGui::SetNavID(0, ImGuiNavLayer_Main, g.NavFocusScopeId, ImRect());
      g.NavDisableHighlight = true;
    }
    platform_.request_frames(2);
  }
  if (!language_announced_ || announced_language_ != flow_.language()) {
    language_announced_ = true;
    announced_language_ = flow_.language();
    platform_.language_changed(announced_language_, questionnaire_.message("ui.app_title", announced_language_));
  }
  if (flow_.screen() == Screen::result && flow_.report() && published_revision_ != flow_.revision()) {
    published_revision_ = flow_.revision();
    platform_.result_shown(result_document_text(*flow_.report()));
  }
}

}  // namespace phasecheck::ui

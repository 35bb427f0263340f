#include "app/ui/app_view.hpp"

#include <imgui_internal.h>

#include <algorithm>

#include "app/ui/widgets.hpp"
#include "core/result_document.hpp"

namespace phasecheck::ui {
namespace {

constexpr float kMaxColumn = 720.f;
constexpr float kCompactBelow = 560.f;  // CSS px of viewport width
// CSS px of viewport height: a landscape phone, a laptop at 200 % zoom. Tighter spacing and the
// stacked phone layout, so that the main action of a screen is in view without scrolling.
constexpr float kShortBelow = 500.f;

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
  // Embedded, the iframe grows with the content: its height says nothing about the visitor's screen.
  const bool short_height = !embedded_ && io.DisplaySize.y < kShortBelow;
  const bool compact = embedded_ || short_height || io.DisplaySize.x < kCompactBelow;
  const float side = embedded_ ? 12.f : io.DisplaySize.x < kCompactBelow ? 16.f : 32.f;
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
  ImGui::Dummy(ImVec2(1, embedded_ || short_height ? 4.f : compact ? 8.f : 16.f));

  UiContext ui{questionnaire_, brand_, flow_, session_, platform_, palette_, fonts_, log_, column, compact, embedded_,
               touch_only_, short_height};
  const Screen screen_before = flow_.screen();
  const std::size_t index_before = flow_.question_index();
  // On a short screen a question's "back" and "next" (and "to the result", a row of its own) stay
  // pinned to the bottom; everything above is clipped there until the view draws them.
  PinnedActions pinned;
  if (short_height && screen_before == Screen::question) {
    const int rows = flow_.result_within_reach() ? 2 : 1;
    pinned.height = 48.f * static_cast<float>(rows) + ImGui::GetStyle().ItemSpacing.y * static_cast<float>(rows - 1) + 16.f;
    pinned.content_clipped = true;
    ImGui::PushClipRect(ImVec2(0, 0), ImVec2(io.DisplaySize.x, io.DisplaySize.y - pinned.height), true);
    ui.pinned = &pinned;
  }
  draw_header(ui);
  switch (screen_before) {
    case Screen::intro: draw_intro(ui); break;
    case Screen::question: draw_question(ui, state_); break;
    case Screen::economics: draw_figures(ui); break;
    case Screen::result: draw_result(ui); break;
  }
  if (pinned.content_clipped) ImGui::PopClipRect();  // a view that drew no actions
  draw_notices(ui);  // over the page, at the bottom of the viewport (above a pinned bar)
  // (Below a pinned bar nothing may follow: it sits at the scroll position, and would push the end.)
  if (pinned.height <= 0) ImGui::Dummy(ImVec2(1, embedded_ ? 8.f : 32.f));
  content_height_ = ImGui::GetCursorPosY();  // content coordinates: independent of the scroll
  keep_edited_field_visible();
  handle_shortcuts(screen_before, index_before);
  ImGui::Unindent(left);
  ImGui::PopFont();
  ImGui::End();
  log_.end_frame();
  after_frame();
}

void AppView::set_visible_band(float top, float bottom) {
  if (bottom <= top) return;
  const float full = ImGui::GetIO().DisplaySize.y;
  const bool covered = top > 0.5f || bottom < full - 0.5f;
  const float new_bottom = covered ? bottom : 0.f;
  if (new_bottom == visible_bottom_ && top == visible_top_) return;
  // Only a shrinking view moves the page: a keyboard going away leaves the visitor where they are.
  reveal_edited_field_ = covered && (visible_bottom_ == 0.f || bottom < visible_bottom_ || top > visible_top_);
  visible_top_ = covered ? top : 0.f;
  visible_bottom_ = new_bottom;
  platform_.request_frames(2);
}

// Inside the page window, after its content: room below the content for what the keyboard covers, so
// that even the last field can scroll above it, and one scroll that brings the field being edited
// into the visible band.
void AppView::keep_edited_field_visible() {
  if (visible_bottom_ <= 0.f) return;
  ImGui::Dummy(ImVec2(1, ImGui::GetIO().DisplaySize.y - visible_bottom_ + visible_top_));
  if (!reveal_edited_field_ || session_.editing().empty()) return;
  reveal_edited_field_ = false;
  for (const auto& w : log_.last_frame()) {
    if (w.id != session_.editing()) continue;
    const float margin = 12.f;
    float delta = 0;
    if (w.y + w.height + margin > visible_bottom_) delta = w.y + w.height + margin - visible_bottom_;
    if (w.y - delta < visible_top_ + margin) delta = w.y - visible_top_ - margin;  // a tall field: its top first
    if (delta != 0.f) {
      ImGui::SetScrollY(ImGui::GetScrollY() + delta);
      platform_.request_frames(2);
    }
    return;
  }
}

bool AppView::focus_at_edge(bool backwards) const {
  const WidgetRecord* edge = nullptr;  // the first (or last) widget keyboard focus can reach
  for (const auto& w : log_.last_frame()) {
    if (w.role == "status" || w.role == "alert" || w.role == "label" || w.role == "toolbar") continue;  // not focusable
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
    // The screen the page opens with (a resumed or linked session) is no step the visitor took.
    if (first_frame_done_) ++steps_moved_;
    // ImGui 1.90's Tab moves on from the focused widget and finds nothing once that widget has gone
    // with the old screen (after Enter on a button, say). Keyboard focus starts over on the new
    // screen: the next Tab lands on its first widget.
    if (ImGuiContext& g = *GImGui; g.NavWindow) {
      ImGui::SetNavID(0, ImGuiNavLayer_Main, g.NavFocusScopeId, ImRect());
      g.NavDisableHighlight = true;
    }
    platform_.request_frames(2);
  }
  first_frame_done_ = true;
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

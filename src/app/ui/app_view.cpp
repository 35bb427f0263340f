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

  arrows_follow_tab_order();
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
  draw_notices(ui);
  switch (screen_before) {
    case Screen::intro: draw_intro(ui); break;
    case Screen::question: draw_question(ui, state_); break;
    case Screen::economics: draw_figures(ui); break;
    case Screen::result: draw_result(ui); break;
  }
  ImGui::Dummy(ImVec2(1, embedded_ ? 8.f : 32.f));
  content_height_ = ImGui::GetCursorPosY();  // content coordinates: independent of the scroll
  handle_shortcuts(screen_before, index_before);
  ImGui::Unindent(left);
  ImGui::PopFont();
  ImGui::End();
  log_.end_frame();
  after_frame();
}

void AppView::draw_notices(UiContext& ui) {
  const auto& notices = session_.notices();
  for (std::size_t i = 0; i < notices.size(); ++i) {
    const Notice& notice = notices[i];
    UiContext inner = begin_panel(ui);
    const std::string text = fill_template(ui.text(notice.key), notice.values);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    paragraph(inner, text, nullptr, notice.problem ? palette_.error : 0);
    // A live status for assistive technology (and tests): the notice's own words.
    WidgetRecord status;
    status.id = "notice:" + notice.key.substr(notice.key.rfind("notice.", 0) == 0 ? 7 : 0);
    status.role = notice.problem ? "alert" : "status";
    status.label = text;
    status.x = top.x;
    status.y = top.y;
    status.width = inner.column_width;
    status.height = ImGui::GetCursorScreenPos().y - top.y;
    log_.add(std::move(status));
    const std::string suffix = ":" + std::to_string(i);
    bool act = false;
    if (!notice.action.empty()) {
      act = text_button(inner, "button:notice_action" + suffix, ui.text("notice.action." + notice.action));
      ImGui::SameLine();
    }
    const bool dismiss = text_button(inner, "button:dismiss" + suffix, ui.text("notice.dismiss"));
    end_panel(ui, notice.problem ? palette_.surface : palette_.primary_soft, notice.problem ? palette_.error : palette_.border);
    if (act) session_.notice_action(i);
    else if (dismiss) session_.dismiss_notice(i);
    if (act || dismiss) break;  // the list changed under us
  }
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

void AppView::tab_from_field(const std::string& field_id, bool backwards) {
  tab_from_field_ = TabFromField{field_id, backwards};
  platform_.request_frames(2);
}

// ImGui's arrows move to the nearest widget in their direction, so a row of buttons (Print, Save,
// Copy link) is skipped by ArrowDown, which lands on whatever lies below the row. The app is one
// column read top to bottom: Up and Down step through the widgets in the order Tab does.
void AppView::arrows_follow_tab_order() {
  ImGuiContext& g = *GImGui;
  if (!g.NavMoveSubmitted || !g.NavWindow || (g.NavMoveFlags & ImGuiNavMoveFlags_IsTabbing)) return;
  if (g.NavMoveDir != ImGuiDir_Down && g.NavMoveDir != ImGuiDir_Up) return;
  const bool down = g.NavMoveDir == ImGuiDir_Down;
  // Only the arrow keys themselves: Page Up/Down and Home/End (also downward requests) stay ImGui's.
  if (!ImGui::IsKeyPressed(down ? ImGuiKey_DownArrow : ImGuiKey_UpArrow, true)) return;
  ImGui::NavMoveRequestCancel();
  ImGui::NavMoveRequestSubmit(ImGuiDir_None, down ? ImGuiDir_Down : ImGuiDir_Up, ImGuiNavMoveFlags_IsTabbing,
                              ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
  // As Tab: with no widget focused yet, Down starts at the first one.
  g.NavTabbingDir = !down ? -1 : (g.NavDisableHighlight && g.ActiveId == 0) ? 0 : +1;
  g.NavTabbingCounter = -1;
}

// The widget after (before) the field in the last frame, in drawing order, which is ImGui's Tab order.
void AppView::move_focus_from_field() {
  const TabFromField tab = *tab_from_field_;
  tab_from_field_.reset();
  const auto& list = log_.last_frame();
  const auto is_stop = [](const WidgetRecord& w) { return w.nav_id != 0 && w.role != "status" && w.role != "alert"; };
  const auto at = std::find_if(list.begin(), list.end(), [&](const WidgetRecord& w) { return w.id == tab.field_id; });
  if (at == list.end()) return;
  const WidgetRecord* target = nullptr;
  if (tab.backwards) {
    for (auto it = std::make_reverse_iterator(at); it != list.rend() && !target; ++it) {
      if (is_stop(*it)) target = &*it;
    }
  } else {
    for (auto it = std::next(at); it != list.end() && !target; ++it) {
      if (is_stop(*it)) target = &*it;
    }
  }
  if (!target) return;  // the field is the first (last) widget: focus stays with it
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImRect rect(target->x, target->y, target->x + target->width, target->y + target->height);
  if (g.NavWindow != window) ImGui::FocusWindow(window);
  ImGui::SetNavID(target->nav_id, ImGuiNavLayer_Main, g.NavFocusScopeId, ImGui::WindowRectAbsToRel(window, rect));
  g.NavDisableHighlight = false;  // a keyboard move: the focus ring shows
  g.NavDisableMouseHover = true;
  ImGui::ScrollToRectEx(window, rect, ImGuiScrollFlags_KeepVisibleEdgeY);
  if (target->role == "textbox") session_.open_field(target->id);
  platform_.request_frames(2);
}

void AppView::handle_shortcuts(Screen screen_before, std::size_t index_before) {
  const ImGuiIO& io = ImGui::GetIO();
  if (tab_from_field_ && session_.editing().empty()) move_focus_from_field();
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
        flow_.choose(options[static_cast<std::size_t>(digit - 1)].id, !state_.help_open);  // picks and moves on
      }
    }
  }
  // Enter on a focused button is that button's (it already acted); on a card, or with no widget
  // focused (right after load, or after a screen change), it means "next".
  const bool taken_by_button = GImGui->NavActivatePressedId != 0 && !(screen_before == Screen::question && state_.card_focused);
  if (enter && !taken_by_button && flow_.screen() != Screen::result) flow_.next();
}

void AppView::after_frame() {
  // The picked card shows checked for a moment, then the next question comes: frames keep coming
  // meanwhile (the app otherwise sleeps), and the flow counts their time.
  if (flow_.advance_pending()) {
    flow_.tick(ImGui::GetIO().DeltaTime);
    platform_.request_frames(1);
  }
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

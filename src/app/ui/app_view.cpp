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
constexpr const char* kPageWindow = "##page";

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
  ImGui::Begin(kPageWindow, nullptr, flags);
  if (scroll_from_mirror_ != 0.f) {
    ImGui::SetScrollY(ImGui::GetScrollY() + scroll_from_mirror_);  // clamped by ImGui, applied next frame
    scroll_from_mirror_ = 0.f;
  }
  ImGui::PushFont(fonts_.body);
  const float left = std::max(side, (io.DisplaySize.x - column) * 0.5f);
  ImGui::Indent(left);
  ImGui::Dummy(ImVec2(1, embedded_ || short_height ? 4.f : compact ? 8.f : 16.f));

  UiContext ui{questionnaire_, brand_, flow_, session_, platform_, palette_, fonts_, log_, column, compact, embedded_,
               touch_only_, short_height};
  ui.activation = &activation_;
  ui.offer_meeting = offers_meeting_ && !embedded_;
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
  own_screen_ = extension_ && extension_->draw_screen(ui);
  if (!own_screen_) {
    switch (screen_before) {
      case Screen::intro: draw_intro(ui); break;
      case Screen::question: draw_question(ui, state_); break;
      case Screen::economics: draw_figures(ui); break;
      case Screen::result: draw_result(ui); break;
    }
    if (extension_) extension_->after_check_screen(ui);
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
  activation_ = {};  // for this frame only: a widget not drawn now must not act on a later screen
}

void AppView::activate(std::string widget_id) {
  activation_ = {std::move(widget_id), false};
  platform_.request_frames(2);
}

void AppView::scroll_by(float pixels) {
  scroll_from_mirror_ += pixels;
  platform_.request_frames(2);
}

void AppView::focus_widget(std::string widget_id) {
  focus_from_mirror_ = std::move(widget_id);
  platform_.request_frames(2);
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
    if (w.nav_id == 0) continue;  // text, messages, containers: not focusable
    if (backwards && edge) break;
    edge = &w;
  }
  return !edge || edge->focused;
}

// At once, between frames, not in the next frame's draw: a key pressed right after Tab (Enter) may
// arrive before that frame, whose start hands it to the widget with the keyboard focus. Deferred, that
// was still the field, and Enter opened it again instead of pressing the button after it.
void AppView::tab_from_field(const std::string& field_id, bool backwards) {
  move_focus_from_field(field_id, backwards);
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
void AppView::move_focus_from_field(const std::string& field_id, bool backwards) {
  const auto& list = log_.last_frame();
  const auto is_stop = [](const WidgetRecord& w) { return w.nav_id != 0 && w.role != "status" && w.role != "alert"; };
  const auto at = std::find_if(list.begin(), list.end(), [&](const WidgetRecord& w) { return w.id == field_id; });
  if (at == list.end()) return;
  const WidgetRecord* target = nullptr;
  if (backwards) {
    for (auto it = std::make_reverse_iterator(at); it != list.rend() && !target; ++it) {
      if (is_stop(*it)) target = &*it;
    }
  } else {
    for (auto it = std::next(at); it != list.end() && !target; ++it) {
      if (is_stop(*it)) target = &*it;
    }
  }
  if (!target) return;  // the field is the first (last) widget: focus stays with it
  focus_record(*target);
  if (target->role == "textbox") session_.open_field(target->id);
}

// Keyboard focus on a widget of the last frame, with its focus ring, scrolled into view. Also between
// frames (the page window by name: no window is current then).
void AppView::focus_record(const WidgetRecord& target) {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = ImGui::FindWindowByName(kPageWindow);
  if (!window) return;  // before the first frame
  const ImRect rect(target.x, target.y, target.x + target.width, target.y + target.height);
  if (g.NavWindow != window) ImGui::FocusWindow(window);
  ImGui::SetNavID(target.nav_id, ImGuiNavLayer_Main, g.NavFocusScopeId, ImGui::WindowRectAbsToRel(window, rect));
  g.NavDisableHighlight = false;  // a keyboard move: the focus ring shows
  g.NavDisableMouseHover = true;
  ImGui::ScrollToRectEx(window, rect, ImGuiScrollFlags_KeepVisibleEdgeY);
  platform_.request_frames(2);
}

void AppView::handle_shortcuts(Screen screen_before, std::size_t index_before) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!focus_from_mirror_.empty()) {
    const auto& list = log_.last_frame();
    const auto at = std::find_if(list.begin(), list.end(),
                                 [&](const WidgetRecord& w) { return w.id == focus_from_mirror_ && w.nav_id != 0; });
    if (at != list.end() && !at->focused) focus_record(*at);
    focus_from_mirror_.clear();
  }
  // Keys belong to the field being edited (also on the frame Enter opened it).
  if (io.WantTextInput || !session_.editing().empty()) return;
  if (own_screen_) return;  // the check's keys (Enter: next, Backspace: back) mean nothing on the page's own screens
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
  const int extension_screen = extension_ ? extension_->screen_key() : 0;
  if (flow_.screen() != shown_screen_ || flow_.question_index() != shown_index_ || extension_screen != shown_extension_screen_) {
    shown_screen_ = flow_.screen();
    shown_index_ = flow_.question_index();
    shown_extension_screen_ = extension_screen;
    state_.help_open = false;
    scroll_to_top_ = true;
    // The screen the page opens with (a resumed or linked session) is no step the visitor took.
    if (first_frame_done_) {
      ++steps_moved_;
      if (!own_screen_) {
        tell_assistive_technology();
      } else {
        PageExtension::Step step = extension_->step(questionnaire_, flow_.language());
        tree_.step_taken(std::move(step.focus_id), std::move(step.announcement), std::move(step.with_focus));
      }
    }
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
  if (std::optional<std::string> tree = tree_.update(log_.last_frame(), flow_.language())) platform_.publish_semantics(*tree);
}

// A step taken: a screen reader reads on from the new screen's heading and hears where it is (the
// question's number; the result's clarity), or all of it when focus cannot move (SemanticTree).
void AppView::tell_assistive_technology() {
  const Language lang = flow_.language();
  const auto message = [&](std::string_view key) -> const std::string& { return questionnaire_.message(key, lang); };
  switch (flow_.screen()) {
    case Screen::intro:
      tree_.step_taken("heading:intro", message("ui.intro.title"), {});
      break;
    case Screen::question: {
      const std::string where = fill_template(message("ui.progress.question"),
                                              {{"index", std::to_string(flow_.question_index() + 1)},
                                               {"count", std::to_string(flow_.question_count())}});
      tree_.step_taken("heading:question",
                       fill_template(message("ui.announce.question"), {{"where", where}, {"question", flow_.question().text.in(lang)}}),
                       where);
      break;
    }
    case Screen::economics:
      tree_.step_taken("heading:figures", message("ui.economics.title"), message("ui.progress.figures"));
      break;
    case Screen::result:
      if (const std::optional<Report>& report = flow_.report()) {
        const TemplateValues values = {{"phase", report->phase_label}, {"title", report->title},
                                       {"confidence", report->confidence.label}};
        tree_.step_taken("heading:result", fill_template(message("ui.announce.result"), values),
                         fill_template(message("ui.announce.result_focused"), values));
      }
      break;
  }
}

}  // namespace phasecheck::ui

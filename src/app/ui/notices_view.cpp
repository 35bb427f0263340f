// The session's notices as a toast over the bottom of the visible page: where the visitor is
// looking, whatever the scroll, and without moving anything already drawn (a notice at the top of a
// long page pushed the content under the finger and was itself out of sight). Problems and offers
// stay until dismissed; a plain confirmation goes with the visitor's next change (AppSession), never
// on a timer, so slow readers keep it as long as they need (WCAG 2.2.1). The toast's buttons follow
// the page's in keyboard order (a flattened child window), and each notice is a status or alert in
// the widget log for assistive technology.
#include <imgui_internal.h>

#include <algorithm>

#include "app/ui/views.hpp"
#include "app/ui/widgets.hpp"

namespace phasecheck::ui {
namespace {

constexpr float kMaxToastWidth = 560.f;
constexpr float kMargin = 12.f;  // from the viewport's edges
constexpr float kGap = 8.f;      // between notices

void draw_notice(UiContext& ui, std::size_t index, const Notice& notice, bool& changed) {
  AppSession& session = ui.session;
  UiContext inner = begin_panel(ui);
  const std::string text = notice_text(notice, ui.questionnaire, ui.lang());
  const ImVec2 top = ImGui::GetCursorScreenPos();
  {
    WidgetLog::Silence silence(ui.log);  // the notice's label is its text
    paragraph(inner, text, nullptr, notice.problem ? ui.palette.error : 0);
  }
  ui.log.open(make_record("notice:" + notice.key.substr(notice.key.rfind("notice.", 0) == 0 ? 7 : 0),
                          notice.problem ? "alert" : "status", text, top,
                          ImVec2(inner.column_width, ImGui::GetCursorScreenPos().y - top.y)));  // its buttons are its content
  const std::string suffix = ":" + std::to_string(index);
  // The buttons side by side while they fit the toast's width (a phone's is narrow), else below.
  const float row_start = ImGui::GetCursorScreenPos().x;
  bool first = true;
  const auto button = [&](const std::string& id, const std::string& label) {
    if (!first) {
      const float spacing = ImGui::GetStyle().ItemSpacing.x;
      const float needed = ui.fonts.strong->CalcTextSizeA(ui.fonts.strong->FontSize * ImGui::GetIO().FontGlobalScale, FLT_MAX,
                                                          -1.f, label.c_str()).x + 8.f;
      if (ImGui::GetItemRectMax().x + spacing + needed <= row_start + inner.column_width) ImGui::SameLine();
    }
    first = false;
    return text_button(inner, id, label);
  };
  const bool act = !notice.action.empty() && button("button:notice_action" + suffix, ui.text("notice.action." + notice.action));
  const bool details = !notice.detail.empty() && button("button:notice_details" + suffix, ui.text("notice.action.copy_details"));
  const bool dismiss = button("button:dismiss" + suffix, ui.text("notice.dismiss"));
  ui.log.close();
  end_panel(ui, notice.problem ? ui.palette.surface : ui.palette.primary_soft,
            notice.problem ? ui.palette.error : ui.palette.border);
  if (details) session.copy_notice_detail(index);
  if (act) session.notice_action(index);
  else if (dismiss) session.dismiss_notice(index);
  changed = act || dismiss;
}

// Embedded, the page is as tall as its content and the host page shows only a part of it: the page's
// bottom is where nobody looks. There the toast goes just below where the visitor last pressed (the
// focused widget for keys, else the pointer), fixed when a notice arrives so it never follows later
// clicks, and kept on the page. Screen px, the toast's top.
float embedded_toast_top(const UiContext& ui, ImGuiStorage* storage, std::size_t count) {
  const ImGuiID anchor_id = ImGui::GetID("##notice_anchor");
  const ImGuiID count_id = ImGui::GetID("##notice_count");
  const ImGuiID revision_id = ImGui::GetID("##notice_revision");
  const auto seen = static_cast<std::size_t>(storage->GetInt(count_id, 0));
  // A notice added, or one replacing another (the same notice again, the oldest dropped at the cap):
  // the list is no shorter, and the session's revision moved on. A dismissal keeps the place.
  const int revision = static_cast<int>(ui.session.revision());
  const bool arrived = count >= seen && count > 0 && storage->GetInt(revision_id, -1) != revision;
  storage->SetInt(count_id, static_cast<int>(count));
  storage->SetInt(revision_id, revision);
  if (arrived) {
    float anchor = ImGui::GetIO().MouseClickedPos[0].y + 28.f;  // below a pressed button's lower edge
    if (!GImGui->NavDisableHighlight) {
      for (const auto& w : ui.log.last_frame()) {
        if (w.focused) anchor = w.y + w.height + kGap;
      }
    }
    storage->SetFloat(anchor_id, anchor);
    storage->SetInt(ImGui::GetID("##notice_reveal"), 1);  // once drawn, ask the host page to show it
  }
  return storage->GetFloat(anchor_id, kMargin);
}

}  // namespace

void draw_notices(UiContext& ui) {
  ImGuiWindow* page = ImGui::GetCurrentWindow();
  // Room below the content for the toast, so the page's end can be scrolled clear of it. It only
  // grows while a screen is shown: shrinking at the bottom of the page would move the content.
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID room_id = ImGui::GetID("##notice_room");
  const ImGuiID screen_id = ImGui::GetID("##notice_screen");
  const int screen = static_cast<int>(ui.flow.screen()) * 1000 + static_cast<int>(ui.flow.question_index());
  if (storage->GetInt(screen_id, -1) != screen) {
    storage->SetInt(screen_id, screen);
    storage->SetFloat(room_id, 0.f);
  }
  // A pinned actions bar (short screens) ends the page at the viewport's bottom: room after it would
  // let the page grow on every frame, so there the toast sits above the bar and takes no room.
  const float bar = ui.pinned ? ui.pinned->height : 0.f;
  if (const float room = storage->GetFloat(room_id, 0.f); room > 0 && bar <= 0) ImGui::Dummy(ImVec2(1, room));

  const auto& notices = ui.session.notices();
  if (notices.empty()) {
    storage->SetInt(ImGui::GetID("##notice_count"), 0);
    return;
  }
  const ImGuiID height_id = ImGui::GetID("##notice_height");
  // The toast is laid over the page: whatever it adds to the page's layout is taken back after it.
  const ImVec2 cursor = page->DC.CursorPos, cursor_max = page->DC.CursorMaxPos, ideal_max = page->DC.IdealMaxPos;
  const ImVec2 prev_line = page->DC.CursorPosPrevLine;
  const ImGuiIO& io = ImGui::GetIO();
  const float width = std::min({kMaxToastWidth, ui.column_width, io.DisplaySize.x - 2 * kMargin});
  if (ui.embedded) {
    const float top = std::clamp(embedded_toast_top(ui, storage, notices.size()), kMargin,
                                 std::max(kMargin, io.DisplaySize.y - storage->GetFloat(height_id, 0.f) - kMargin));
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, top), ImGuiCond_Always, ImVec2(0.5f, 0.f));
  } else {
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - bar - kMargin), ImGuiCond_Always,
                            ImVec2(0.5f, 1.f));
  }
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, kGap));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoScrollbar |
                                 ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoSavedSettings;
  if (ImGui::BeginChild("##notices", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY, flags)) {
    UiContext toast = ui;
    toast.column_width = width;
    bool changed = false;
    for (std::size_t i = 0; i < notices.size() && !changed; ++i) draw_notice(toast, i, notices[i], changed);
  }
  ImGui::EndChild();
  const float height = ImGui::GetItemRectSize().y;
  const float toast_top = ImGui::GetItemRectMin().y;
  // Embedded: the host page brings a new toast into view if it is not (the visitor may have pressed
  // near the viewport's edge). Its size settles a frame after it first appears (auto-resize).
  const ImGuiID reveal_id = ImGui::GetID("##notice_reveal");
  if (ui.embedded && storage->GetInt(reveal_id, 0) != 0) {
    if (height > 0 && height == storage->GetFloat(height_id, 0.f)) {
      storage->SetInt(reveal_id, 0);
      ui.platform.keep_in_view(toast_top, toast_top + height);
    } else {
      ui.platform.request_frames(1);
    }
  }
  storage->SetFloat(height_id, height);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  storage->SetFloat(room_id, std::max(storage->GetFloat(room_id, 0.f), height + kMargin));
  page->DC.CursorPos = cursor;
  page->DC.CursorMaxPos = cursor_max;
  page->DC.IdealMaxPos = ideal_max;
  page->DC.CursorPosPrevLine = prev_line;
}

}  // namespace phasecheck::ui

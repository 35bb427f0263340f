#pragma once
// The whole page for one frame: the scrolling main window, the content column sized to the
// viewport, the current screen, keyboard shortcuts, and telling the host when a result shows.
// Call draw() between ImGui::NewFrame() and ImGui::Render().
#include <cstdint>
#include <optional>
#include <string>

#include "app/ui/ui_context.hpp"
#include "app/ui/views.hpp"

namespace phasecheck::ui {

class AppView {
 public:
  AppView(const Questionnaire& questionnaire, const Brand& brand, AssessmentFlow& flow, AppSession& session,
          Platform& platform);

  void set_fonts(const Fonts& fonts) { fonts_ = fonts; }
  // Inside a host page's iframe: tighter spacing, no hero, and the page grows with its content.
  void set_embedded(bool embedded) { embedded_ = embedded; }
  // Height of everything drawn in the last frame, CSS px: what an embedding iframe should be.
  float content_height() const { return content_height_; }
  // Keyboard focus is on the last widget (first, going backwards): Tab should leave the app.
  bool focus_at_edge(bool backwards) const;
  // Tab (Shift+Tab) in the text input over `field_id`: keyboard focus moves to the widget after it
  // (before it), as Tab does anywhere in the app, and a text field there opens for typing at once.
  void tab_from_field(const std::string& field_id, bool backwards);
  // Takes effect at the next draw(); cheap when unchanged.
  void set_dark(bool dark) { want_dark_ = dark; }
  const Palette& palette() const { return palette_; }
  const WidgetLog& widgets() const { return log_; }

  void draw();

 private:
  void handle_shortcuts(Screen screen_before, std::size_t index_before);
  void arrows_follow_tab_order();
  void move_focus_from_field();
  void draw_notices(UiContext& ui);
  void after_frame();

  const Questionnaire& questionnaire_;
  const Brand& brand_;
  AssessmentFlow& flow_;
  AppSession& session_;
  Platform& platform_;
  Fonts fonts_;
  Palette palette_{};
  bool want_dark_ = false;
  bool style_applied_ = false;
  WidgetLog log_;
  ViewState state_;
  struct TabFromField {
    std::string field_id;
    bool backwards = false;
  };
  std::optional<TabFromField> tab_from_field_;
  bool scroll_to_top_ = false;
  bool embedded_ = false;
  float content_height_ = 0;
  Screen shown_screen_ = Screen::intro;
  std::size_t shown_index_ = 0;
  std::uint64_t published_revision_ = UINT64_MAX;
  Language announced_language_;
  bool language_announced_ = false;
};

}  // namespace phasecheck::ui

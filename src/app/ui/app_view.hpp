#pragma once
// The whole page for one frame: the scrolling main window, the content column sized to the
// viewport, the current screen, keyboard shortcuts, and telling the host when a result shows.
// Call draw() between ImGui::NewFrame() and ImGui::Render().
#include <cstdint>

#include "app/ui/ui_context.hpp"
#include "app/ui/views.hpp"

namespace phasecheck::ui {

class AppView {
 public:
  AppView(const Questionnaire& questionnaire, const Brand& brand, AssessmentFlow& flow, Platform& platform);

  void set_fonts(const Fonts& fonts) { fonts_ = fonts; }
  // Takes effect at the next draw(); cheap when unchanged.
  void set_dark(bool dark) { want_dark_ = dark; }
  const Palette& palette() const { return palette_; }
  const WidgetLog& widgets() const { return log_; }

  void draw();

 private:
  void handle_shortcuts(Screen screen_before, std::size_t index_before);
  void after_frame();

  const Questionnaire& questionnaire_;
  const Brand& brand_;
  AssessmentFlow& flow_;
  Platform& platform_;
  Fonts fonts_;
  Palette palette_{};
  bool want_dark_ = false;
  bool style_applied_ = false;
  WidgetLog log_;
  ViewState state_;
  bool scroll_to_top_ = false;
  Screen shown_screen_ = Screen::intro;
  std::size_t shown_index_ = 0;
  std::uint64_t published_revision_ = UINT64_MAX;
  Language announced_language_;
  bool language_announced_ = false;
};

}  // namespace phasecheck::ui

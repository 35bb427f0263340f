#pragma once
// The whole page for one frame: the scrolling main window, the content column sized to the
// viewport, the current screen, keyboard shortcuts, and telling the host when a result shows.
// Call draw() between ImGui::NewFrame() and ImGui::Render(), then after_frame() once the frame is
// sent: without it the mirror, the announcements and a picked card's advance to the next question stall.
#include <cstdint>
#include <optional>
#include <string>

#include "app/semantic_tree.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/views.hpp"

namespace phasecheck::ui {

// A page that shows screens of its own around the check (meeting mode): drawn in the check's page
// window, with its header, widget log and accessibility mirror, so every widget works as in the check.
class PageExtension {
 public:
  virtual ~PageExtension() = default;
  // Draws the page's own screen; false: the check's screen is drawn (someone answers right here).
  virtual bool draw_screen(UiContext& ui) = 0;
  // After the check's screen, when it was drawn.
  virtual void after_check_screen(UiContext& ui) = 0;
  // Changes when the page's own screen changes: the page scrolls to the top, and a screen reader
  // hears of it as of a step of the check (focus to the heading `id`, then `announcement`).
  virtual int screen_key() const = 0;
  struct Step {
    std::string focus_id;
    std::string announcement;
    std::string with_focus;
  };
  virtual Step step(const Questionnaire& questionnaire, Language language) const = 0;
};

}  // namespace phasecheck::ui

namespace phasecheck::ui {

class AppView {
 public:
  AppView(const Questionnaire& questionnaire, const Brand& brand, AssessmentFlow& flow, AppSession& session,
          Platform& platform);

  void set_fonts(const Fonts& fonts) { fonts_ = fonts; }
  // Inside a host page's iframe: tighter spacing, no hero, and the page grows with its content.
  void set_embedded(bool embedded) { embedded_ = embedded; }
  // The page's own screens (meeting mode); null: the check alone.
  void set_extension(PageExtension* extension) { extension_ = extension; }
  // The quiet link from the result to meeting mode (the check's own page, not embedded).
  void set_offers_meeting(bool offers) { offers_meeting_ = offers; }
  // Height of everything drawn in the last frame, CSS px: what an embedding iframe should be.
  float content_height() const { return content_height_; }
  // Counts the steps (screens, questions) the visitor moved to since the first frame: when it grows,
  // an embedding host page scrolls the new step's top into view if it is out of view.
  std::uint64_t steps_moved() const { return steps_moved_; }
  // Keyboard focus is on the last widget (first, going backwards): Tab should leave the app.
  bool focus_at_edge(bool backwards) const;
  // Tab (Shift+Tab) in the text input over `field_id`: keyboard focus moves to the widget after it
  // (before it), as Tab does anywhere in the app, and a text field there opens for typing at once.
  // Takes effect at once (call it between frames), so that a key right after Tab is the new widget's.
  void tab_from_field(const std::string& field_id, bool backwards);
  // Takes effect at the next draw(); cheap when unchanged.
  void set_dark(bool dark) { want_dark_ = dark; }
  // No fine pointer or keyboard (a phone): no digit badges on the cards. Takes effect at the next draw().
  void set_touch_only(bool touch_only) { touch_only_ = touch_only; }
  // The part of the canvas the visitor can see, CSS px from its top (an on-screen keyboard covers the
  // rest). When it shrinks, the page makes room below and scrolls the field being edited into it.
  void set_visible_band(float top, float bottom);
  const Palette& palette() const { return palette_; }
  const WidgetLog& widgets() const { return log_; }
  const SemanticTree& semantics() const { return tree_; }
  // From the DOM mirror of the canvas (web/mirror.js): the widget with this id acts as if clicked in
  // the next frame; keyboard focus moves to it. An id not drawn then is ignored.
  void activate(std::string widget_id);
  void focus_widget(std::string widget_id);
  // The mirror's root was scrolled by the browser (find in page, a screen reader's reading position
  // on text out of view): the page scrolls by as much, CSS px, so that canvas and mirror agree again.
  void scroll_by(float pixels);

  void draw();
  // What the frame just drawn tells the page (the mirror, the language, the result, the steps taken)
  // and asks of the next frames. Once per draw(), after it; the browser calls it once the frame is
  // on its way to the renderer.
  void after_frame();

 private:
  void handle_shortcuts(Screen screen_before, std::size_t index_before);
  void arrows_follow_tab_order();
  void move_focus_from_field(const std::string& field_id, bool backwards);
  void focus_record(const WidgetRecord& target);
  void tell_assistive_technology();
  void keep_edited_field_visible();

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
  SemanticTree tree_;
  MirrorActivation activation_;
  std::string focus_from_mirror_;
  float scroll_from_mirror_ = 0;
  ViewState state_;
  bool scroll_to_top_ = false;
  bool embedded_ = false;
  PageExtension* extension_ = nullptr;
  bool offers_meeting_ = false;
  bool own_screen_ = false;  // the extension drew this frame's screen
  int shown_extension_screen_ = 0;
  bool touch_only_ = false;
  float visible_top_ = 0;
  float visible_bottom_ = 0;  // 0: all of it
  bool reveal_edited_field_ = false;
  float content_height_ = 0;
  std::uint64_t steps_moved_ = 0;
  bool first_frame_done_ = false;
  Screen shown_screen_ = Screen::intro;
  std::size_t shown_index_ = 0;
  std::uint64_t published_revision_ = UINT64_MAX;
  Language announced_language_;
  bool language_announced_ = false;
};

}  // namespace phasecheck::ui

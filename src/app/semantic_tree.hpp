#pragma once
// What assistive technology gets of the app: the last frame's widget log as a tree of roles, names
// and rectangles, plus what to announce and where keyboard focus should go. The page builds a DOM
// mirror over the canvas from it (web/mirror.js); docs/accessibility.md has the whole picture.
// Only a frame that changed something a screen reader could tell is published: an idle page, and a
// frame drawn again unchanged, publish nothing.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/widget_log.hpp"
#include "core/localized_text.hpp"

namespace phasecheck::ui {

class SemanticTree {
 public:
  // Said by a screen reader once: polite waits for a pause (a new question, the result), assertive
  // interrupts (a problem, a notice).
  void announce(std::string text, bool assertive);
  // A step taken: keyboard focus (for a screen reader, its reading position) moves to the new screen's
  // heading `focus_id`, once a later frame has drawn it (the step is taken in one frame, the new screen
  // drawn in the next, and the frame of the step may show a node of the same id: the previous
  // question's heading). With it comes `announcement` ("Frage 5 von 15: …"), for a mirror that cannot
  // move focus (it is outside the app); one that does says only `with_focus` ("Frage 5 von 15"), since
  // the focused heading is read anyway: nothing is said twice.
  void step_taken(std::string focus_id, std::string announcement, std::string with_focus);
  // Takes a drawn frame. Notices, alerts, statuses and field errors that were not there before are
  // announced on their own. Returns the tree as JSON when it differs from the last one returned.
  std::optional<std::string> update(const std::vector<WidgetRecord>& nodes, Language language);
  const std::string& last_published() const { return published_; }

 private:
  struct Announcement {
    std::uint64_t serial = 0;
    bool assertive = false;
    std::string text;
    std::string with_focus;  // a step's: said instead of `text` when focus moved to the step's heading
  };
  void add(Announcement announcement);
  void announce_new_messages(const std::vector<WidgetRecord>& nodes);

  std::vector<Announcement> announcements_;  // the most recent few, for a mirror that missed a tree
  std::uint64_t serial_ = 0;
  struct Step {
    std::string focus_id, announcement, with_focus;
  };
  std::optional<Step> step_;
  bool step_this_frame_ = false;
  std::string focus_id_;
  std::uint64_t focus_serial_ = 0;
  std::vector<std::string> messages_shown_;  // the ids of the messages (and invalid fields) in the last frame
  std::string published_;
};

}  // namespace phasecheck::ui

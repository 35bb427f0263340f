#pragma once
// What the app needs from its host, and nothing more. The browser implements it in
// platform/web/; tests use platform/recording_platform.hpp. Later issues add storage, URL,
// files, clipboard and print here.
#include <string>

#include "core/localized_text.hpp"

namespace phasecheck {

class Platform {
 public:
  virtual ~Platform() = default;

  // Opens a contact link (https: in a new tab, mailto: in the mail program).
  virtual void open_url(const std::string& url) = 0;
  // A result is on screen: tell the host page (the phasecheck:result event).
  virtual void result_shown(const std::string& result_json) = 0;
  // The visitor switched language: the document's lang and title follow.
  virtual void language_changed(Language language, const std::string& title) = 0;
  // Keep drawing for this many more frames (the app otherwise sleeps until input arrives).
  virtual void request_frames(int count) = 0;
};

}  // namespace phasecheck

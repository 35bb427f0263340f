#pragma once
// The Platform interface, implemented with the browser bridge.
#include "platform/platform.hpp"

namespace phasecheck::browser {

class WebPlatform final : public Platform {
 public:
  void open_url(const std::string& url) override;
  void result_shown(const std::string& result_json) override;
  void language_changed(Language language, const std::string& title) override;
  void request_frames(int count) override;
};

}  // namespace phasecheck::browser

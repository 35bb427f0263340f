#pragma once
// The native stand-in for tests: records what the app asked of its host.
#include <string>
#include <vector>

#include "platform/platform.hpp"

namespace phasecheck {

class RecordingPlatform final : public Platform {
 public:
  void open_url(const std::string& url) override { opened_urls.push_back(url); }
  void result_shown(const std::string& result_json) override { results.push_back(result_json); }
  void language_changed(Language language, const std::string& title) override {
    languages.push_back(language);
    titles.push_back(title);
  }
  void request_frames(int count) override { requested_frames += count; }

  std::vector<std::string> opened_urls;
  std::vector<std::string> results;
  std::vector<Language> languages;
  std::vector<std::string> titles;
  int requested_frames = 0;
};

}  // namespace phasecheck

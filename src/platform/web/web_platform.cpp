#include "platform/web/web_platform.hpp"

#include "platform/web/browser_bridge.hpp"
#include "platform/web/frame_scheduler.hpp"

namespace phasecheck::browser {

void WebPlatform::open_url(const std::string& url) { browser::open_url(url); }
void WebPlatform::result_shown(const std::string& result_json) { dispatch_result(result_json); }
void WebPlatform::language_changed(Language language, const std::string& title) {
  set_document_language(language == Language::de ? "de" : "en", title);
}
void WebPlatform::request_frames(int count) { frame_scheduler().request(count); }

}  // namespace phasecheck::browser

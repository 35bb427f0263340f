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
bool WebPlatform::storage_available() { return browser::storage_available(); }
std::optional<std::string> WebPlatform::storage_read(const std::string& key) {
  std::string value;
  if (!browser::storage_read(key, value)) return std::nullopt;
  return value;
}
bool WebPlatform::storage_write(const std::string& key, const std::string& value) { return browser::storage_write(key, value); }
void WebPlatform::storage_remove(const std::string& key) { browser::storage_remove(key); }
std::string WebPlatform::now_iso() { return browser::now_iso(); }
std::string WebPlatform::local_iso_date() { return browser::local_iso_date(); }
void WebPlatform::download(const std::string& filename, const std::string& content) { browser::download(filename, content); }
void WebPlatform::pick_file() { browser::pick_file(); }
void WebPlatform::copy_text(const std::string& text) { browser::copy_text(text); }
std::string WebPlatform::page_address() { return browser::page_address(); }
void WebPlatform::log_problem(const std::string& text) { browser::log_problem(text); }
void WebPlatform::keep_in_view(float top, float bottom) { browser::keep_in_view(top, bottom); }
void WebPlatform::publish_semantics(const std::string& tree_json) { browser::publish_semantics(tree_json); }
void WebPlatform::clear_fragment() { browser::clear_fragment(); }
bool WebPlatform::open_report(const std::string& html) { return browser::open_report(html); }
void WebPlatform::history_push(const std::string& step, int depth) { browser::history_push(step, depth); }
void WebPlatform::history_replace(const std::string& step, int depth) { browser::history_replace(step, depth); }
void WebPlatform::history_back() { browser::history_back(); }
void WebPlatform::edit_text(const TextEditRequest& r) {
  browser::edit_text(r.id, r.label, r.value, r.x, r.y, r.width, r.height, r.multiline, r.numeric, r.max_length);
}
void WebPlatform::end_text_edit() { browser::end_text_edit(); }

}  // namespace phasecheck::browser

#pragma once
// The Platform interface, implemented with the browser bridge.
#include "platform/platform.hpp"
#include "platform/web/text_images.hpp"

namespace phasecheck::browser {

class WebPlatform final : public Platform {
 public:
  void open_url(const std::string& url) override;
  void result_shown(const std::string& result_json) override;
  void language_changed(Language language, const std::string& title) override;
  void request_frames(int count) override;
  bool storage_available() override;
  std::optional<std::string> storage_read(const std::string& key) override;
  bool storage_write(const std::string& key, const std::string& value) override;
  void storage_remove(const std::string& key) override;
  std::string now_iso() override;
  std::string local_iso_date() override;
  void download(const std::string& filename, const std::string& content) override;
  void pick_file() override;
  void copy_text(const std::string& text) override;
  std::string page_address() override;
  void log_problem(const std::string& text) override;
  void keep_in_view(float top, float bottom) override;
  void publish_semantics(const std::string& tree_json) override;
  void clear_fragment() override;
  bool open_report(const std::string& html) override;
  void history_push(const std::string& step, int depth) override;
  void history_replace(const std::string& step, int depth) override;
  void history_back() override;
  void edit_text(const TextEditRequest& request) override;
  void end_text_edit() override;
  TextImage text_image(const TextImageRequest& request) override { return text_images_.image(request); }
  void forget_text_images() { text_images_.forget(); }  // after a lost WebGL context

 private:
  TextImages text_images_;
};

}  // namespace phasecheck::browser

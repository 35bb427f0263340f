#pragma once
// The native stand-in for tests: in-memory storage that can be switched off or filled up, a fixed
// clock, and a record of everything the app asked of its host.
#include <map>
#include <utility>
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
  void log_problem(const std::string& text) override { logged.push_back(text); }
  void keep_in_view(float top, float bottom) override { kept_in_view.push_back({top, bottom}); }
  void publish_semantics(const std::string& tree_json) override { semantics.push_back(tree_json); }

  bool storage_available() override { return storage_on; }
  std::optional<std::string> storage_read(const std::string& key) override {
    if (!storage_on) return std::nullopt;
    auto it = storage.find(key);
    return it == storage.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  bool storage_write(const std::string& key, const std::string& value) override {
    if (!storage_on || storage_full) return false;
    storage[key] = value;
    ++writes;
    return true;
  }
  void storage_remove(const std::string& key) override { storage.erase(key); }

  std::string now_iso() override { return now; }
  std::string now = "2026-11-28T10:15:00Z";  // tests move it on to see what is written when
  std::string local_iso_date() override { return today; }
  std::string today = "2026-11-28";  // the visitor's day; tests set it to the day after the UTC one

  void download(const std::string& filename, const std::string& content) override { downloads.push_back({filename, content}); }
  void pick_file() override { ++file_picks; }
  void copy_text(const std::string& text) override { copied.push_back(text); }
  std::string page_address() override { return address; }
  void clear_fragment() override { ++fragments_cleared; }
  bool open_report(const std::string& html) override {
    reports.push_back(html);
    return !block_popups;
  }
  // The browser's history as the page would have it: entries (step, depth) and the one shown.
  void history_push(const std::string& step, int depth) override {
    history.resize(history_at + 1);
    history.push_back({step, depth});
    ++history_at;
  }
  void history_replace(const std::string& step, int depth) override {
    if (history.empty()) history.push_back({});
    history[history_at] = {step, depth};
  }
  void history_back() override {
    if (history_at > 0) --history_at;
    ++history_backs;
  }
  std::vector<std::pair<std::string, int>> history;
  std::size_t history_at = 0;
  int history_backs = 0;

  void edit_text(const TextEditRequest& request) override { edits.push_back(request); }
  void end_text_edit() override { ++edits_ended; }
  // A stand-in image: 8 px per byte of text, one line high.
  TextImage text_image(const TextImageRequest& request) override {
    text_images.push_back(request);
    return {1, 8.f * static_cast<float>(request.text.size()), request.line_height};
  }

  std::vector<std::string> opened_urls, results, titles, copied, reports, logged, semantics;
  std::vector<std::pair<float, float>> kept_in_view;  // bands the host page was asked to show
  std::string address = "https://check.example/index.html";  // "file:///…" for the single offline file
  std::vector<Language> languages;
  std::vector<std::pair<std::string, std::string>> downloads;
  std::vector<TextEditRequest> edits;
  std::vector<TextImageRequest> text_images;
  std::map<std::string, std::string> storage;
  bool storage_on = true;
  bool storage_full = false;
  bool block_popups = false;
  int requested_frames = 0, writes = 0, file_picks = 0, fragments_cleared = 0, edits_ended = 0;
};

}  // namespace phasecheck

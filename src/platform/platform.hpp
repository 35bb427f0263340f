#pragma once
// What the app needs from its host, and nothing more. The browser implements it in
// platform/web/; tests use tests/support/recording_platform.hpp. Every call returns at once; answers
// that take time (a picked file, the clipboard) come back through AppSession's entry points.
#include <cstdint>
#include <optional>
#include <string>

#include "core/localized_text.hpp"

namespace phasecheck {

struct TextEditRequest {
  std::string id;     // the widget id, e.g. "field:company"
  std::string label;  // for assistive technology
  std::string value;
  float x = 0, y = 0, width = 0, height = 0;  // CSS px on the canvas
  bool multiline = false;
  bool numeric = false;  // brings up a number-friendly keyboard
  // The field's limit in characters (code points). The app refuses longer text visibly at the field;
  // the page must not cut it (an input's maxlength would, silently, on paste).
  std::size_t max_length = 0;
};

// Text the app's typeface has no letters for (emoji, Arabic, CJK), drawn by the host with the
// system's fonts so it shows as typed rather than as "?".
struct TextImageRequest {
  std::string text;  // UTF-8; line breaks are kept
  float size = 0;         // font size, CSS px
  float line_height = 0;  // CSS px
  float ascent = 0;       // baseline below a line's top, CSS px
  bool semibold = false;
  std::uint32_t colour = 0;  // 0xAABBGGRR, as ImGui packs it
  float wrap_width = 0;      // CSS px; 0: one line per line break
  float max_height = 0;      // CSS px: lines below it are left out (a field shows only its first lines); 0: all
  float pixel_ratio = 1;     // device pixels per CSS px: the image is drawn that sharp
};

struct TextImage {
  std::uintptr_t texture = 0;  // the renderer's texture; 0 when the host cannot draw text
  float width = 0, height = 0;  // CSS px
};

class Platform {
 public:
  virtual ~Platform() = default;

  // ---- Page
  virtual void open_url(const std::string& url) = 0;  // contact links
  virtual void result_shown(const std::string& result_json) = 0;  // the phasecheck:result event
  virtual void language_changed(Language language, const std::string& title) = 0;
  virtual void request_frames(int count) = 0;  // keep drawing; the app otherwise sleeps
  // The console: technical detail of a refused input for support, never shown on the page.
  virtual void log_problem(const std::string& text) = 0;
  // Embedded in a host page, whose viewport shows only part of the (content-tall) iframe: asks the
  // host to bring this band of the page (CSS px from its top) into view, if it is not.
  virtual void keep_in_view(float top, float bottom) = 0;
  // The page's accessibility mirror of the canvas (app/semantic_tree.hpp): called only when the tree changed.
  virtual void publish_semantics(const std::string& tree_json) = 0;

  // ---- Local storage; all fail softly (private mode, quota, third-party iframes)
  virtual bool storage_available() = 0;
  virtual std::optional<std::string> storage_read(const std::string& key) = 0;
  virtual bool storage_write(const std::string& key, const std::string& value) = 0;
  virtual void storage_remove(const std::string& key) = 0;

  // ---- Clock
  virtual std::string now_iso() = 0;  // "2026-11-28T10:15:00Z"
  // The visitor's calendar day, "2026-11-28": dates shown and the re-check count from it, not from
  // the UTC day (which differs around midnight). core/format.hpp words it per language.
  virtual std::string local_iso_date() = 0;

  // ---- Files, clipboard, links, print
  virtual void download(const std::string& filename, const std::string& content) = 0;
  virtual void pick_file() = 0;  // the file arrives at AppSession::import_file
  virtual void copy_text(const std::string& text) = 0;  // the outcome arrives at AppSession::copy_finished
  virtual std::string page_address() = 0;  // the page's URL without its fragment
  virtual void clear_fragment() = 0;       // once a link's answers are loaded
  // A new tab with the report and the print dialog; false when the browser blocked the tab.
  virtual bool open_report(const std::string& html) = 0;

  // ---- History: each step of the check is an entry (app/flow_history.hpp). The page's address stays
  // as it is; `step` and `depth` come back when the browser returns to the entry.
  virtual void history_push(const std::string& step, int depth) = 0;
  virtual void history_replace(const std::string& step, int depth) = 0;
  virtual void history_back() = 0;

  // ---- Text entry: a real text field over the canvas, so touch keyboards, umlauts, paste work
  virtual void edit_text(const TextEditRequest& request) = 0;  // changes arrive at AppSession::text_changed
  virtual void end_text_edit() = 0;

  // ---- Text the typeface lacks: an image of it, valid for this frame and the next (a small cache).
  virtual TextImage text_image(const TextImageRequest& request) = 0;
};

}  // namespace phasecheck

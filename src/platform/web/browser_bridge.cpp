#include "platform/web/browser_bridge.hpp"

#include <emscripten.h>

#include <cstdlib>

// clang-format off
EM_JS(int, js_asset_length, (const char* name), {
  const bytes = Module.phasecheckAssets && Module.phasecheckAssets[UTF8ToString(name)];
  return bytes ? bytes.length : -1;
});
EM_JS(void, js_asset_copy, (const char* name, void* dest), {
  HEAPU8.set(Module.phasecheckAssets[UTF8ToString(name)], dest);
});
EM_JS(char*, js_preferred_language, (), {
  const code = window.phasecheckBoot.language();
  const size = lengthBytesUTF8(code) + 1;
  const out = _malloc(size);
  stringToUTF8(code, out, size);
  return out;
});
EM_JS(bool, js_prefers_dark, (), { return !!window.phasecheckBoot.prefersDark(); });
EM_JS(bool, js_touch_only, (), { return !!window.phasecheckBoot.touchOnly(); });
EM_JS(bool, js_focus_stays_in_app, (), { return !!window.phasecheckBoot.focusStaysInApp(); });
EM_JS(bool, js_text_input_taking_focus, (), { return !!window.phasecheckBoot.focusingTextInput; });
EM_JS(void, js_open_url, (const char* url), { window.phasecheckBoot.openUrl(UTF8ToString(url)); });
EM_JS(void, js_dispatch_result, (const char* json), { window.phasecheckBoot.resultShown(UTF8ToString(json)); });
// boot.js writes them: only a change, and not before ready (documentLanguage()).
EM_JS(void, js_set_document_language, (const char* code, const char* title), {
  window.phasecheckBoot.documentLanguage(UTF8ToString(code), UTF8ToString(title));
});
EM_JS(void, js_set_cursor, (const char* cursor), { Module.canvas.style.cursor = UTF8ToString(cursor); });
EM_JS(void, js_signal_ready, (), { window.phasecheckBoot.ready(); });
EM_JS(bool, js_listen_to_renderer, (), { return !!window.phasecheckBoot.appListening(); });
EM_JS(void, js_mark, (const char* name), { performance.mark("phasecheck:" + UTF8ToString(name)); });
EM_JS(void, js_show_fatal, (const char* title, const char* details), {
  window.phasecheckBoot.fatal(UTF8ToString(title), UTF8ToString(details));
});
EM_JS(void, js_canvas_origin, (double* left, double* top), {
  const rect = Module.canvas.getBoundingClientRect();
  HEAPF64[left >> 3] = rect.left;
  HEAPF64[top >> 3] = rect.top;
});
// A warning, not an error: the page works on; the words are for whoever supports the visitor.
EM_JS(void, js_keep_in_view, (double top, double bottom), { window.phasecheckBoot.keepInView(top, bottom); });
// The mirror keeps the latest tree; one that arrives before mirror.js loaded waits in boot.js.
EM_JS(void, js_publish_semantics, (const char* json), {
  const boot = window.phasecheckBoot;
  if (boot.semantics) boot.semantics(UTF8ToString(json));
});
EM_JS(void, js_log_problem, (const char* text), { console.warn("Phasencheck: " + UTF8ToString(text)); });
EM_JS(bool, js_embedded, (), { return !!window.phasecheckBoot.embedded; });
EM_JS(char*, js_contact_url_override, (), {
  const url = window.phasecheckBoot.ctaOverride || "";
  const size = lengthBytesUTF8(url) + 1;
  const out = _malloc(size);
  stringToUTF8(url, out, size);
  return out;
});
EM_JS(void, js_content_height_changed, (double height), { window.phasecheckBoot.contentHeight(height); });
EM_JS(void, js_step_shown, (), { window.phasecheckBoot.stepShown(); });
// Strings from JS are handed over as malloc'd UTF-8; take_string() frees them.
EM_JS(char*, js_call_string, (const char* name, const char* argument), {
  const result = window.phasecheckBoot[UTF8ToString(name)](UTF8ToString(argument));
  if (result === null || result === undefined) return 0;
  const size = lengthBytesUTF8(result) + 1;
  const out = _malloc(size);
  stringToUTF8(result, out, size);
  return out;
});
EM_JS(bool, js_call_bool, (const char* name, const char* argument), {
  return !!window.phasecheckBoot[UTF8ToString(name)](UTF8ToString(argument));
});
EM_JS(bool, js_storage_write, (const char* key, const char* value), {
  return !!window.phasecheckBoot.storageWrite(UTF8ToString(key), UTF8ToString(value));
});
EM_JS(void, js_download, (const char* name, const char* content), {
  window.phasecheckBoot.download(UTF8ToString(name), UTF8ToString(content));
});
EM_JS(void, js_edit_text, (const char* id, const char* label, const char* value, double x, double y, double width, double height,
                           bool multiline, bool numeric, int max_length), {
  window.phasecheckBoot.editText({ id: UTF8ToString(id), label: UTF8ToString(label), value: UTF8ToString(value), x: x, y: y,
                                   width: width, height: height, multiline: !!multiline, numeric: !!numeric, maxLength: max_length });
});
EM_JS(void, js_history_entry, (bool push, const char* step, int depth), {
  window.phasecheckBoot.historyEntry(!!push, UTF8ToString(step), depth);
});
// clang-format on

namespace phasecheck::browser {

bool embedded() { return js_embedded(); }

std::string contact_url_override() {
  char* url = js_contact_url_override();
  std::string out = url;
  std::free(url);
  return out;
}

void content_height_changed(float height) { js_content_height_changed(static_cast<double>(height)); }
void step_shown() { js_step_shown(); }

bool asset(const char* name, std::vector<std::uint8_t>& bytes) {
  const int length = js_asset_length(name);
  if (length < 0) return false;
  bytes.resize(static_cast<std::size_t>(length));
  if (length > 0) js_asset_copy(name, bytes.data());
  return true;
}

std::string asset_text(const char* name) {
  std::vector<std::uint8_t> bytes;
  if (!asset(name, bytes)) return {};
  return std::string(bytes.begin(), bytes.end());
}

std::string preferred_language() {
  char* code = js_preferred_language();
  std::string out = code;
  std::free(code);
  return out;
}

bool prefers_dark() { return js_prefers_dark(); }
bool touch_only() { return js_touch_only(); }
bool focus_stays_in_app() { return js_focus_stays_in_app(); }
bool text_input_taking_focus() { return js_text_input_taking_focus(); }
void open_url(const std::string& url) { js_open_url(url.c_str()); }
void dispatch_result(const std::string& result_json) { js_dispatch_result(result_json.c_str()); }
void set_document_language(const char* code, const std::string& title) { js_set_document_language(code, title.c_str()); }
void set_cursor(const char* css_cursor) { js_set_cursor(css_cursor); }
void signal_ready() { js_signal_ready(); }
bool listen_to_renderer() { return js_listen_to_renderer(); }
void mark_startup(const char* phase) { js_mark(phase); }
void show_fatal(const std::string& title, const std::string& details) { js_show_fatal(title.c_str(), details.c_str()); }
void canvas_origin(double& left, double& top) { js_canvas_origin(&left, &top); }

namespace {

// Calls window.phasecheckBoot[name](argument); false when it returned null.
bool call_string(const char* name, const std::string& argument, std::string& out) {
  char* result = js_call_string(name, argument.c_str());
  if (!result) return false;
  out = result;
  std::free(result);
  return true;
}

std::string call_string(const char* name, const std::string& argument = {}) {
  std::string out;
  call_string(name, argument, out);
  return out;
}

}  // namespace

bool storage_available() { return js_call_bool("storageAvailable", ""); }
bool storage_read(const std::string& key, std::string& value) { return call_string("storageRead", key, value); }
bool storage_write(const std::string& key, const std::string& value) { return js_storage_write(key.c_str(), value.c_str()); }
void storage_remove(const std::string& key) { call_string("storageRemove", key); }
std::string now_iso() { return call_string("nowIso"); }
std::string local_iso_date() { return call_string("localIsoDate"); }
std::string location_fragment() { return call_string("locationFragment"); }
std::string page_address() { return call_string("pageAddress"); }
void log_problem(const std::string& text) { js_log_problem(text.c_str()); }
void keep_in_view(float top, float bottom) { js_keep_in_view(top, bottom); }
void publish_semantics(const std::string& tree_json) { js_publish_semantics(tree_json.c_str()); }
void clear_fragment() { call_string("clearFragment"); }
void history_push(const std::string& step, int depth) { js_history_entry(true, step.c_str(), depth); }
void history_replace(const std::string& step, int depth) { js_history_entry(false, step.c_str(), depth); }
void history_back() { call_string("historyBack"); }
void download(const std::string& filename, const std::string& content) { js_download(filename.c_str(), content.c_str()); }
void pick_file() { call_string("pickFile"); }
void copy_text(const std::string& text) { call_string("copyText", text); }
bool open_report(const std::string& html) { return js_call_bool("openReport", html.c_str()); }
void edit_text(const std::string& id, const std::string& label, const std::string& value, float x, float y, float width,
               float height, bool multiline, bool numeric, std::size_t max_length) {
  js_edit_text(id.c_str(), label.c_str(), value.c_str(), x, y, width, height, multiline, numeric, static_cast<int>(max_length));
}
void end_text_edit() { call_string("endTextEdit"); }
void request_glyphs() { call_string("loadGlyphs"); }

}  // namespace phasecheck::browser

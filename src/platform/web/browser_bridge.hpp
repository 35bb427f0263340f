#pragma once
// The browser services the app uses, as plain C++ functions. Each is a small EM_JS function in
// browser_bridge.cpp; nothing else in the project contains JavaScript (apart from web/).
#include <cstdint>
#include <string>
#include <vector>

namespace phasecheck::browser {

// Assets the boot script fetched before main() ran ("questionnaire", "brand", fonts), and those
// fetched later on request ("font-regular-extra", "font-semibold-extra").
bool asset(const char* name, std::vector<std::uint8_t>& bytes);
std::string asset_text(const char* name);
// Asks the page for what texts beyond Latin-1 need (web/glyphs.js: the extra font files and text
// images); phasecheck_glyphs(ok) answers when it is there.
void request_glyphs();

std::string preferred_language();  // "de" or "en": ?lang=, then navigator.languages
bool prefers_dark();               // prefers-color-scheme, or ?theme=
bool touch_only();                 // (hover: none) and (pointer: coarse): a phone or tablet, no mouse
bool focus_stays_in_app();  // the canvas is losing focus to the app's own text input (a tap on a field) or its DOM mirror
bool text_input_taking_focus();  // the focus is moving to the app's text input now (web/boot.js editText)
void open_url(const std::string& url);
void dispatch_result(const std::string& result_json);
void set_document_language(const char* code, const std::string& title);
void set_cursor(const char* css_cursor);
void signal_ready();                       // resolves phasecheck.ready, once the renderer drew
bool listen_to_renderer();                 // hear of lost contexts from now on; true: lost right now
// A point of the start-up as a performance mark "phasecheck:<phase>" (make bench's timeline).
void mark_startup(const char* phase);
void show_fatal(const std::string& title, const std::string& details);  // replaces the canvas
void canvas_origin(double& left, double& top);  // canvas position in the viewport, CSS px
bool embedded();                           // ?embed=1: inside a host page's iframe
std::string contact_url_override();        // ?cta=… from the embedding snippet, or ""
void content_height_changed(float height);  // the embed script sizes the iframe with it
void step_shown();                          // a new step: the embed script keeps its top in view

// Local storage, each call guarded: blocked storage reads as absent and writes as failed.
bool storage_available();
bool storage_read(const std::string& key, std::string& value);
bool storage_write(const std::string& key, const std::string& value);
void storage_remove(const std::string& key);

std::string now_iso();
std::string local_iso_date();
std::string location_fragment();  // "#a=…" the page was opened with, or ""
std::string page_address();
void log_problem(const std::string& text);
void keep_in_view(float top, float bottom);  // embedded: the host page scrolls this band into view
void publish_semantics(const std::string& tree_json);  // to the DOM mirror (web/mirror.js)
void clear_fragment();
// Entries in the browser's history for the check's steps; popstate comes back to phasecheck_history_popped.
void history_push(const std::string& step, int depth);
void history_replace(const std::string& step, int depth);
void history_back();
void download(const std::string& filename, const std::string& content);
void pick_file();
void copy_text(const std::string& text);
bool open_report(const std::string& html);  // false: the tab was blocked
void edit_text(const std::string& id, const std::string& label, const std::string& value, float x, float y, float width,
               float height, bool multiline, bool numeric, std::size_t max_length);
void end_text_edit();

}  // namespace phasecheck::browser

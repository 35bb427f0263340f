#include "app/widget_log.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace phasecheck::ui {

bool is_widget_role(const std::string& role) {
  static const char* const kWidgetRoles[] = {"button", "radio", "textbox", "link", "label", "status", "alert", "toolbar"};
  return std::any_of(std::begin(kWidgetRoles), std::end(kWidgetRoles), [&](const char* r) { return role == r; });
}

void WidgetLog::begin_frame() {
  current_.clear();
  open_.clear();
  text_count_ = 0;
}

void WidgetLog::add(WidgetRecord record) {
  if (record.parent.empty() && !open_.empty()) record.parent = current_[open_.back()].id;
  current_.push_back(std::move(record));
}

void WidgetLog::open(WidgetRecord container) {
  add(std::move(container));
  open_.push_back(current_.size() - 1);
}

void WidgetLog::close() {
  if (open_.empty()) return;
  const std::size_t at = open_.back();
  open_.pop_back();
  float left = 0, top = 0, right = 0, bottom = 0;
  bool any = false;
  for (std::size_t i = at; i < current_.size(); ++i) {  // the container's own rectangle, if it has one, too
    const WidgetRecord& child = current_[i];
    if (child.width <= 0 && child.height <= 0) continue;
    left = any ? std::min(left, child.x) : child.x;
    top = any ? std::min(top, child.y) : child.y;
    right = any ? std::max(right, child.x + child.width) : child.x + child.width;
    bottom = any ? std::max(bottom, child.y + child.height) : child.y + child.height;
    any = true;
  }
  WidgetRecord& container = current_[at];
  if (!any) return;
  container.x = left;
  container.y = top;
  container.width = right - left;
  container.height = bottom - top;
}

void WidgetLog::add_text(WidgetRecord text) {
  if (silenced_ > 0 || text.label.empty()) return;
  if (text.id.empty()) text.id = "text:" + std::to_string(++text_count_);
  add(std::move(text));
}

std::string WidgetLog::to_json() const {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& w : last_) {
    if (!is_widget_role(w.role)) continue;
    nlohmann::json item = {{"id", w.id}, {"role", w.role}, {"label", w.label}, {"x", w.x}, {"y", w.y},
                           {"width", w.width}, {"height", w.height}, {"checked", w.checked}, {"focused", w.focused}};
    if (w.role == "textbox") {
      item["value"] = w.value;
      item["error"] = w.error;
      item["multiline"] = w.multiline;
      item["numeric"] = w.numeric;
      item["max_length"] = w.max_length;
      item["font_size"] = w.font_size;
      item["line_height"] = w.line_height;
      item["inset_x"] = w.inset_x;
      item["inset_y"] = w.inset_y;
      item["text_colour"] = w.text_colour;
      item["fill_colour"] = w.fill_colour;
      item["border_colour"] = w.border_colour;
    }
    if (!w.lines.empty()) {
      item["lines"] = w.lines;
      item["text_width"] = w.text_width;
      item["lines_font_size"] = w.lines_font_size;
    }
    list.push_back(std::move(item));
  }
  return list.dump();
}

}  // namespace phasecheck::ui

#include "app/ui/widget_log.hpp"

#include <nlohmann/json.hpp>

namespace phasecheck::ui {

std::string WidgetLog::to_json() const {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& w : last_) {
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
    }
    list.push_back(std::move(item));
  }
  return list.dump();
}

}  // namespace phasecheck::ui

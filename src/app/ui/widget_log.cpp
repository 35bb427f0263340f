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
    }
    list.push_back(std::move(item));
  }
  return list.dump();
}

}  // namespace phasecheck::ui

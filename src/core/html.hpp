#pragma once
// Escaping for HTML text and attribute values: everything a visitor typed goes through here.
#include <string>
#include <string_view>

namespace phasecheck {

// Escapes & < > " ' so the text can stand in element content and in quoted attribute values.
std::string escape_html(std::string_view text);

// Builds an HTML page: markup written as it is (raw), everything else escaped (text, element).
// Shared by the printed reports (core/report_html, core/meeting_report_html).
class HtmlWriter {
 public:
  HtmlWriter& raw(std::string_view markup) {
    out_ += markup;
    return *this;
  }
  HtmlWriter& text(std::string_view content) {
    out_ += escape_html(content);
    return *this;
  }
  HtmlWriter& element(std::string_view tag, std::string_view content, std::string_view attributes = {}) {
    out_ += "<" + std::string(tag) + (attributes.empty() ? "" : " " + std::string(attributes)) + ">";
    text(content);
    out_ += "</" + std::string(tag) + ">\n";
    return *this;
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace phasecheck

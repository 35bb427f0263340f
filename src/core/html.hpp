#pragma once
// Escaping for HTML text and attribute values: everything a visitor typed goes through here.
#include <string>
#include <string_view>

namespace phasecheck {

// Escapes & < > " ' so the text can stand in element content and in quoted attribute values.
std::string escape_html(std::string_view text);

}  // namespace phasecheck

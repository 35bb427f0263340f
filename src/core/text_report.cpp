#include "core/text_report.hpp"

namespace phasecheck {
namespace {

// Counts code points, not bytes, so umlauts and dashes do not shorten lines.
std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (unsigned char c : text) width += (c & 0xC0) != 0x80;
  return width;
}

std::string wrap(const std::string& text, std::size_t width, const std::string& first_indent, const std::string& indent) {
  std::string out = first_indent;
  std::size_t line = display_width(first_indent);
  std::size_t start = 0;
  bool line_empty = true;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    const std::size_t w = display_width(word);
    if (!line_empty && line + 1 + w > width) {
      out += "\n" + indent;
      line = display_width(indent);
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++line;
    }
    out += word;
    line += w;
    line_empty = false;
    start = end + 1;
  }
  return out + "\n";
}

}  // namespace

std::string report_to_text(const Report& r, const Questionnaire& questionnaire, std::size_t width) {
  auto msg = [&](std::string_view key) -> const std::string& { return questionnaire.message(key, r.lang); };
  std::string out;
  out += phase_heading(r) + "\n";
  out += std::string(display_width(phase_heading(r)), '=') + "\n";
  out += wrap(r.summary, width, "", "");
  out += "\n" + wrap(r.confidence.label + ": " + r.confidence.explanation, width, "", "");
  for (const auto& note : r.confidence.notes) out += wrap(note.text, width, "  - ", "    ");
  out += "\n" + msg("report.text.why") + "\n";
  for (const auto& reason : r.reasons) out += wrap(reason.text, width, "  - ", "    ");
  out += "\n" + msg("ui.result.next_steps") + "\n";
  for (std::size_t i = 0; i < r.next_steps.size(); ++i) {
    out += wrap(r.next_steps[i].text + " (" + r.next_steps[i].horizon + ")", width,
                "  " + std::to_string(i + 1) + ". ", "     ");
    if (!r.next_steps[i].because.empty()) out += wrap(r.next_steps[i].because, width, "     ", "     ");
  }
  out += wrap(msg("ui.result.impact") + ": " + r.impact, width, "  ", "  ");
  out += "\n" + msg("report.text.stage") + "\n";
  out += wrap(r.stage.position, width, "  ", "  ");
  if (r.stage.hint) out += wrap(*r.stage.hint, width, "  ", "  ");
  out += "\n" + msg("report.text.sections") + "\n";
  for (const auto& s : r.section_scores) {
    const std::string score = s.score ? std::to_string(*s.score) : "–";
    const std::size_t bar = s.score ? static_cast<std::size_t>(*s.score) / 5 : 0;
    std::string line = "  " + s.title;
    line += std::string(28 > display_width(line) ? 28 - display_width(line) : 1, ' ');
    line += std::string(3 - std::min<std::size_t>(3, display_width(score)), ' ') + score + "  " + std::string(bar, '#');
    if (!s.unknown_text.empty()) line += (bar > 0 ? "  " : "") + std::string("(") + s.unknown_text + ")";
    out += line + "\n";
  }
  if (r.economics) {
    out += "\n" + msg("report.text.indicators") + "\n";
    if (!r.economics->trend_label.empty()) out += "  " + r.economics->trend_label + "\n";
    for (const auto& i : r.economics->indicators) {
      const std::string prior = i.prior_text.empty() ? "–" : i.prior_text;
      const std::string current = i.current_text.empty() ? "–" : i.current_text;
      out += wrap(i.label + ": " + (i.prior ? prior + " → " + current : current), width, "  ", "    ");
    }
  }
  out += "\n" + report_versions(questionnaire, r) + "\n";
  return out;
}

}  // namespace phasecheck

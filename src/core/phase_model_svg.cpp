#include "core/phase_model_svg.hpp"

#include "core/html.hpp"

namespace phasecheck {
namespace {

constexpr int kBoxWidth = 168;
constexpr int kBoxHeight = 60;
constexpr int kBoxTop = 42;
constexpr int kPitch = 204;  // box plus the arrow to the next one
constexpr int kLeft = 12;
constexpr const char* kInk = "#1b2430";
constexpr const char* kMuted = "#546070";

int box_left(std::size_t i) { return kLeft + static_cast<int>(i) * kPitch; }
int box_centre(std::size_t i) { return box_left(i) + kBoxWidth / 2; }

std::string number(int value) { return std::to_string(value); }

std::string text(int x, int y, int size, std::string_view fill, std::string_view weight, std::string_view content) {
  return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" font-size=\"" + number(size) + "\" font-weight=\"" +
         std::string(weight) + "\" fill=\"" + std::string(fill) + "\" text-anchor=\"middle\">" + escape_html(content) +
         "</text>\n";
}

}  // namespace

std::string phase_model_svg(const Questionnaire& questionnaire, const Brand& brand, Phase here, Language language) {
  auto msg = [&](std::string_view key) -> const std::string& { return questionnaire.message(key, language); };
  auto name = [&](Phase phase) { return questionnaire.phases[phase_index(phase)].title.in(language); };
  const std::string accent = format_hex_colour(brand.accent);
  const std::string alternative =
      fill_template(msg("report.model.alt"), {{"scale", name(Phase::scale)}, {"optimize", name(Phase::optimize)},
                                              {"redesign", name(Phase::redesign)}, {"here", name(here)}});

  std::string svg =
      "<svg class=\"model\" viewBox=\"0 0 600 164\" role=\"img\" aria-labelledby=\"model-title\">\n"
      "<title id=\"model-title\">" + escape_html(alternative) + "</title>\n";
  for (std::size_t i = 0; i < std::size(kPhases); ++i) {
    const Phase phase = kPhases[i];
    const bool current = phase == here;
    // In black and white the thick frame, the bold name and the label still mark the phase.
    svg += "<rect x=\"" + number(box_left(i)) + "\" y=\"" + number(kBoxTop) + "\" width=\"" + number(kBoxWidth) +
           "\" height=\"" + number(kBoxHeight) + "\" rx=\"8\" fill=\"" + (current ? "#ffffff" : "#f1f3f6") +
           "\" stroke=\"" + (current ? accent : std::string("#aab3bf")) + "\" stroke-width=\"" + (current ? "4" : "1") + "\"/>\n";
    svg += text(box_centre(i), kBoxTop + 23, 13, kMuted, "400",
                fill_template(msg("phase.label"), {{"number", number(phase_number(phase))}}));
    svg += text(box_centre(i), kBoxTop + 47, 18, kInk, current ? "600" : "400", name(phase));
    if (i + 1 < std::size(kPhases)) {
      const int from = box_left(i) + kBoxWidth + 6;
      const int to = box_left(i + 1) - 6;
      const int y = kBoxTop + kBoxHeight / 2;
      svg += "<path d=\"M" + number(from) + " " + number(y) + "H" + number(to - 8) + "\" stroke=\"" + kMuted +
             "\" stroke-width=\"2\" fill=\"none\"/>\n";
      svg += "<path d=\"M" + number(to) + " " + number(y) + "l-10 -6v12z\" fill=\"" + kMuted + "\"/>\n";
    }
    if (current) {
      svg += text(box_centre(i), 18, 14, kInk, "600", msg("report.model.here"));
      svg += "<path d=\"M" + number(box_centre(i) - 8) + " 26h16l-8 10z\" fill=\"" + accent + "\"/>\n";
    }
  }
  // The way back: a redesigned approach that carries is scaled again.
  const int bottom = kBoxTop + kBoxHeight;
  const int last = box_centre(std::size(kPhases) - 1);
  const int first = box_centre(0);
  svg += "<path d=\"M" + number(last) + " " + number(bottom + 4) + "V" + number(bottom + 26) + "H" + number(first) + "V" +
         number(bottom + 16) + "\" stroke=\"" + kMuted + "\" stroke-width=\"2\" fill=\"none\" stroke-dasharray=\"6 4\"/>\n";
  svg += "<path d=\"M" + number(first) + " " + number(bottom + 6) + "l-6 10h12z\" fill=\"" + kMuted + "\"/>\n";
  svg += text(300, bottom + 50, 13, kMuted, "400", msg("report.model.again"));
  svg += "</svg>\n";
  return svg;
}

}  // namespace phasecheck

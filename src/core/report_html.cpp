#include "core/report_html.hpp"

#include "core/format.hpp"
#include "core/html.hpp"
#include "core/recheck.hpp"

namespace phasecheck {
namespace {

class Writer {
 public:
  Writer& raw(std::string_view text) {
    out_ += text;
    return *this;
  }
  Writer& text(std::string_view text) {
    out_ += escape_html(text);
    return *this;
  }
  Writer& element(std::string_view tag, std::string_view content, std::string_view attributes = {}) {
    out_ += "<" + std::string(tag) + (attributes.empty() ? "" : " " + std::string(attributes)) + ">";
    text(content);
    out_ += "</" + std::string(tag) + ">\n";
    return *this;
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Bars of the section scores as SVG: presentation attributes only (no style attributes), so the
// page's Content-Security-Policy needs nothing for it.
void score_chart(Writer& w, const Report& r, const std::string& title, const std::string& no_answer) {
  const int row = 34;
  const int height = row * static_cast<int>(r.section_scores.size()) + 4;
  w.raw("<svg class=\"chart\" viewBox=\"0 0 600 " + std::to_string(height) + "\" role=\"img\" aria-labelledby=\"chart-title\">\n");
  w.raw("<title id=\"chart-title\">").text(title).raw("</title>\n");
  int y = 2;
  for (const auto& s : r.section_scores) {
    const int width = s.score ? 3 * *s.score : 0;
    w.raw("<text x=\"0\" y=\"" + std::to_string(y + 20) + "\" font-size=\"14\" fill=\"#1b2430\">").text(s.title).raw("</text>\n");
    w.raw("<rect x=\"220\" y=\"" + std::to_string(y + 6) + "\" width=\"300\" height=\"18\" rx=\"4\" fill=\"#e3e7ed\"/>\n");
    if (width > 0) {
      w.raw("<rect x=\"220\" y=\"" + std::to_string(y + 6) + "\" width=\"" + std::to_string(width) +
            "\" height=\"18\" rx=\"4\" fill=\"#1d4e89\"/>\n");
    }
    w.raw("<text x=\"530\" y=\"" + std::to_string(y + 20) + "\" font-size=\"14\" fill=\"#1b2430\">")
        .text(s.score ? std::to_string(*s.score) : no_answer)
        .raw("</text>\n");
    y += row;
  }
  w.raw("</svg>\n");
}

}  // namespace

std::string report_html(const ReportPage& page) {
  const Report& r = page.report;
  const Language lang = r.lang;
  auto msg = [&](std::string_view key) -> const std::string& { return page.questionnaire.message(key, lang); };
  const std::string company = page.answers.meta_text("company");
  const std::string notes = page.answers.meta_text("notes");
  const std::string title = msg("ui.app_title") + " – " + msg("report.title");

  Writer w;
  w.raw("<!doctype html>\n<html lang=\"").raw(language_code(lang)).raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
  w.element("title", company.empty() ? title : title + " – " + company);
  w.raw("<style>").raw(page.stylesheet).raw("</style>\n</head>\n<body>\n<main>\n");

  w.raw("<header>\n");
  w.element("p", page.brand.name, "class=\"brand\"");
  w.element("h1", title);
  w.raw("<dl class=\"facts\">\n");
  if (!company.empty()) w.element("dt", msg("report.company")).element("dd", company);
  w.element("dt", msg("report.date")).element("dd", page.date);
  if (const std::optional<Date> today = parse_iso_date(page.today_iso)) {
    w.element("dt", msg("report.recheck")).element("dd", format_iso_date(iso_date(recheck_date(r, *today)), lang), "class=\"recheck\"");
  }
  w.raw("</dl>\n</header>\n");

  w.raw("<section aria-labelledby=\"phase\">\n");
  w.element("h2", r.phase_label + " – " + r.title, "id=\"phase\"");
  w.element("p", r.summary, "class=\"lead\"");
  w.element("p", msg("ui.result.confidence") + ": " + r.confidence.label + ". " + r.confidence.explanation);
  if (!r.confidence.notes.empty()) {
    w.raw("<ul>\n");
    for (const auto& note : r.confidence.notes) w.element("li", note.text);
    w.raw("</ul>\n");
  }
  w.raw("</section>\n");

  w.raw("<section aria-labelledby=\"why\">\n");
  w.element("h2", msg("ui.result.reasons"), "id=\"why\"");
  w.raw("<ul>\n");
  for (const auto& reason : r.reasons) w.element("li", reason.text);
  w.raw("</ul>\n</section>\n");

  w.raw("<section aria-labelledby=\"steps\">\n");
  w.element("h2", msg("ui.result.next_steps"), "id=\"steps\"");
  w.raw("<ol>\n");
  for (const auto& step : r.next_steps) {
    w.raw("<li>").text(step.text).raw(" <span class=\"horizon\">(").text(step.horizon).raw(")</span>");
    if (!step.because.empty()) w.raw("<br><span class=\"because\">").text(step.because).raw("</span>");
    w.raw("</li>\n");
  }
  w.raw("</ol>\n");
  w.raw("<p><strong>").text(msg("ui.result.impact")).raw(":</strong> ").text(r.impact).raw("</p>\n</section>\n");

  w.raw("<section aria-labelledby=\"profile\">\n");
  w.element("h2", msg("ui.result.scores"), "id=\"profile\"");
  score_chart(w, r, msg("report.chart_title"), msg("ui.result.no_score"));
  w.raw("<table class=\"scores\">\n<thead><tr><th scope=\"col\">").text(msg("report.area")).raw("</th><th scope=\"col\">")
      .text(msg("report.meaning")).raw("</th><th scope=\"col\">").text(msg("report.score")).raw("</th></tr></thead>\n<tbody>\n");
  for (const auto& s : r.section_scores) {
    w.raw("<tr><th scope=\"row\">").text(s.title).raw("</th><td>").text(s.score_label).raw("</td><td>")
        .text(s.score ? std::to_string(*s.score) : msg("ui.result.no_score"));
    if (!s.unknown_text.empty()) w.raw("<br><span class=\"because\">").text(s.unknown_text).raw("</span>");
    w.raw("</td></tr>\n");
  }
  w.raw("</tbody>\n</table>\n</section>\n");

  w.raw("<section aria-labelledby=\"stage\">\n");
  w.element("h2", msg("ui.result.stage"), "id=\"stage\"");
  w.raw("<ol class=\"ladder\">\n");
  for (std::size_t i = 0; i < r.stage.ladder.size(); ++i) {
    const bool here = static_cast<int>(i) + 1 == r.stage.index;
    w.raw(here ? "<li aria-current=\"step\"><strong>" : "<li>").text(r.stage.ladder[i]).raw(here ? "</strong></li>\n" : "</li>\n");
  }
  w.raw("</ol>\n");
  w.element("p", r.stage.position);
  if (r.stage.hint) w.element("p", *r.stage.hint);
  w.raw("</section>\n");

  if (r.economics) {
    w.raw("<section aria-labelledby=\"figures\">\n");
    w.element("h2", msg("ui.result.indicators"), "id=\"figures\"");
    if (!r.economics->trend_label.empty()) w.element("p", r.economics->trend_label);
    w.raw("<table>\n<thead><tr><th scope=\"col\">").text(msg("report.indicator")).raw("</th><th scope=\"col\">")
        .text(msg("ui.economics.prior")).raw("</th><th scope=\"col\">").text(msg("ui.economics.current")).raw("</th></tr></thead>\n<tbody>\n");
    for (const auto& i : r.economics->indicators) {
      w.raw("<tr><th scope=\"row\">").text(i.label).raw("</th><td>").text(i.prior_text.empty() ? "–" : i.prior_text)
          .raw("</td><td>").text(i.current_text.empty() ? "–" : i.current_text).raw("</td></tr>\n");
    }
    w.raw("</tbody>\n</table>\n</section>\n");
  }

  w.raw("<section aria-labelledby=\"answers\">\n");
  w.element("h2", msg("report.answers"), "id=\"answers\"");
  w.raw("<table class=\"answers\">\n<tbody>\n");
  for (const auto& a : r.answers) {
    w.raw("<tr><th scope=\"row\">").text(a.question).raw("</th><td>").text(a.answer.empty() ? "–" : a.answer).raw("</td></tr>\n");
  }
  w.raw("</tbody>\n</table>\n</section>\n");

  if (!notes.empty()) {
    w.raw("<section aria-labelledby=\"notes\">\n");
    w.element("h2", msg("ui.result.notes"), "id=\"notes\"");
    w.element("p", notes, "class=\"notes\"");
    w.raw("</section>\n");
  }

  w.raw("<footer>\n");
  w.element("p", page.brand.cta_for(r.call_to_action, lang).text);
  w.raw("<p><strong>").text(page.brand.name).raw("</strong> · <a href=\"").text(page.brand.contact_url).raw("\">")
      .text(page.brand.contact_url.rfind("mailto:", 0) == 0 ? page.brand.contact_url.substr(7, page.brand.contact_url.find('?') - 7)
                                                             : page.brand.contact_url)
      .raw("</a></p>\n");
  w.element("p", report_versions(page.questionnaire, r), "class=\"small\"");
  w.raw("</footer>\n</main>\n</body>\n</html>\n");
  return w.take();
}

}  // namespace phasecheck

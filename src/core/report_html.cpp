#include "core/report_html.hpp"

#include "core/format.hpp"
#include "core/html.hpp"
#include "core/phase_model_svg.hpp"
#include "core/recheck.hpp"

namespace phasecheck {
namespace {

using Writer = HtmlWriter;

// A score as a small bar beside its number: decoration only (the number is the text), so hidden
// from screen readers. Presentation attributes only: the report's CSP allows no style attributes.
void score_bar(Writer& w, const ReportSectionScore& s, const std::string& primary) {
  w.raw("<svg class=\"bar\" viewBox=\"0 0 100 10\" aria-hidden=\"true\"><rect width=\"100\" height=\"10\" rx=\"2\" fill=\"#e3e7ed\"/>");
  if (s.score && *s.score > 0) {
    w.raw("<rect width=\"" + std::to_string(*s.score) + "\" height=\"10\" rx=\"2\" fill=\"" + primary + "\"/>");
  }
  w.raw("</svg>");
}

// The profile, once: area, score with its bar, and what the score means.
void profile(Writer& w, const Report& r, const std::string& primary, const ReportPage& page) {
  auto msg = [&](std::string_view key) -> const std::string& { return page.questionnaire.message(key, r.lang); };
  w.raw("<table class=\"profile\">\n<caption>").text(msg("report.chart_title")).raw("</caption>\n");
  w.raw("<thead><tr><th scope=\"col\">").text(msg("report.area")).raw("</th><th scope=\"col\">").text(msg("report.score"))
      .raw("</th><th scope=\"col\">").text(msg("report.meaning")).raw("</th></tr></thead>\n<tbody>\n");
  for (const auto& s : r.section_scores) {
    w.raw("<tr><th scope=\"row\">").text(s.title).raw("</th><td class=\"score\">");
    score_bar(w, s, primary);
    w.raw(" <span class=\"value\">").text(s.score ? std::to_string(*s.score) : msg("ui.result.no_score")).raw("</span></td><td>")
        .text(s.score_label);
    if (!s.unknown_text.empty()) w.raw("<br><span class=\"because\">").text(s.unknown_text).raw("</span>");
    w.raw("</td></tr>\n");
  }
  w.raw("</tbody>\n</table>\n");
}

}  // namespace

// The running header and the page numbers are @page margin boxes in report.css. Their words and the
// brand colours travel as attributes of <html>, which the stylesheet reads with attr(): the report
// inherits the app's Content-Security-Policy, which allows only report.css's hash, so no text
// can be written into the stylesheet itself.
std::string report_root_attributes(const Questionnaire& questionnaire, Language lang, const Brand& brand,
                                   std::string_view header) {
  const std::string& template_text = questionnaire.message("report.page", lang);
  const std::size_t page_at = template_text.find("{page}");
  const std::size_t pages_at = template_text.find("{pages}");
  std::string before, between, after;
  if (page_at != std::string::npos && pages_at != std::string::npos && page_at < pages_at) {
    before = template_text.substr(0, page_at);
    between = template_text.substr(page_at + 6, pages_at - page_at - 6);
    after = template_text.substr(pages_at + 7);
  } else {
    between = " / ";  // a wording without both placeholders still numbers the pages
  }
  auto attribute = [](std::string_view name, std::string_view value) {
    return " " + std::string(name) + "=\"" + escape_html(value) + "\"";
  };
  return attribute("data-header", header) + attribute("data-brand", brand.name) +
         attribute("data-page-before", before) + attribute("data-page-between", between) +
         attribute("data-page-after", after) + attribute("data-primary", format_hex_colour(brand.primary)) +
         attribute("data-accent", format_hex_colour(brand.accent));
}

std::string report_header(std::string_view company, std::string_view date) {
  return company.empty() ? std::string(date) : std::string(company) + " · " + std::string(date);
}

// The consultancy's contact in full, as far as brand.json gives it.
void write_contact(HtmlWriter& w, const Brand& brand, const Questionnaire& questionnaire, Language lang) {
  auto msg = [&](std::string_view key) -> const std::string& { return questionnaire.message(key, lang); };
  w.raw("<address>\n<strong>").text(brand.name).raw("</strong>");
  if (!brand.tagline.in(lang).empty()) w.raw("<br>").text(brand.tagline.in(lang));
  const std::string& url = brand.contact_url;
  if (url.rfind("mailto:", 0) == 0) {
    const std::string address = url.substr(7, url.find('?') == std::string::npos ? std::string::npos : url.find('?') - 7);
    w.raw("<br>").text(msg("report.email")).raw(": <a href=\"").text(url).raw("\">").text(address).raw("</a>");
  } else if (!url.empty()) {
    w.raw("<br>").text(msg("report.web")).raw(": <a href=\"").text(url).raw("\">").text(url.substr(8)).raw("</a>");
  }
  if (!brand.phone.empty()) w.raw("<br>").text(msg("report.phone")).raw(": ").text(brand.phone);
  w.raw("\n</address>\n");
}

std::string report_html(const ReportPage& page) {
  const Report& r = page.report;
  const Language lang = r.lang;
  auto msg = [&](std::string_view key) -> const std::string& { return page.questionnaire.message(key, lang); };
  const std::string company = page.answers.meta_text("company");
  const std::string notes = page.answers.meta_text("notes");
  const std::string title = msg("ui.app_title") + " – " + msg("report.title");
  const std::string primary = format_hex_colour(page.brand.primary);

  Writer w;
  w.raw("<!doctype html>\n<html lang=\"").raw(language_code(lang)).raw("\"")
      .raw(report_root_attributes(page.questionnaire, lang, page.brand, report_header(company, page.date)))
      .raw(">\n<head>\n<meta charset=\"utf-8\">\n");
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

  w.raw("<section class=\"keep\" aria-labelledby=\"phase\">\n");
  w.element("h2", phase_heading(r), "id=\"phase\"");
  if (const std::optional<Phase> here = parse_phase_id(r.phase_id)) w.raw(phase_model_svg(page.questionnaire, page.brand, *here, lang));
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

  w.raw("<section class=\"keep\" aria-labelledby=\"profile\">\n");
  w.element("h2", msg("ui.result.scores"), "id=\"profile\"");
  profile(w, r, primary, page);
  w.raw("</section>\n");

  w.raw("<section class=\"keep\" aria-labelledby=\"stage\">\n");
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
    w.raw("<section class=\"keep\" aria-labelledby=\"figures\">\n");
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
  w.element("h2", msg("report.contact"), "id=\"contact\"");
  w.element("p", page.brand.cta_for(r.call_to_action, lang).text);
  write_contact(w, page.brand, page.questionnaire, lang);
  w.element("p", report_versions(page.questionnaire, r), "class=\"small\"");
  w.raw("</footer>\n</main>\n</body>\n</html>\n");
  return w.take();
}

}  // namespace phasecheck

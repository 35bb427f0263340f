#pragma once
// The printable A4 report: plain, semantic HTML (headings, lists, tables, an SVG chart) that screen
// readers read, browsers translate and "Save as PDF" keeps clean. Every text is escaped.
#include <string>
#include <string_view>

#include "core/answers.hpp"
#include "core/brand.hpp"
#include "core/html.hpp"
#include "core/questionnaire.hpp"
#include "core/report.hpp"

namespace phasecheck {

struct ReportPage {
  const Report& report;
  const AnswersDocument& answers;  // meta.company and meta.notes are shown when present
  const Questionnaire& questionnaire;
  const Brand& brand;
  std::string_view date;        // as the reader expects it, e.g. "28.11.2026"
  std::string_view stylesheet;  // inlined into <style>; the page's CSP names its hash
  // Today as "2026-11-28", the visitor's calendar day: the next check is counted from it.
  // None is shown when it is empty.
  std::string_view today_iso = {};
};

std::string report_html(const ReportPage& page);

// The attributes of <html> that web/report.css reads for the printed page: the running header, the
// brand's name and colours, and the words around the page numbers ("Seite 1 von 2"). Every printed
// report (the single one, the meeting's) writes them, or its pages print bare numbers and no header.
std::string report_root_attributes(const Questionnaire& questionnaire, Language lang, const Brand& brand,
                                   std::string_view header);
// The running header: "company · date", or the date alone.
std::string report_header(std::string_view company, std::string_view date);

// The consultancy's contact in full, as far as brand.json gives it (every printed report ends with it).
void write_contact(HtmlWriter& w, const Brand& brand, const Questionnaire& questionnaire, Language lang);

}  // namespace phasecheck

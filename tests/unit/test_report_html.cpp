#include "core/evaluate.hpp"
#include "core/html.hpp"
#include "core/json_documents.hpp"
#include "core/phase_model_svg.hpp"
#include "core/report_html.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

Brand test_brand() {
  BrandLoad loaded = load_brand(test::read_test_file("../assets/brand.json"));
  REQUIRE(loaded.value);
  return *loaded.value;
}

std::string page_for(AnswersDocument doc, Language lang, const Questionnaire& q = test::shipped()) {
  static const Brand brand = test_brand();
  EvaluateOutcome outcome = evaluate_answers(doc, q, lang);
  REQUIRE(outcome.value);
  return report_html({*outcome.value, doc, q, brand, "28.11.2026", "body{margin:0}"});
}

}  // namespace

TEST_CASE("escape_html") {
  CHECK(escape_html(R"(<script>alert("x")</script> & 'y')") ==
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  CHECK(escape_html("Müller – „ok“") == "Müller – „ok“");
}

TEST_CASE("the report contains what it must") {
  AnswersDocument doc = test::scaling_company();
  doc.meta["company"] = std::string("Muster GmbH");
  doc.meta["notes"] = std::string("Nächster Termin im Januar");
  doc.economics.prior[Figure::revenue] = 1e6;
  doc.economics.prior[Figure::sales_cost] = 1e5;
  doc.economics.current[Figure::revenue] = 1.1e6;
  doc.economics.current[Figure::sales_cost] = 1.2e5;
  const std::string html = page_for(doc, Language::de);
  for (const char* part : {"<html lang=\"de\" data-header=", "Muster GmbH", "28.11.2026", "Phase 1 – Skalieren", "Warum diese Phase",
                           "Nächste Schritte", "Monat 2–6", "<svg class=\"model\"", "<table class=\"profile\">", "Ihre Verkaufsstufe",
                           "aria-current=\"step\"", "Vertriebskostenquote", "Ihre Antworten",
                           "Lässt sich Ihr bestehender, wirtschaftlicher Vertriebsansatz", "Nächster Termin im Januar",
                           "Mauermann Vertriebsberatung", "href=\"mailto:kontakt@example.com?subject=Phasencheck\"",
                           "<style>body{margin:0}</style>"}) {
    CHECK_MESSAGE(html.find(part) != std::string::npos, std::string(part));
  }
  CHECK(html.find("style=") == std::string::npos);  // no style attributes: CSP allows only the hashed <style>
  CHECK(html.find("<script") == std::string::npos);
  CHECK(page_for(doc, Language::en).find("Phase 1 – Scale") != std::string::npos);
}

TEST_CASE("the report takes its headings from the content") {
  AnswersDocument doc = test::scaling_company();
  doc.meta["company"] = std::string("Muster GmbH");
  const std::string shipped = page_for(doc, Language::en);
  for (const char* part : {"<th scope=\"col\">Area</th>", "<dt>Company</dt>", "<dt>Date</dt>", "Your answers",
                           "Profile by area, 0 to 100", "Sales Phase Check – Result report", "Model "}) {
    CHECK_MESSAGE(shipped.find(part) != std::string::npos, std::string(part));
  }
  const Questionnaire edited = test::reworded("report.answers", "Ihre Angaben im Einzelnen", "Your answers in detail");
  CHECK(page_for(doc, Language::de, edited).find(">Ihre Angaben im Einzelnen</h2>") != std::string::npos);
  CHECK(page_for(doc, Language::en, edited).find(">Your answers in detail</h2>") != std::string::npos);
  CHECK(page_for(doc, Language::de, edited).find(">Ihre Antworten</h2>") == std::string::npos);
}

TEST_CASE("everything the user typed is escaped") {
  AnswersDocument doc = test::scaling_company();
  doc.meta["company"] = std::string("<script>alert(1)</script>");
  doc.meta["notes"] = std::string("\"><img src=x onerror=alert(2)>");
  const std::string html = page_for(doc, Language::de);
  CHECK(html.find("<script>alert(1)</script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
}

namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

Brand brand_with(const std::string& field, const std::string& value_json) {
  Json doc = Json::parse(test::read_test_file("../assets/brand.json"));
  doc[field] = Json::parse(value_json);
  BrandLoad loaded = load_brand(doc.dump());
  REQUIRE_MESSAGE(loaded.value, test::all(loaded.problems));
  return *loaded.value;
}

}  // namespace

TEST_CASE("the three-phase model marks the recommended phase, in the brand's accent, with a text alternative") {
  const Brand brand = test_brand();
  // The marker's x is the centre of the phase's box: 96, 300, 504 for phases 1, 2, 3.
  const std::pair<Phase, const char*> cases[] = {{Phase::scale, "96"}, {Phase::optimize, "300"}, {Phase::redesign, "504"}};
  for (const auto& [phase, centre] : cases) {
    for (Language lang : kLanguages) {
      const std::string svg = phase_model_svg(test::shipped(), brand, phase, lang);
      const std::string here = test::shipped().message("report.model.here", lang);
      CAPTURE(svg);
      CHECK(svg.find("role=\"img\"") != std::string::npos);
      CHECK(svg.find("style=") == std::string::npos);
      CHECK(count(svg, ">" + here + "</text>") == 1);
      CHECK(svg.find("<text x=\"" + std::string(centre) + "\" y=\"18\"") != std::string::npos);
      CHECK(count(svg, "stroke=\"" + format_hex_colour(brand.accent) + "\" stroke-width=\"4\"") == 1);
      for (Phase each : kPhases) {
        const std::string& name = test::shipped().phases[phase_index(each)].title.in(lang);
        CHECK(svg.find(">" + name + "</text>") != std::string::npos);
        CHECK((svg.find("font-weight=\"600\" fill=\"#1b2430\" text-anchor=\"middle\">" + name + "<") != std::string::npos) == (each == phase));
      }
      const std::string title = svg.substr(svg.find("<title"), svg.find("</title>") - svg.find("<title"));
      CHECK(title.find(here + ": " + test::shipped().phases[phase_index(phase)].title.in(lang)) != std::string::npos);
    }
  }
  CHECK(phase_model_svg(test::shipped(), brand, Phase::redesign, Language::de).find(">Neu gestalten</text>") != std::string::npos);
  CHECK(phase_model_svg(test::shipped(), brand, Phase::scale, Language::en).find(">You are here</text>") != std::string::npos);
}

TEST_CASE("the report shows the model for its phase, and each area of the profile once") {
  AnswersDocument doc = test::scaling_company();
  const std::string html = page_for(doc, Language::de);
  CHECK(count(html, "<svg class=\"model\"") == 1);
  CHECK(html.find("<text x=\"96\" y=\"18\" font-size=\"14\" font-weight=\"600\" fill=\"#1b2430\" text-anchor=\"middle\">Sie sind hier") !=
        std::string::npos);
  EvaluateOutcome outcome = evaluate_answers(doc, test::shipped(), Language::de);
  REQUIRE(outcome.value);
  for (const auto& s : outcome.value->section_scores) {
    CAPTURE(s.title);
    CHECK(count(html, ">" + s.title + "<") == 1);
    CHECK(count(html, ">" + s.score_label + "<") == 1);
  }
  CHECK(count(html, "<svg class=\"bar\"") == outcome.value->section_scores.size());
}

TEST_CASE("the running header and the page numbers: company, date and wording from the content, on <html>") {
  AnswersDocument doc = test::scaling_company();
  doc.meta["company"] = std::string("Müller & Söhne \"Nord\"");
  const std::string de = page_for(doc, Language::de);
  for (const char* part : {"data-header=\"Müller &amp; Söhne &quot;Nord&quot; · 28.11.2026\"",
                           "data-brand=\"Mauermann Vertriebsberatung\"", "data-page-before=\"Seite \"",
                           "data-page-between=\" von \"", "data-page-after=\"\"", "data-primary=\"#1d4e89\"",
                           "data-accent=\"#e07a1f\""}) {
    CHECK_MESSAGE(de.find(part) != std::string::npos, std::string(part));
  }
  CHECK(page_for(doc, Language::en).find("data-page-before=\"Page \" data-page-between=\" of \"") != std::string::npos);
  CHECK(page_for(test::scaling_company(), Language::de).find("data-header=\"28.11.2026\"") != std::string::npos);
  const Questionnaire edited = test::reworded("report.page", "{page}/{pages} Seiten", "pages {page}–{pages}");
  CHECK(page_for(doc, Language::de, edited).find("data-page-before=\"\" data-page-between=\"/\" data-page-after=\" Seiten\"") !=
        std::string::npos);
}

TEST_CASE("the consultancy's contact in full: name, tagline, e-mail, phone or web as brand.json gives them") {
  const std::string html = page_for(test::scaling_company(), Language::de);
  const std::string address = html.substr(html.find("<address>"), html.find("</address>") - html.find("<address>"));
  for (const char* part : {"Mauermann Vertriebsberatung", "Vertrieb wirksam machen – Schritt für Schritt",
                           "E-Mail: <a href=\"mailto:kontakt@example.com?subject=Phasencheck\">kontakt@example.com</a>"}) {
    CHECK_MESSAGE(address.find(part) != std::string::npos, std::string(part));
  }
  CHECK(address.find("Telefon") == std::string::npos);  // brand.json gives none

  AnswersDocument doc = test::scaling_company();
  EvaluateOutcome outcome = evaluate_answers(doc, test::shipped(), Language::en);
  REQUIRE(outcome.value);
  const Brand phone = brand_with("phone", "\"+49 89 123456-0\"");
  const std::string en = report_html({*outcome.value, doc, test::shipped(), phone, "11/28/2026", ""});
  CHECK(en.find("Phone: +49 89 123456-0") != std::string::npos);
  CHECK(en.find("Email: <a href=\"mailto:kontakt@example.com") != std::string::npos);
  const Brand web = brand_with("contact_url", "\"https://example.com/kontakt\"");
  CHECK(report_html({*outcome.value, doc, test::shipped(), web, "", ""}).find("Web: <a href=\"https://example.com/kontakt\">example.com/kontakt</a>") !=
        std::string::npos);

  Json bad = Json::parse(test::read_test_file("../assets/brand.json"));
  bad["phone"] = "call <me>";
  CHECK(test::mentions(load_brand(bad.dump()).problems, "/phone", "digits"));
}

TEST_CASE("brand colours as hex, both ways") {
  for (const char* hex : {"#1d4e89", "#e07a1f", "#000000", "#ffffff"}) {
    const std::optional<Rgb> rgb = parse_hex_colour(hex);
    REQUIRE(rgb);
    CHECK(format_hex_colour(*rgb) == hex);
  }
}

#include "core/evaluate.hpp"
#include "core/html.hpp"
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
  for (const char* part : {"<html lang=\"de\">", "Muster GmbH", "28.11.2026", "Phase 1 – Skalieren", "Warum diese Phase",
                           "Nächste Schritte", "Monat 2–6", "<svg class=\"chart\"", "Ihre Verkaufsstufe",
                           "aria-current=\"step\"", "Vertriebskostenquote", "Ihre Antworten",
                           "Lässt sich Ihr bestehender, wirtschaftlicher Vertriebsansatz", "Nächster Termin im Januar",
                           "Mauermann Vertriebsberatung", "href=\"mailto:kontakt@example.com?subject=Phasencheck\"",
                           "<style>body{margin:0}</style>"}) {
    CHECK_MESSAGE(html.find(part) != std::string::npos, part);
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
    CHECK_MESSAGE(shipped.find(part) != std::string::npos, part);
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

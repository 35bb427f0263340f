// assets/brand.json as `make dist` checks it: the placeholder contact is warned about (the build
// goes on), a real one is not; the optional public address of the check is validated.
#include <sstream>

#include "cli/cli.hpp"
#include "core/brand.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

std::string shipped_brand_text() { return test::read_test_file("../assets/brand.json"); }

std::string brand_with(const std::string& key, const std::string& value) {
  Json doc = Json::parse(shipped_brand_text());
  doc[key] = value;
  return doc.dump();
}

struct Validated {
  int exit_code;
  std::string out;
  std::string err;
};

Validated validate(const std::string& brand_text) {
  std::istringstream in(brand_text);
  std::ostringstream out, err;
  const int code = cli::run({"validate", "-"}, in, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace

TEST_CASE("make dist's validate warns about the shipped placeholder contact and still passes") {
  const Validated shipped = validate(shipped_brand_text());
  CHECK(shipped.exit_code == 0);
  CHECK(shipped.out.find("valid brand") != std::string::npos);
  CHECK(shipped.err.find("warning: /contact_url: \"mailto:kontakt@example.com?subject=Phasencheck\" is a placeholder") !=
        std::string::npos);
  CHECK(shipped.err.find("assets/brand.json") != std::string::npos);  // says where to set it
}

TEST_CASE("a real contact passes without a warning") {
  for (const char* real : {"mailto:kontakt@mauermann-vertrieb.de?subject=Phasencheck", "https://www.mauermann-vertrieb.de/kontakt",
                           "mailto:info@examples.com", "https://counterexample.com/"}) {
    CAPTURE(real);
    const Validated r = validate(brand_with("contact_url", real));
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
  }
}

TEST_CASE("every reserved example domain is a placeholder") {
  for (const char* placeholder : {"mailto:a@EXAMPLE.org", "https://www.example.net/contact", "mailto:x@firma.example",
                                  "https://firma.test/", "mailto:x@nowhere.invalid", "https://user@example.com/"}) {
    CAPTURE(placeholder);
    const BrandLoad loaded = load_brand(brand_with("contact_url", placeholder));
    REQUIRE(loaded.value);
    CHECK(brand_warnings(*loaded.value).size() == 1);
  }
}

TEST_CASE("the public address of the check is optional, https:// and without a fragment") {
  const BrandLoad none = load_brand(shipped_brand_text());
  REQUIRE(none.value);
  CHECK(none.value->public_url.empty());
  const BrandLoad given = load_brand(brand_with("public_url", "https://phasencheck.mauermann-vertrieb.de/"));
  REQUIRE(given.value);
  CHECK(given.value->public_url == "https://phasencheck.mauermann-vertrieb.de/");
  for (const char* bad : {"http://phasencheck.de/", "https://phasencheck.de/#a=1", "file:///tmp/x.html", "https://a b/", ""}) {
    CAPTURE(bad);
    const BrandLoad refused = load_brand(brand_with("public_url", bad));
    CHECK_FALSE(refused.value);
    REQUIRE(refused.problems.size() == 1);
    CHECK(describe(refused.problems[0]).rfind("/public_url: must start with https://", 0) == 0);
  }
}

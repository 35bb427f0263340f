// The content's start-up index (core/content_index.hpp): the model it gives back is the validated
// one, exactly; any other bytes of the content files, and any damage to the index, give nothing
// (the page then parses and validates the files as always).
#include "core/content_index.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

struct Files {
  std::string questionnaire, brand;
};

// The files as a consultant writes them (assets/), and without whitespace, as the site ships them
// (nlohmann's dump() orders the keys, scripts/assemble_site.py keeps their order: the browser test,
// content-index.test.mjs, reads the real dist/ files).
std::vector<Files> shipped_files() {
  const std::string questionnaire = test::read_test_file("../assets/questionnaire.json");
  const std::string brand = test::read_test_file("../assets/brand.json");
  return {{questionnaire, brand}, {Json::parse(questionnaire).dump(), Json::parse(brand).dump()}};
}

std::string index_of(const Files& files) {
  const QuestionnaireLoad questionnaire = load_questionnaire(files.questionnaire);
  const BrandLoad brand = load_brand(files.brand);
  REQUIRE(questionnaire.ok());
  REQUIRE(brand.ok());
  return write_content_index(*questionnaire.value, *brand.value, files.questionnaire, files.brand);
}

}  // namespace

TEST_CASE("the index gives back the validated questionnaire and brand, field for field") {
  for (const Files& files : shipped_files()) {
    const std::string index = index_of(files);
    const std::optional<IndexedContent> read = read_content_index(index, files.questionnaire, files.brand);
    REQUIRE(read);
    CHECK(read->questionnaire == *load_questionnaire(files.questionnaire).value);
    CHECK(read->brand == *load_brand(files.brand).value);
    // It points into the files instead of copying them: a small part of their size.
    CHECK(index.size() < (files.questionnaire.size() + files.brand.size()) / 10);
  }
}

// The shipped content leaves some fields at their defaults (no public address or phone, every
// question required); a field the index forgot would still compare equal there.
TEST_CASE("the index gives back fields the shipped content leaves at their defaults") {
  Json questionnaire = Json::parse(test::read_test_file("../assets/questionnaire.json"));
  Json brand = Json::parse(test::read_test_file("../assets/brand.json"));
  questionnaire["sections"][0]["questions"][1]["required"] = false;  // one the recommendation can do without
  brand["public_url"] = "https://phasencheck.mauermann-vertrieb.de/";
  brand["phone"] = "+49 89 1234567";
  const Files files{questionnaire.dump(), brand.dump()};
  const std::optional<IndexedContent> read = read_content_index(index_of(files), files.questionnaire, files.brand);
  REQUIRE(read);
  CHECK_FALSE(read->questionnaire.sections[0].questions[1].required);
  CHECK(read->brand.public_url == "https://phasencheck.mauermann-vertrieb.de/");
  CHECK(read->brand.phone == "+49 89 1234567");
  CHECK(read->questionnaire == *load_questionnaire(files.questionnaire).value);
  CHECK(read->brand == *load_brand(files.brand).value);
}

TEST_CASE("the comparison the round trip relies on sees a changed field") {
  const Files files = shipped_files()[1];
  IndexedContent read = *read_content_index(index_of(files), files.questionnaire, files.brand);
  const Questionnaire loaded = *load_questionnaire(files.questionnaire).value;
  read.questionnaire.sections[1].questions[0].options[0].score = 7;
  CHECK_FALSE(read.questionnaire == loaded);
  read = *read_content_index(index_of(files), files.questionnaire, files.brand);
  read.brand.primary.g += 0.01f;
  CHECK_FALSE(read.brand == *load_brand(files.brand).value);
}

TEST_CASE("texts that are not the files' bytes (JSON escapes) are kept in the index") {
  Json questionnaire = Json::parse(test::read_test_file("../assets/questionnaire.json"));
  questionnaire["sections"][0]["title"]["de"] = "Der \"Vertriebsansatz\"\nheute";
  questionnaire["messages"].begin().value()["en"] = "Tab\there, and \\ a backslash";
  const Files files{questionnaire.dump(), Json::parse(test::read_test_file("../assets/brand.json")).dump()};
  const std::optional<IndexedContent> read = read_content_index(index_of(files), files.questionnaire, files.brand);
  REQUIRE(read);
  CHECK(read->questionnaire.sections[0].title.de == "Der \"Vertriebsansatz\"\nheute");
  CHECK(read->questionnaire == *load_questionnaire(files.questionnaire).value);
}

TEST_CASE("content files other than the indexed ones are not read from the index") {
  const Files files = shipped_files()[1];
  const std::string index = index_of(files);
  // One letter changed, in either file, keeps every length and most of the hash's input.
  for (const bool in_brand : {false, true}) {
    Files edited = files;
    std::string& text = in_brand ? edited.brand : edited.questionnaire;
    const std::size_t at = text.find(in_brand ? "Mauermann" : "Vertrieb");
    REQUIRE(at != std::string::npos);
    text[at + 1] = 'X';
    CHECK_FALSE(read_content_index(index, edited.questionnaire, edited.brand));
  }
  CHECK_FALSE(read_content_index(index, files.questionnaire + " ", files.brand));
  CHECK_FALSE(read_content_index(index, files.brand, files.questionnaire));
  CHECK_FALSE(read_content_index("", files.questionnaire, files.brand));
}

TEST_CASE("a damaged index reads as none, never out of bounds") {
  const Files files = shipped_files()[1];
  const std::string index = index_of(files);
  for (std::size_t length = 0; length < index.size(); ++length) {
    CHECK_FALSE(read_content_index(std::string_view(index).substr(0, length), files.questionnaire, files.brand));
  }
  CHECK_FALSE(read_content_index(index + '\0', files.questionnaire, files.brand));
  // A damaged header (the format's name, the files' lengths and hashes) is refused. Damage after it
  // may still read, as other texts of the same files; what matters is that no read leaves the index
  // or the files, which the sanitizer build (make test-sanitizers) checks on every one of these.
  const auto varint_size = [](std::uint64_t value) {
    std::size_t bytes = 1;
    while (value >>= 7) ++bytes;
    return bytes;
  };
  std::size_t header = index.find("/1") + 2;
  for (const std::string& file : {files.questionnaire, files.brand}) {
    header += varint_size(file.size()) + varint_size(content_hash(file));
  }
  for (std::size_t at = 0; at < index.size(); at += at < 64 ? 1 : 7) {
    for (const char byte : {'\x00', '\x7f', '\xff'}) {
      std::string damaged = index;
      if (damaged[at] == byte) continue;
      damaged[at] = byte;
      const bool read = read_content_index(damaged, files.questionnaire, files.brand).has_value();
      if (at < header) CHECK_FALSE(read);
    }
  }
}

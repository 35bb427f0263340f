// A build step of the web app (cmake/web.cmake): validates the questionnaire and brand files exactly
// as the site ships them and writes their start-up index (core/content_index.hpp), which the build
// compiles into both pages. Content that does not validate gets no index: the build stops here.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "core/brand.hpp"
#include "core/content_index.hpp"
#include "core/questionnaire.hpp"

namespace {

bool read_file(const char* path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return static_cast<bool>(in) || in.eof();
}

void report(const char* path, const phasecheck::Problems& problems) {
  for (const auto& problem : problems) std::cerr << path << ": " << phasecheck::describe(problem) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: phasecheck-content-index QUESTIONNAIRE.json BRAND.json OUT\n";
    return 2;
  }
  std::string questionnaire_json, brand_json;
  if (!read_file(argv[1], questionnaire_json) || !read_file(argv[2], brand_json)) {
    std::cerr << "phasecheck-content-index: cannot read " << argv[1] << " or " << argv[2] << "\n";
    return 1;
  }
  const phasecheck::QuestionnaireLoad questionnaire = phasecheck::load_questionnaire(questionnaire_json);
  const phasecheck::BrandLoad brand = phasecheck::load_brand(brand_json);
  report(argv[1], questionnaire.problems);
  report(argv[2], brand.problems);
  if (!questionnaire.ok() || !brand.ok()) return 1;
  const std::string index =
      phasecheck::write_content_index(*questionnaire.value, *brand.value, questionnaire_json, brand_json);
  std::ofstream out(argv[3], std::ios::binary);
  out << index;
  if (!out.flush()) {
    std::cerr << "phasecheck-content-index: cannot write " << argv[3] << "\n";
    return 1;
  }
  return 0;
}

#include "core/share_link.hpp"

#include "core/limits.hpp"
#include "core/utf8.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace phasecheck {
namespace {

constexpr char kVersion = '1';
constexpr char kUnanswered = '-';
constexpr char kFiguresMark = '~';

// The shortest of 15 or 17 significant digits that reads back as the same double: typical figures
// stay short ("1200000"), and a link never changes a figure it carries (found by fuzzing).
std::string plain_number(double value) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  if (std::strtod(buffer, nullptr) != value) std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

std::optional<double> parse_plain_number(std::string_view text) {
  if (text.empty() || text.size() > 24) return std::nullopt;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == '+' || c == '-')) return std::nullopt;
  }
  const std::string copy(text);
  char* end = nullptr;
  const double value = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

std::string encode_share_fragment(const AnswersDocument& answers) {
  std::string out = "a=";
  out += kVersion;
  for (const auto& spec : contract::kQuestions) {
    const int position = spec.position(answers.answer(spec.id));
    out += position < 0 ? kUnanswered : static_cast<char>('0' + position);
  }
  if (!answers.economics.empty()) {
    out += kFiguresMark;
    bool first = true;
    for (const YearFigures* year : {&answers.economics.prior, &answers.economics.current}) {
      for (Figure figure : kFigures) {
        if (!first) out += ',';
        first = false;
        if ((*year)[figure]) out += plain_number(*(*year)[figure]);
      }
    }
  }
  return out;
}

ShareRead decode_share_fragment(std::string_view fragment, const Questionnaire& questionnaire) {
  ShareRead result;
  auto fail = [&](std::string where, std::string what) {
    result.problems.push_back({std::move(where), std::move(what)});
    return result;
  };
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  if (fragment.rfind("a=", 0) != 0) return fail("link", "not a Phasencheck link (it should contain #a=…)");
  fragment.remove_prefix(2);
  if (fragment.size() > limits::kLinkCharacters) return fail("link", "longer than " + std::to_string(limits::kLinkCharacters) + " characters");
  if (fragment.empty() || fragment.front() != kVersion) {
    return fail("link", "unknown link version \"" + utf8::excerpt(fragment, 1) + "\" (this check reads version 1)");
  }
  fragment.remove_prefix(1);
  const auto& order = contract::kQuestions;
  const std::size_t marker = fragment.find(kFiguresMark);
  const std::string_view codes = fragment.substr(0, marker);
  if (codes.size() != order.size()) {
    return fail("link", "expected " + std::to_string(order.size()) + " answers, found " + std::to_string(codes.size()));
  }
  AnswersDocument doc;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const char code = codes[i];
    if (code == kUnanswered) continue;
    const std::size_t index = code >= '0' && code <= '9' ? static_cast<std::size_t>(code - '0') : contract::kMaxOptions;
    // The contract guarantees the loaded questionnaire has every option of the table.
    if (index >= order[i].option_count() || !questionnaire.find_question(order[i].id)) {
      result.problems.push_back({"link answer " + std::to_string(i + 1), "\"" + utf8::excerpt(codes.substr(i), 1) +
                                                                        "\" is no option of " + std::string(order[i].id)});
      continue;
    }
    doc.answers[std::string(order[i].id)] = order[i].options[index];
  }
  if (marker != std::string_view::npos) {
    std::string_view figures = fragment.substr(marker + 1);
    std::vector<std::string_view> fields;
    while (true) {
      const std::size_t comma = figures.find(',');
      fields.push_back(figures.substr(0, comma));
      if (comma == std::string_view::npos) break;
      figures.remove_prefix(comma + 1);
    }
    if (fields.size() != 2 * kFigures.size()) {
      return fail("link figures", "expected " + std::to_string(2 * kFigures.size()) + " figures, found " + std::to_string(fields.size()));
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].empty()) continue;
      YearFigures& year = i < kFigures.size() ? doc.economics.prior : doc.economics.current;
      const Figure figure = kFigures[i % kFigures.size()];
      auto value = parse_plain_number(fields[i]);
      if (!value) {
        result.problems.push_back({"link figures", std::string(figure_id(figure)) + ": \"" + utf8::excerpt(fields[i], 24) + "\" is not a number"});
        continue;
      }
      year[figure] = *value;
    }
    check_year(doc.economics.prior, "link figures/prior", result.problems);
    check_year(doc.economics.current, "link figures/current", result.problems);
  }
  if (result.problems.empty()) result.value = std::move(doc);
  return result;
}

}  // namespace phasecheck

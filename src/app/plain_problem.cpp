#include "app/plain_problem.hpp"

#include <algorithm>

namespace phasecheck {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.rfind(prefix, 0) == 0; }
bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// The question's number as the visitor sees it ("Frage 6 von 15"); 0 when it is no question of ours.
std::size_t question_number(std::string_view id, const Questionnaire& questionnaire) {
  std::size_t number = 0;
  for (const auto& section : questionnaire.sections) {
    for (const auto& question : section.questions) {
      ++number;
      if (question.id == id) return number;
    }
  }
  return 0;
}

// A link's answer problem names its question at the end ("\"9\" is no option of sales_stage"); a
// document's names it in the pointer ("/answers/sales_stage").
std::string question_of(const Problem& problem) {
  if (starts_with(problem.where, "/answers/")) {
    const std::string rest = problem.where.substr(9);
    return rest.substr(0, rest.find('/'));
  }
  const std::size_t of = problem.what.rfind(" of ");
  return of == std::string::npos ? std::string() : problem.what.substr(of + 4);
}

PlainProblem about_answer(const Problem& problem, const Questionnaire& questionnaire, const char* unknown_question_key) {
  const std::size_t number = question_number(question_of(problem), questionnaire);
  if (number == 0) return {unknown_question_key, {}};
  return {"problem.answer", {{"number", std::to_string(number)}}};
}

PlainProblem link_problem(const Problem& problem, const Questionnaire& questionnaire) {
  if (starts_with(problem.where, "link answer")) return about_answer(problem, questionnaire, "problem.link.cut");
  if (starts_with(problem.where, "link figures")) {
    return {contains(problem.what, "expected") ? "problem.link.cut" : "problem.figures", {}};
  }
  if (starts_with(problem.what, "not a Phasencheck link")) return {"problem.link.not_ours", {}};
  if (starts_with(problem.what, "unknown link version")) return {"problem.link.other_version", {}};
  if (starts_with(problem.what, "longer than")) return {"problem.link.too_long", {}};
  return {"problem.link.cut", {}};  // too few answers: cut off on the way
}

PlainProblem document_problem(const Problem& problem, const Questionnaire& questionnaire) {
  const std::string& where = problem.where;
  if (starts_with(where, "/answers/")) return about_answer(problem, questionnaire, "problem.file.unknown_question");
  if (starts_with(where, "/economics")) return {"problem.figures", {}};
  if (starts_with(where, "/meta")) return {"problem.company_notes", {}};
  if (where == "/schema") {
    // Ours, but another version ("phasecheck.answers/7"), or not ours at all ("phasecheck.result/1").
    const std::size_t found = problem.what.find("found \"");
    const std::size_t quote = found == std::string::npos ? problem.what.find('"') : found + 6;
    const std::string schema = quote == std::string::npos ? std::string() : problem.what.substr(quote + 1);
    const bool ours = starts_with(schema, "phasecheck.answers/") || starts_with(schema, "phasecheck.state/");
    return {ours ? "problem.file.other_version" : "problem.file.not_ours", {}};
  }
  if (contains(problem.what, "unknown field") || where == "/lang") return {"problem.file.unknown_content", {}};
  // Not JSON at all ("line 1, column 1"), too deep, too large, an array: not a file of ours.
  if (where.empty() || starts_with(where, "line ") || contains(problem.what, "expected an object") ||
      contains(problem.what, "nesting deeper")) {
    return {"problem.file.not_ours", {}};
  }
  return {"problem.file.damaged", {}};
}

}  // namespace

PlainProblem plain_problem(const Problem& problem, ProblemSource source, const Questionnaire& questionnaire) {
  if (source == ProblemSource::link || starts_with(problem.where, "link")) return link_problem(problem, questionnaire);
  return document_problem(problem, questionnaire);
}

std::string technical_detail(const Problems& problems) {
  std::string text;
  for (const auto& problem : problems) text += (text.empty() ? "" : "\n") + describe(problem);
  return text;
}

}  // namespace phasecheck

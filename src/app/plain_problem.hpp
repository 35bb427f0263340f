#pragma once
// A problem the core found (developer English, with JSON pointers: "/answers/x: unknown option …")
// told to the visitor in plain words of their language: a message key naming what and where
// ("problem.answer": "Frage 6 hat eine unbekannte Antwort"). The core's own words stay for support.
#include <string>

#include "core/localized_text.hpp"
#include "core/problem.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck {

enum class ProblemSource { link, file, stored };

struct PlainProblem {
  std::string key;  // "problem.link.cut", "problem.answer", …: a message in the questionnaire
  TemplateValues values;
};

PlainProblem plain_problem(const Problem& problem, ProblemSource source, const Questionnaire& questionnaire);

// Every problem in one line each, for the console and "Copy details".
std::string technical_detail(const Problems& problems);

}  // namespace phasecheck

#pragma once
// A problem found in some input: where it is (a JSON pointer such as
// "/sections/2/questions/3", or "line 4, column 7" for syntax) and what is wrong, in one line.
#include <string>
#include <vector>

namespace phasecheck {

struct Problem {
  std::string where;
  std::string what;
};
using Problems = std::vector<Problem>;

inline std::string describe(const Problem& problem) {
  return problem.where.empty() ? problem.what : problem.where + ": " + problem.what;
}

}  // namespace phasecheck

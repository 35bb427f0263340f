#pragma once
// A problem found in some input: where it is (a JSON pointer such as
// "/sections/2/questions/3", or "line 4, column 7" for syntax) and what is wrong, in one line.
#include <optional>
#include <string>
#include <vector>

namespace phasecheck {

struct Problem {
  std::string where;
  std::string what;
};
using Problems = std::vector<Problem>;

// What every reader, loader and check of the core returns: the value, or the problems that stopped
// it. Beside a value, `problems` lists what had to be dropped or migrated to get it.
template <class T>
struct Checked {
  std::optional<T> value;
  Problems problems;

  bool ok() const { return value.has_value(); }
};

inline std::string describe(const Problem& problem) {
  return problem.where.empty() ? problem.what : problem.where + ": " + problem.what;
}

}  // namespace phasecheck

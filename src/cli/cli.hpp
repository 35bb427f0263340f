#pragma once
// The phasecheck command line, as a function of its arguments and streams so tests can run it.
#include <iosfwd>
#include <string>
#include <vector>

namespace phasecheck::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 2;

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace phasecheck::cli

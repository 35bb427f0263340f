#pragma once
// The check's screen as a saved state names it ("intro", "question", ...): the check's autosave and
// the meeting's autosave of the person answering at the table write and read the same names.
#include <string>

#include "app/assessment_flow.hpp"

namespace phasecheck {

inline const char* screen_name(Screen screen) {
  switch (screen) {
    case Screen::intro: return "intro";
    case Screen::question: return "question";
    case Screen::economics: return "economics";
    case Screen::result: return "result";
  }
  return "intro";
}

inline Screen screen_from(const std::string& name) {
  if (name == "question") return Screen::question;
  if (name == "economics") return Screen::economics;
  if (name == "result") return Screen::result;
  return Screen::intro;
}

}  // namespace phasecheck

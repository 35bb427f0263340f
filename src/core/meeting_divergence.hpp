#pragma once
// How far a meeting's participants disagree, question by question (docs/meeting.md, "Divergence").
// Answers only, no engine: who answered what, and a measure a consultant can explain at the table.
#include <cstddef>
#include <string>
#include <vector>

#include "core/meeting.hpp"

namespace phasecheck {

// A question is marked diverging from this share of differing answers (inclusive): one voice of
// two, three or four, but not one of five or more.
inline constexpr int kDivergingFromPercent = 25;

struct QuestionDivergence {
  std::string question_id;
  std::vector<std::string> answers;  // per participant, in meeting order: option id, or "" unanswered
  std::string most_common;           // the option most participants chose ("" when nobody answered);
                                     // on a tie, the one first in the questionnaire
  int answered = 0;                  // participants who answered (a "don't know" is an answer)
  int differing = 0;                 // of those, how many did not choose the most common option
  int unanswered = 0;
  int without_score = 0;             // answers that carry no score: "don't know", "no recent hires"

  // differing / answered, in whole per cent (0 when fewer than two answered).
  int percent() const;
  bool diverging() const { return answered >= 2 && percent() >= kDivergingFromPercent; }
};

// Every question of the questionnaire, most divergent first; equal ones keep the questionnaire's order.
std::vector<QuestionDivergence> meeting_divergence(const Meeting& meeting, const Questionnaire& questionnaire);

}  // namespace phasecheck

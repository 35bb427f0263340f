#include "core/meeting_divergence.hpp"

#include <algorithm>

namespace phasecheck {

int QuestionDivergence::percent() const {
  if (answered < 2) return 0;
  return (differing * 100 + answered / 2) / answered;
}

std::vector<QuestionDivergence> meeting_divergence(const Meeting& meeting, const Questionnaire& questionnaire) {
  std::vector<QuestionDivergence> rows;
  for (const auto& section : questionnaire.sections) {
    for (const auto& question : section.questions) {
      QuestionDivergence row{question.id, {}, {}, 0, 0, 0, 0};
      for (const auto& participant : meeting.participants) {
        const std::string option(participant.answers.answer(question.id));
        row.answers.push_back(option);
        if (option.empty()) {
          ++row.unanswered;
          continue;
        }
        ++row.answered;
        const Option* chosen = question.find_option(option);
        if (chosen && !chosen->score) ++row.without_score;
      }
      // "Don't know" is an option like the others: one who does not know and one who does differ,
      // and that is worth the meeting's time. Unanswered counts for nobody.
      int most = 0;
      for (const auto& option : question.options) {
        const int count = static_cast<int>(std::count(row.answers.begin(), row.answers.end(), option.id));
        if (count > most) {
          most = count;
          row.most_common = option.id;
        }
      }
      row.differing = row.answered - most;
      rows.push_back(std::move(row));
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const QuestionDivergence& a, const QuestionDivergence& b) {
    // Compared as fractions, so 1 of 3 and 2 of 6 tie exactly.
    return a.differing * std::max(b.answered, 1) > b.differing * std::max(a.answered, 1);
  });
  return rows;
}

}  // namespace phasecheck

#include "core/meeting_results.hpp"

#include <algorithm>

namespace phasecheck {

std::vector<EvaluateOutcome> participant_results(const Meeting& meeting, const Questionnaire& questionnaire,
                                                 Language language) {
  std::vector<EvaluateOutcome> results;
  for (const auto& participant : meeting.participants) {
    results.push_back(evaluate_answers(participant.answers, questionnaire, language));
  }
  return results;
}

AnswersDocument agreed_answers(const Meeting& meeting) {
  AnswersDocument document;
  document.lang = meeting.lang;
  for (const auto& [question, agreed] : meeting.agreed) {
    if (!agreed.option.empty()) document.answers[question] = agreed.option;
  }
  if (const Participant* source = meeting.find(meeting.figures_from); source && !meeting.figures_from.empty()) {
    document.economics = source->answers.economics;
  }
  if (!meeting.title.empty()) document.meta["company"] = meeting.title;
  return document;
}

std::vector<AgreedEntry> agreed_in_order(const Meeting& meeting, const Questionnaire& questionnaire) {
  std::vector<AgreedEntry> entries;
  for (const auto& section : questionnaire.sections) {
    for (const auto& question : section.questions) {
      if (const auto it = meeting.agreed.find(question.id); it != meeting.agreed.end()) entries.push_back({&question, &it->second});
    }
  }
  return entries;
}

JointResult joint_result(const Meeting& meeting, const Questionnaire& questionnaire, Language language) {
  JointResult result;
  const AnswersDocument answers = agreed_answers(meeting);
  for (const auto& section : questionnaire.sections) {
    for (const auto& question : section.questions) {
      if (!answers.answer(question.id).empty()) continue;
      result.open.push_back({question.id, question.required});
    }
  }
  // The engine itself refuses answers with a required question open: no joint phase before then.
  result.report = evaluate_answers(answers, questionnaire, language).value;
  return result;
}

std::vector<IndicatorRow> indicators_side_by_side(const std::vector<const Report*>& results) {
  std::vector<IndicatorRow> rows;
  for (std::size_t column = 0; column < results.size(); ++column) {
    const Report* report = results[column];
    if (!report || !report->economics) continue;
    for (const auto& indicator : report->economics->indicators) {
      auto row = std::find_if(rows.begin(), rows.end(), [&](const IndicatorRow& r) { return r.id == indicator.id; });
      if (row == rows.end()) {
        rows.push_back({indicator.id, indicator.label, std::vector<std::string>(results.size())});
        row = rows.end() - 1;
      }
      row->values[column] = indicator.current_text;
    }
  }
  return rows;
}

}  // namespace phasecheck

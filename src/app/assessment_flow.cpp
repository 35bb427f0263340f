#include "app/assessment_flow.hpp"

#include "core/evaluate.hpp"
#include "core/number_text.hpp"

namespace phasecheck {

AssessmentFlow::AssessmentFlow(const Questionnaire& questionnaire, Language language) : questionnaire_(questionnaire) {
  answers_.lang = language;
  for (std::size_t s = 0; s < questionnaire.sections.size(); ++s) {
    for (const auto& question : questionnaire.sections[s].questions) {
      questions_.push_back(&question);
      section_of_.push_back(s);
    }
  }
}

void AssessmentFlow::set_language(Language language) {
  if (answers_.lang == language) return;
  // Figures typed in one language's notation are re-shown in the other's.
  std::array<std::array<std::optional<double>, kFigures.size()>, 2> typed{};
  for (Year year : kYears) {
    for (Figure f : kFigures) {
      typed[static_cast<std::size_t>(year)][static_cast<std::size_t>(f)] = parse_number_text(figure(year, f).text, answers_.lang);
    }
  }
  answers_.lang = language;
  for (Year year : kYears) {
    for (Figure f : kFigures) {
      const auto& value = typed[static_cast<std::size_t>(year)][static_cast<std::size_t>(f)];
      if (value) figure(year, f).text = number_to_input_text(*value, language);
    }
  }
  if (report_) show_result();
  changed();
}

void AssessmentFlow::start() {
  screen_ = Screen::question;
  index_ = 0;
  missing_hint_ = false;
  changed();
}

void AssessmentFlow::choose(std::string_view option_id) {
  if (!question().find_option(option_id)) return;
  answers_.answers[question().id] = std::string(option_id);
  missing_hint_ = false;
  report_.reset();  // a changed answer invalidates the result until it is shown again
  changed();
}

bool AssessmentFlow::next() {
  if (screen_ == Screen::intro) {
    start();
    return true;
  }
  if (screen_ == Screen::economics) return submit_figures();
  if (screen_ != Screen::question) return false;
  if (chosen_option().empty()) {
    missing_hint_ = true;
    changed();
    return false;
  }
  missing_hint_ = false;
  if (index_ + 1 < questions_.size()) {
    ++index_;
  } else {
    fill_figure_texts();
    screen_ = Screen::economics;
  }
  changed();
  return true;
}

void AssessmentFlow::back() {
  missing_hint_ = false;
  switch (screen_) {
    case Screen::intro: return;
    case Screen::question:
      if (index_ == 0) screen_ = Screen::intro;
      else --index_;
      break;
    case Screen::economics:
      screen_ = Screen::question;
      index_ = questions_.size() - 1;
      break;
    case Screen::result:
      fill_figure_texts();
      screen_ = Screen::economics;
      break;
  }
  changed();
}

FigureEntry& AssessmentFlow::figure(Year year, Figure f) {
  return figure_entries_[static_cast<std::size_t>(year)][static_cast<std::size_t>(f)];
}

bool AssessmentFlow::has_figure_errors() const {
  for (const auto& year : figure_entries_) {
    for (const auto& entry : year) {
      if (!entry.error_key.empty()) return true;
    }
  }
  return false;
}

bool AssessmentFlow::submit_figures() {
  EconomicsInput input;
  bool ok = true;
  for (Year year : kYears) {
    YearFigures& figures = year == Year::prior ? input.prior : input.current;
    for (Figure f : kFigures) {
      FigureEntry& entry = figure(year, f);
      entry.error_key.clear();
      if (entry.text.find_first_not_of(' ') == std::string::npos) continue;
      figures[f] = parse_number_text(entry.text, answers_.lang);
      if (!figures[f]) {
        entry.error_key = figure_issue_message_key(FigureIssue::not_finite);
        ok = false;
      }
    }
    // The same checks as for files, one message per field.
    for (Figure f : kFigures) {
      const FigureIssue issue = check_year_figure(figures, f);
      if (issue == FigureIssue::none) continue;
      figure(year, f).error_key = figure_issue_message_key(issue);
      ok = false;
    }
  }
  changed();
  if (!ok) return false;
  answers_.economics = input;
  show_result();
  return true;
}

void AssessmentFlow::skip_figures() {
  for (auto& year : figure_entries_) {
    for (auto& entry : year) entry = {};
  }
  answers_.economics = {};
  show_result();
}

void AssessmentFlow::change_answers() {
  screen_ = Screen::question;
  index_ = 0;
  changed();
}

void AssessmentFlow::restart() {
  const Language language = answers_.lang;
  answers_ = {};
  answers_.lang = language;
  report_.reset();
  for (auto& year : figure_entries_) {
    for (auto& entry : year) entry = {};
  }
  screen_ = Screen::intro;
  index_ = 0;
  missing_hint_ = false;
  changed();
}

void AssessmentFlow::load(const AnswersDocument& document) {
  const Language visitor_language = answers_.lang;  // the visitor's choice outlives a loaded file
  answers_ = document;
  answers_.lang = visitor_language;
  fill_figure_texts();
  missing_hint_ = false;
  show_result();
}

void AssessmentFlow::show_result() {
  EvaluateOutcome outcome = evaluate_answers(answers_, questionnaire_);
  if (outcome.report) {
    report_ = std::move(outcome.report);
    screen_ = Screen::result;
  } else {  // unanswered required questions: resume at the first of them
    report_.reset();
    screen_ = Screen::question;
    index_ = 0;
    while (index_ + 1 < questions_.size() && !(questions_[index_]->required && chosen_option().empty())) ++index_;
  }
  changed();
}

void AssessmentFlow::fill_figure_texts() {
  for (Year year : kYears) {
    const YearFigures& figures = year == Year::prior ? answers_.economics.prior : answers_.economics.current;
    for (Figure f : kFigures) {
      FigureEntry& entry = figure(year, f);
      entry.error_key.clear();
      entry.text = figures[f] ? number_to_input_text(*figures[f], answers_.lang) : std::string();
    }
  }
}

}  // namespace phasecheck

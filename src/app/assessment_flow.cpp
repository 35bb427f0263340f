#include "app/assessment_flow.hpp"

#include "core/evaluate.hpp"
#include "core/limits.hpp"
#include "core/number_text.hpp"

#include <algorithm>

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
  if (report_) {  // re-worded where the visitor is: a question or the figures step stays on screen
    const Screen shown = screen_;
    show_result();
    if (report_) screen_ = shown;
  }
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
    screen_ = Screen::economics;  // the fields hold what was typed, submitted or loaded: nothing is dropped
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
  if (auto kept = answers_.meta.find(kFiguresNotUsed); kept != answers_.meta.end()) answers_.meta.erase(kept);
  show_result();
  return true;
}

void AssessmentFlow::skip_figures() {
  // "prior:revenue=10.000.000", one a line after the language they were typed in.
  std::string kept;
  for (Year year : kYears) {
    for (Figure f : kFigures) {
      FigureEntry& entry = figure(year, f);
      entry.error_key.clear();
      if (entry.text.find_first_not_of(' ') == std::string::npos) continue;
      std::string text = entry.text;
      std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
      kept += std::string("\n") + (year == Year::prior ? "prior:" : "current:") + std::string(figure_id(f)) + "=" + text;
    }
  }
  if (auto old = answers_.meta.find(kFiguresNotUsed); old != answers_.meta.end()) answers_.meta.erase(old);
  if (!kept.empty() && answers_.meta.size() < limits::kMetaFields) {
    answers_.meta[std::string(kFiguresNotUsed)] = std::string(language_code(answers_.lang)) + kept;
  }
  answers_.economics = {};
  show_result();
}

bool AssessmentFlow::use_figures() {
  fill_figure_texts();
  if (submit_figures()) return true;
  screen_ = Screen::economics;  // the problems are marked in the fields
  changed();
  return false;
}

void AssessmentFlow::change_answers() {
  screen_ = Screen::question;
  index_ = 0;
  changed();
}

void AssessmentFlow::edit_answer(std::string_view question_id) {
  for (std::size_t i = 0; i < questions_.size(); ++i) {
    if (questions_[i]->id != question_id) continue;
    screen_ = Screen::question;
    index_ = i;
    missing_hint_ = false;
    changed();
    return;
  }
}

bool AssessmentFlow::return_to_result() {
  if (screen_ != Screen::question) return false;
  if (chosen_option().empty()) {
    missing_hint_ = true;
    changed();
    return false;
  }
  missing_hint_ = false;
  show_result();
  return screen_ == Screen::result;
}

void AssessmentFlow::restart() {
  const Language language = answers_.lang;
  answers_ = {};
  answers_.lang = language;
  report_.reset();
  company_.clear();
  notes_.clear();
  for (auto& year : figure_entries_) {
    for (auto& entry : year) entry = {};
  }
  screen_ = Screen::intro;
  index_ = 0;
  missing_hint_ = false;
  result_within_reach_ = false;
  changed();
}

AssessmentFlow::Snapshot AssessmentFlow::snapshot() const {
  return {screen_, index_, answers_, figure_entries_, report_, company_, notes_, result_within_reach_};
}

void AssessmentFlow::restore(const Snapshot& snapshot) {
  const Language visitor_language = answers_.lang;
  screen_ = snapshot.screen;
  index_ = snapshot.index;
  answers_ = snapshot.answers;
  figure_entries_ = snapshot.figure_entries;
  report_ = snapshot.report;
  company_ = snapshot.company;
  notes_ = snapshot.notes;
  result_within_reach_ = snapshot.result_within_reach;
  missing_hint_ = false;
  changed();
  set_language(visitor_language);  // the figures' notation and the result follow a switch made since
}

void AssessmentFlow::load(const AnswersDocument& document) {
  const Language visitor_language = answers_.lang;  // the visitor's choice outlives a loaded file
  answers_ = document;
  answers_.lang = visitor_language;
  company_ = answers_.meta_text("company");
  notes_ = answers_.meta_text("notes");
  fill_figure_texts();
  missing_hint_ = false;
  show_result();
}

void AssessmentFlow::show_result() {
  EvaluateOutcome outcome = evaluate_answers(answers_, questionnaire_);
  result_within_reach_ = outcome.value.has_value();
  if (outcome.value) {
    report_ = std::move(outcome.value);
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
  // Figures kept out of the result (skip_figures) come back as typed, in today's notation.
  if (!answers_.economics.empty()) return;
  const std::string kept = answers_.meta_text(kFiguresNotUsed);
  std::string_view rest(kept);
  const Language typed_in = rest.substr(0, rest.find('\n')) == "en" ? Language::en : Language::de;
  while (rest.find('\n') != std::string_view::npos) {
    rest.remove_prefix(rest.find('\n') + 1);
    const std::string_view line = rest.substr(0, rest.find('\n'));
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos || (line.rfind("prior:", 0) != 0 && line.rfind("current:", 0) != 0)) continue;
    std::string text(line.substr(equals + 1));
    if (typed_in != answers_.lang) {
      if (const auto value = parse_number_text(text, typed_in)) text = number_to_input_text(*value, answers_.lang);
    }
    set_text("field:" + std::string(line.substr(0, equals)), std::move(text));  // unknown fields are ignored
  }
}

}  // namespace phasecheck

namespace phasecheck {

void AssessmentFlow::restore(const AnswersDocument& document, Screen screen, std::size_t question_index) {
  load(document);
  if (screen == Screen::result) return;  // load() showed the result if the answers allow it
  report_.reset();
  screen_ = screen;
  index_ = std::min(question_index, questions_.size() - 1);
  changed();
}

std::string* AssessmentFlow::text_slot(std::string_view field_id) {
  if (field_id == "field:company") return &company_;
  if (field_id == "field:notes") return &notes_;
  for (Year year : kYears) {
    for (Figure f : kFigures) {
      const std::string id = std::string("field:") + (year == Year::prior ? "prior:" : "current:") + std::string(figure_id(f));
      if (field_id == id) return &figure(year, f).text;
    }
  }
  return nullptr;
}

const std::string* AssessmentFlow::text(std::string_view field_id) { return text_slot(field_id); }

std::size_t AssessmentFlow::max_text_length(std::string_view field_id) {
  if (field_id == "field:company") return limits::kCompanyBytes;
  if (field_id == "field:notes") return limits::kNotesBytes;
  return limits::kFigureTextBytes;
}

bool AssessmentFlow::set_text(std::string_view field_id, std::string value) {
  std::string* slot = text_slot(field_id);
  if (!slot) return false;
  const std::size_t limit = max_text_length(field_id);
  if (value.size() > limit) {
    value.resize(limit);
    while (!value.empty() && (static_cast<unsigned char>(value.back()) & 0xC0) == 0x80) value.pop_back();  // no split characters
    if (!value.empty() && static_cast<unsigned char>(value.back()) >= 0xC0) value.pop_back();
  }
  if (*slot == value) return true;
  *slot = std::move(value);
  // Company and notes travel in the answers document's meta, so saving and export carry them.
  if (slot == &company_ || slot == &notes_) {
    const char* key = slot == &company_ ? "company" : "notes";
    if (slot->empty()) answers_.meta.erase(std::string(key));
    else answers_.meta[key] = *slot;
  }
  changed();
  return true;
}

}  // namespace phasecheck

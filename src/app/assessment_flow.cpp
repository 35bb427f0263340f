#include "app/assessment_flow.hpp"

#include "core/evaluate.hpp"
#include "core/limits.hpp"
#include "core/number_text.hpp"

#include <algorithm>
#include <cstdio>

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
  // Figures typed in one language's notation are re-shown in the other's (and known to mean what they
  // meant: "12.345" FTE read in English must not become a question in German). A question about two
  // readings stays open, with the text as typed.
  for (Year year : kYears) {
    for (Figure f : kFigures) {
      FigureEntry& entry = figure(year, f);
      std::optional<double> value;
      if (entry.chosen && entry.chosen_text == entry.text) value = entry.chosen;
      else if (entry.readings.empty() || entry.asked_text != entry.text) value = parse_number_text(entry.text, answers_.lang);
      if (!value) continue;
      entry.text = number_to_input_text(*value, language);
      entry.chosen = value;
      entry.chosen_text = entry.text;
    }
  }
  answers_.lang = language;
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

void AssessmentFlow::choose(std::string_view option_id, bool may_advance) {
  if (!question().find_option(option_id)) return;
  // First time here (no answer yet), or a second pick while the first still shows: a pick moves on.
  // An answer already there means the visitor came back to change it: they leave by themselves.
  const bool again_while_pending = pending_ && pending_->step == step();
  const bool first_answer = chosen_option().empty() && !result_within_reach_;
  if (may_advance && (first_answer || again_while_pending)) pending_ = PendingAdvance{step()};
  else pending_.reset();
  answers_.answers[question().id] = std::string(option_id);
  missing_hint_ = false;
  report_.reset();  // a changed answer invalidates the result until it is shown again
  changed();
}

void AssessmentFlow::tick(double seconds) {
  if (!pending_) return;
  if (pending_->step != step()) {  // moved on or back by other means meanwhile
    pending_.reset();
    return;
  }
  if (!pending_->shown) {
    pending_->shown = true;
    return;
  }
  pending_->elapsed += seconds;
  if (pending_->elapsed < kAdvanceDelay) return;
  pending_.reset();
  next();
}

void AssessmentFlow::go_to(Step target) {
  pending_.reset();
  missing_hint_ = false;
  switch (target.screen) {
    case Screen::intro:
      screen_ = Screen::intro;
      index_ = 0;
      break;
    case Screen::question:
      screen_ = Screen::question;
      index_ = std::min(target.index, questions_.size() - 1);
      break;
    case Screen::economics:
      if (screen_ == Screen::result) fill_figure_texts();  // as back() does: the fields show what the result used
      screen_ = Screen::economics;
      break;
    case Screen::result:
      if (report_) screen_ = Screen::result;
      else show_result();  // an answer changed since: the result is worked out anew
      break;
  }
  changed();
}

bool AssessmentFlow::next() {
  pending_.reset();
  if (screen_ == Screen::intro) {
    start();
    return true;
  }
  if (screen_ == Screen::economics) return submit_figures();
  if (!question_answered()) return false;
  if (index_ + 1 < questions_.size()) {
    ++index_;
  } else {
    screen_ = Screen::economics;  // the fields hold what was typed, submitted or loaded: nothing is dropped
  }
  changed();
  return true;
}

void AssessmentFlow::back() {
  pending_.reset();
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
      if (!entry.error_key.empty() || !entry.readings.empty()) return true;
    }
  }
  return false;
}

bool AssessmentFlow::has_figure_doubts() const {
  for (const auto& year : figure_entries_) {
    for (const auto& entry : year) {
      if (entry.doubt) return true;
    }
  }
  return false;
}

FigureEntry* AssessmentFlow::figure_entry(std::string_view field_id) {
  for (Year year : kYears) {
    for (Figure f : kFigures) {
      if (field_id == std::string("field:") + (year == Year::prior ? "prior:" : "current:") + std::string(figure_id(f))) {
        return &figure(year, f);
      }
    }
  }
  return nullptr;
}

std::optional<double> AssessmentFlow::read_figure(FigureEntry& entry, Figure f) {
  entry.error_key.clear();
  if (entry.text.find_first_not_of(' ') == std::string::npos) {
    entry.readings.clear();
    return std::nullopt;
  }
  if (limits::characters(entry.text) > limits::kFigureTextCharacters) {
    entry.readings.clear();
    entry.error_key = "ui.field.too_long";  // worded by the view, with the count
    return std::nullopt;
  }
  if (entry.chosen && entry.chosen_text == entry.text) {
    entry.readings.clear();
    return entry.chosen;
  }
  if (!entry.readings.empty() && entry.asked_text == entry.text) return std::nullopt;  // still asked
  entry.readings.clear();
  const NumberReading reading = read_number_text(entry.text, answers_.lang);
  switch (reading.kind) {
    case NumberReading::Kind::not_a_number:
      entry.error_key = figure_issue_message_key(FigureIssue::not_finite);
      return std::nullopt;
    case NumberReading::Kind::value: return reading.value;
    case NumberReading::Kind::ambiguous: break;
  }
  // A reading the figure's own check refuses is no reading: "-150.000" is negative either way, and
  // "500.000" reps can only be 500 (500,000 is beyond any sales force).
  const FigureIssue as_decimal = check_figure(f, reading.value);
  const FigureIssue as_thousands = check_figure(f, reading.other);
  if (as_decimal == FigureIssue::none && as_thousands != FigureIssue::none) return reading.value;
  if (as_thousands == FigureIssue::none && as_decimal != FigureIssue::none) return reading.other;
  if (as_decimal != FigureIssue::none) {
    entry.error_key = figure_issue_message_key(as_decimal);
    return std::nullopt;
  }
  entry.readings = {reading.value, reading.other};
  entry.asked_text = entry.text;
  return std::nullopt;
}

bool AssessmentFlow::review_figures(EconomicsInput& input) {
  EconomicsInput valid;
  bool ok = true;
  for (Year year : kYears) {
    YearFigures& figures = year == Year::prior ? input.prior : input.current;
    for (Figure f : kFigures) {
      FigureEntry& entry = figure(year, f);
      figures[f] = read_figure(entry, f);
      if (!entry.error_key.empty() || !entry.readings.empty()) ok = false;
    }
    // The same checks as for files, one message per field.
    YearFigures& passing = year == Year::prior ? valid.prior : valid.current;
    passing = figures;
    for (Figure f : kFigures) {
      const FigureIssue issue = check_year_figure(figures, f);
      if (issue == FigureIssue::none) continue;
      figure(year, f).error_key = figure_issue_message_key(issue);
      passing[f].reset();
      ok = false;
    }
  }
  update_doubts(valid);
  return ok;
}

void AssessmentFlow::update_doubts(const EconomicsInput& valid) {
  for (auto& year : figure_entries_) {
    for (auto& entry : year) {
      entry.doubt.reset();
      entry.doubt_id.clear();
    }
  }
  for (const FigureDoubt& doubt : doubt_figures(valid)) {
    FigureEntry& entry = figure(doubt.current_year ? Year::current : Year::prior, doubt.figure);
    char values[80];
    std::snprintf(values, sizeof values, ":%.17g:%.17g", doubt.value, doubt.reference);
    const std::string id = std::string(doubt_id(doubt.kind)) + values;
    if (entry.doubt || std::find(entry.confirmed.begin(), entry.confirmed.end(), id) != entry.confirmed.end()) continue;
    entry.doubt = doubt;  // one question per field at a time; the next shows once it is answered
    entry.doubt_id = id;
  }
}

void AssessmentFlow::leave_field(std::string_view field_id) {
  if (screen_ != Screen::economics || !figure_entry(field_id)) return;
  EconomicsInput input;
  review_figures(input);
  changed();
}

void AssessmentFlow::choose_reading(Year year, Figure f, std::size_t which) {
  FigureEntry& entry = figure(year, f);
  if (which >= entry.readings.size()) return;
  const double value = entry.readings[which];
  entry.text = number_to_input_text(value, answers_.lang);
  entry.chosen = value;
  entry.chosen_text = entry.text;
  entry.readings.clear();
  EconomicsInput input;
  review_figures(input);
  changed();
}

void AssessmentFlow::confirm_figure(Year year, Figure f) {
  FigureEntry& entry = figure(year, f);
  if (!entry.doubt) return;
  entry.confirmed.push_back(entry.doubt_id);
  EconomicsInput input;
  review_figures(input);
  changed();
}

bool AssessmentFlow::submit_figures() {
  EconomicsInput input;
  const bool ok = review_figures(input);
  changed();
  if (!ok) return false;
  // A doubt is a question, not a block: the first press shows what is doubted, the next goes on.
  bool stopped = false;
  for (auto& year : figure_entries_) {
    for (auto& entry : year) {
      if (!entry.doubt || std::find(entry.passed.begin(), entry.passed.end(), entry.doubt_id) != entry.passed.end()) continue;
      entry.passed.push_back(entry.doubt_id);
      stopped = true;
    }
  }
  if (stopped) return false;
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

bool AssessmentFlow::question_answered() {
  if (screen_ != Screen::question) return false;
  // Leaving an unanswered question shows the hint; an answer clears it.
  missing_hint_ = chosen_option().empty();
  if (missing_hint_) changed();
  return !missing_hint_;
}

bool AssessmentFlow::return_to_result() {
  if (!question_answered()) return false;
  show_result();
  return screen_ == Screen::result;
}

void AssessmentFlow::restart() {
  pending_.reset();
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
  pending_.reset();
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
  pending_.reset();
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
      entry.readings.clear();
      entry.text = figures[f] ? number_to_input_text(*figures[f], answers_.lang) : std::string();
      entry.chosen = figures[f];  // a stored figure means what it is, whatever its text looks like
      entry.chosen_text = entry.text;
    }
  }
  update_doubts(answers_.economics);
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
  if (field_id == "field:company") return limits::kCompanyCharacters;
  if (field_id == "field:notes") return limits::kNotesCharacters;
  return limits::kFigureTextCharacters;
}

std::size_t AssessmentFlow::text_excess(std::string_view field_id) {
  const std::string* slot = text_slot(field_id);
  if (!slot) return 0;
  const std::size_t count = limits::characters(*slot);
  const std::size_t limit = max_text_length(field_id);
  return count > limit ? count - limit : 0;
}

bool AssessmentFlow::set_text(std::string_view field_id, std::string value) {
  std::string* slot = text_slot(field_id);
  if (!slot) return false;
  if (*slot == value) return true;
  *slot = std::move(value);
  const bool within = text_excess(field_id) == 0;
  // Company and notes travel in the answers document's meta, so saving and export carry them — as
  // long as they are within their limit (the field says by how much they are not).
  if (slot == &company_ || slot == &notes_) {
    const char* key = slot == &company_ ? "company" : "notes";
    if (slot->empty()) answers_.meta.erase(std::string(key));
    else if (within) answers_.meta[key] = *slot;
  } else if (FigureEntry* entry = figure_entry(field_id)) {
    // Typing again withdraws the field's refusal or question; leaving it checks it anew.
    entry->error_key = within ? std::string() : std::string("ui.field.too_long");
    entry->readings.clear();
  }
  changed();
  return true;
}

}  // namespace phasecheck

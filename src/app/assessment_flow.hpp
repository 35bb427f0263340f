#pragma once
// The check as a state machine, free of ImGui and the browser: which screen, which question,
// the answers so far, the figures being typed, and the report once complete. The views draw it
// and call its actions; tests drive it directly.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/answers.hpp"
#include "core/questionnaire.hpp"
#include "core/report.hpp"

namespace phasecheck {

enum class Screen { intro, question, economics, result };

enum class Year { prior, current };
inline constexpr std::array<Year, 2> kYears = {Year::prior, Year::current};

struct FigureEntry {
  std::string text;       // as typed
  std::string error_key;  // message key of the problem, empty when fine
  // "150.000" in the English UI: 150, or 150,000? The two readings the visitor is asked to choose
  // between (empty when nothing is asked), while the text is still `asked_text`.
  std::vector<double> readings;
  std::string asked_text;
  // The value the visitor chose, or the stored figure the field shows, while the text is `chosen_text`.
  std::optional<double> chosen;
  std::string chosen_text;
  // A plausibility question at this field ("is that right?"), and what the visitor said to others.
  std::optional<FigureDoubt> doubt;
  std::string doubt_id;                 // the doubt with its values: answered once, asked again if they change
  std::vector<std::string> confirmed;   // doubts the visitor confirmed ("Ja, stimmt"): not asked again
  std::vector<std::string> passed;      // doubts "Zum Ergebnis" already stopped at once: not again
};

class AssessmentFlow {
 public:
  AssessmentFlow(const Questionnaire& questionnaire, Language language);

  Screen screen() const { return screen_; }
  Language language() const { return answers_.lang; }
  void set_language(Language language);

  // Intro
  void start();

  // Questions, in questionnaire order across sections
  std::size_t question_count() const { return questions_.size(); }
  std::size_t question_index() const { return index_; }
  const Question& question() const { return *questions_[index_]; }
  std::size_t section_index() const { return section_of_[index_]; }
  std::string_view chosen_option() const { return answers_.answer(question().id); }
  // `may_advance`: a pick by tap, click, Space or digit on a question seen for the first time moves on
  // by itself once the choice has shown for kAdvanceDelay (tick). Never when the visitor came back to
  // change an answer (the question was answered on arrival, or a result is within reach), and the view
  // passes false while the question's help is open (the visitor is reading).
  void choose(std::string_view option_id, bool may_advance = false);
  bool advance_pending() const { return pending_.has_value(); }
  // Time passes, frame by frame. The first tick after a pick is the frame that shows it: the delay
  // counts from there, so a frame that follows a long idle spell cannot swallow the confirmation.
  void tick(double seconds);
  static constexpr double kAdvanceDelay = 0.45;  // seconds the picked card shows checked before moving on
  bool missing_hint() const { return missing_hint_; }

  // Moves on; refuses (and sets the hint) when the question is unanswered.
  bool next();
  void back();

  // Where the visitor is: a screen, and on a question which one. The browser's history keeps these.
  struct Step {
    Screen screen = Screen::intro;
    std::size_t index = 0;  // the question; 0 on other screens
    friend bool operator==(const Step&, const Step&) = default;
  };
  Step step() const { return {screen_, screen_ == Screen::question ? index_ : 0}; }
  // Goes to a step the visitor was at before (Back and Forward in the browser), keeping everything
  // entered. The result needs complete answers: without them the first open question shows instead.
  void go_to(Step step);

  // Figures step (optional)
  FigureEntry& figure(Year year, Figure figure);
  bool has_figure_errors() const;  // refusals and numbers read two ways: the result waits for them
  bool has_figure_doubts() const;  // plausibility questions: asked, never blocking
  // Checks every field as "Zum Ergebnis" does, without moving on: the visitor left a field.
  void leave_field(std::string_view field_id);
  void choose_reading(Year year, Figure figure, std::size_t which);  // one of FigureEntry::readings
  void confirm_figure(Year year, Figure figure);                       // "Ja, stimmt" to its doubt
  // Checks every field; on success shows the result. Refused fields and numbers read two ways stop it;
  // doubts stop it once (they show, with a hint), the next press goes on with the figures as they are.
  bool submit_figures();
  // Shows the result without figures. What was typed is kept, not counted: it stays in the fields, and
  // in the answers' meta (kFiguresNotUsed) for the saved state and files, until submitted or cleared.
  void skip_figures();
  bool figures_not_used() const { return answers_.meta.count(kFiguresNotUsed) > 0; }
  bool use_figures();  // submits the kept figures; with a problem, shows them on the figures step
  static constexpr std::string_view kFiguresNotUsed = "figures_not_used";

  // Result
  const std::optional<Report>& report() const { return report_; }
  void change_answers();  // back to the first question, answers kept
  void edit_answer(std::string_view question_id);  // that question, with the result one step away
  // Once these answers had a result (since the last restart), every question offers the way straight back.
  bool result_within_reach() const { return result_within_reach_ && screen_ == Screen::question; }
  bool return_to_result();  // refuses (and sets the hint) when the question is unanswered
  void restart();         // everything cleared, back to the intro

  // All the visitor entered and where they were: "start over" keeps it, to be taken back.
  struct Snapshot {
    Screen screen = Screen::intro;
    std::size_t index = 0;
    AnswersDocument answers;
    std::array<std::array<FigureEntry, kFigures.size()>, 2> figure_entries{};
    std::optional<Report> report;
    std::string company, notes;
    bool result_within_reach = false;
  };
  Snapshot snapshot() const;
  void restore(const Snapshot& snapshot);  // exactly as it was, in the visitor's current language

  // Puts the visitor back where a saved state left off; falls back to what the answers allow.
  void restore(const AnswersDocument& document, Screen screen, std::size_t question_index);

  // Free text that belongs to the assessment: "field:company", "field:notes", and the figures
  // ("field:prior:revenue", ...). Null for an unknown id.
  const std::string* text(std::string_view field_id);
  // Text over a field's limit (in characters, limits.hpp) is kept in the field, where the view says so,
  // and never cut; company and notes over it are not taken into the answers (the last text within stays).
  bool set_text(std::string_view field_id, std::string value);
  static std::size_t max_text_length(std::string_view field_id);  // characters
  std::size_t text_excess(std::string_view field_id);            // characters over the limit, 0 when within

  // Replaces all answers (an import, a link, the JS API); the language stays the visitor's.
  // Complete answers show the result; incomplete ones resume at the first unanswered question.
  void load(const AnswersDocument& document);

  const AnswersDocument& answers() const { return answers_; }
  // Grows on every change a viewer might care about (answers, screen, language).
  std::uint64_t revision() const { return revision_; }

 private:
  // On a question: whether it is answered; when not, the "please choose" hint shows.
  bool question_answered();
  void show_result();
  std::string* text_slot(std::string_view field_id);
  FigureEntry* figure_entry(std::string_view field_id);
  void fill_figure_texts();
  std::optional<double> read_figure(FigureEntry& entry, Figure figure);
  // Reads and checks every field into `input` (what was typed) and `valid` (what passes); false when
  // a field is refused or read two ways. Then asks about what looks like a slip.
  bool review_figures(EconomicsInput& input);
  void update_doubts(const EconomicsInput& valid);
  void changed() { ++revision_; }
  // The auto-advance armed by a pick: for which step, and how long its choice has shown.
  struct PendingAdvance {
    Step step;
    bool shown = false;
    double elapsed = 0;
  };
  std::optional<PendingAdvance> pending_;

  const Questionnaire& questionnaire_;
  std::vector<const Question*> questions_;
  std::vector<std::size_t> section_of_;
  Screen screen_ = Screen::intro;
  std::size_t index_ = 0;
  bool missing_hint_ = false;
  AnswersDocument answers_;
  std::array<std::array<FigureEntry, kFigures.size()>, 2> figure_entries_{};
  std::optional<Report> report_;
  std::string company_;
  std::string notes_;
  bool result_within_reach_ = false;
  std::uint64_t revision_ = 0;
};

}  // namespace phasecheck

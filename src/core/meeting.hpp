#pragma once
// Meeting mode (issue #14, docs/meeting.md): several people's answers side by side, the answers the
// meeting agrees on, and optionally an earlier assessment to compare with. `Meeting` is a plain
// value; every change is a function that returns the changed meeting or the problems that refused
// it, and leaves the meeting it was given untouched — so nothing already in a meeting is ever lost,
// and a view can hold one value and replace it on success.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/answers.hpp"
#include "core/problem.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck {

struct Participant {
  std::string name;         // a name or a role ("CEO"), trimmed, unique in the meeting (see same_name)
  AnswersDocument answers;  // their own answers and figures
};

// The meeting's answer to one question: an option, taken from a participant or set directly,
// and a note on how it was reached. A note may stand without an option (still being discussed).
struct AgreedAnswer {
  std::string option;  // option id; "" while not agreed
  std::string from;    // the participant it was taken from; "" when set directly
  std::string note;
};

// The earlier assessment the meeting compares with (a file from months ago, or an earlier
// meeting's agreed view).
struct Baseline {
  std::string label;  // what the people call it: "Check vom 12.08.2026"
  AnswersDocument answers;
};

struct Meeting {
  Language lang = Language::de;
  std::string title;  // free text, e.g. the company; may be empty; changed through set_title
  std::vector<Participant> participants;
  std::map<std::string, AgreedAnswer, std::less<>> agreed;  // by question id
  // Whose figures the joint recommendation uses: figures are facts someone brings, not opinions to
  // vote on. "" = the joint recommendation is made without figures.
  std::string figures_from;
  std::optional<Baseline> baseline;

  const Participant* find(std::string_view name) const;
};

using MeetingChange = Checked<Meeting>;

// Names are trimmed (spaces, tabs, line breaks and no-break spaces at both ends). Two names are the
// same when they are equal after trimming, ignoring case (ASCII and the Latin-1 letters: "müller" =
// "MÜLLER"), with decomposed Latin-1 letters composed ("u" + U+0308 = "ü", as macOS writes file names).
std::string trimmed_name(std::string_view name);
bool same_name(std::string_view a, std::string_view b);

// Refuses an empty or too long name, malformed UTF-8, a line break or control character inside it,
// a name already in the meeting, and a ninth participant. Notes and the baseline's label are checked
// alike (a note may have line breaks).
MeetingChange add_participant(const Meeting& meeting, std::string_view name, AnswersDocument answers);
MeetingChange remove_participant(const Meeting& meeting, std::string_view name);

// A participant's answers from what they sent: an answers document, an exported file or an
// autosaved state saved as a file (core/persistence import_document, which migrates what it can),
// or a share link / its fragment (core/share_link).
Checked<AnswersDocument> read_participant_answers(std::string_view text, const Questionnaire& questionnaire);

// One file among several dropped or named at once.
struct ParticipantFile {
  std::string file_name;  // "ceo.json"; the participant's name when the file does not give one
  std::string text;
};
// The name a file gives its participant: meta "participant" when it is text, else the file name
// without its directory and a final ".json", ".answers.json" or ".txt" (any case).
std::string participant_name_for(const AnswersDocument& answers, std::string_view file_name);

struct ParticipantsAdded {
  Meeting meeting;                 // the meeting with every good file added
  std::vector<std::string> added;  // their names, in file order
  Problems problems;               // one or more per refused file; `where` names the file
};
// Each good file joins the meeting; each bad one is reported and skipped. What was in the meeting stays.
ParticipantsAdded add_participant_files(const Meeting& meeting, const std::vector<ParticipantFile>& files,
                                        const Questionnaire& questionnaire);

// The agreed view. Each refuses an unknown question, an option the question does not have, or a
// participant not in the meeting (or one who did not answer the question).
MeetingChange take_answer(const Meeting& meeting, std::string_view question_id, std::string_view participant,
                          const Questionnaire& questionnaire);
MeetingChange set_agreed_option(const Meeting& meeting, std::string_view question_id, std::string_view option_id,
                                const Questionnaire& questionnaire);
MeetingChange clear_agreed_option(const Meeting& meeting, std::string_view question_id);
MeetingChange set_note(const Meeting& meeting, std::string_view question_id, std::string_view note,
                       const Questionnaire& questionnaire);
MeetingChange set_figures_from(const Meeting& meeting, std::string_view participant);
// Refuses a title longer than the company field (200 characters) or not one line of text.
MeetingChange set_title(const Meeting& meeting, std::string_view title);
MeetingChange set_baseline(const Meeting& meeting, Baseline baseline);

}  // namespace phasecheck

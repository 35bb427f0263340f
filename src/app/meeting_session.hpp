#pragma once
// The meeting page's state and actions (issue #14, docs/meeting.md): one `Meeting` value, replaced
// by what each core operation returns; where people's answers come from (answered right here in the
// check's own flow, files, pasted share links); the screen shown; the texts being typed; messages
// about what happened; the autosave, the meeting file and the printed report. No ImGui, no browser:
// the Platform does the I/O, so it is tested natively against RecordingPlatform.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/assessment_flow.hpp"
#include "app/plain_problem.hpp"
#include "core/brand.hpp"
#include "core/meeting.hpp"
#include "platform/platform.hpp"

namespace phasecheck {

enum class MeetingScreen { participants, answering, compare, agree, baseline, keep };

// What happened, in the reader's words: a message (meeting.json or the questionnaire) and its
// values; a refusal's reason is a message too and fills the message's {reason}.
struct MeetingMessage {
  std::string key;
  TemplateValues values;
  bool problem = false;
  std::string reason;  // message key, e.g. "meeting.reason.full" or a problem.* key
  TemplateValues reason_values;
  std::string action = {};  // "" or "undo_remove": the message offers to take its change back
};
std::string meeting_message_text(const MeetingMessage& message, const Questionnaire& questionnaire, Language language);

class MeetingSession {
 public:
  // Its own key: the check's saved answers (phasecheck.state/1) are never touched by a meeting.
  static constexpr std::string_view kStorageKey = "phasecheck.meeting/1";
  static constexpr std::string_view kSetAsideKey = "phasecheck.meeting/1.set-aside";
  // The person answering at the table (a phasecheck.state/1 whose meta.participant is their name), so
  // that a reload finds them where they were. Kept apart from the meeting: damaged, it costs only itself.
  static constexpr std::string_view kAnsweringKey = "phasecheck.meeting/1.answering";
  static constexpr std::string_view kAnsweringSetAsideKey = "phasecheck.meeting/1.answering.set-aside";
  static constexpr std::string_view kNameField = "meeting:name";
  static constexpr std::string_view kLinkField = "meeting:link";
  static constexpr std::string_view kNotePrefix = "meeting:note:";  // + question id

  MeetingSession(const Questionnaire& questionnaire, const Brand& brand, AssessmentFlow& flow, Platform& platform,
                 std::string report_stylesheet);

  // Once, at start: the autosaved meeting, and the person who was answering at the table, back where
  // they were. Damaged or unreadable data is set aside (never deleted or overwritten) and a message
  // says so; the other of the two still loads.
  void start();
  // After every frame: saves when the meeting, or the answers of the person at the table, changed.
  void after_change();

  const Meeting& meeting() const { return meeting_; }
  MeetingScreen screen() const { return screen_; }
  void show(MeetingScreen screen);
  std::uint64_t revision() const { return revision_; }

  // Texts typed on the page: the name, the pasted link, a note per question. Null for other ids.
  const std::string* text(std::string_view field_id) const;
  bool set_text(std::string_view field_id, std::string value);
  static std::size_t max_text_length(std::string_view field_id);

  // ---- Participants. Each refusal is a message; what is in the meeting stays.
  // Answering right here: the check's flow starts afresh for the name typed; finish adds its answers.
  bool start_answering();
  const std::string& answering_name() const { return answering_name_; }
  bool finish_answering();
  void cancel_answering();
  bool add_link();  // the typed name and the pasted link
  // A file picked or dropped: a participant's answers, or a whole meeting (phasecheck.meeting/1).
  void add_file(const std::string& file_name, std::string_view text);
  void file_refused(const std::string& file_name, const std::string& reason_key);
  // One tap removes; the message that says so offers the undo until the meeting changes otherwise,
  // the screen changes or the message is dismissed (as the check's "start over").
  void remove(std::string_view name);
  bool undo_remove();

  // ---- The agreed view
  void agree(std::string_view question_id, std::string_view option_id);  // taken from the first who chose it
  void use_figures_of(std::string_view name);  // "" = without figures

  // ---- Keep
  void export_file();
  void choose_files() {
    baseline_pick_ = false;
    platform_.pick_file();
  }
  // Before and after: the next file picked is an earlier assessment (a file from months ago, an
  // earlier meeting), set as the baseline under its file name.
  void choose_baseline() {
    baseline_pick_ = true;
    platform_.pick_file();
  }
  std::string report_html(Language language);
  void print_report(Language language);

  const std::vector<MeetingMessage>& messages() const { return messages_; }
  void dismiss(std::size_t index);
  bool saving() const { return saving_; }

 private:
  void changed(Meeting meeting);
  void say(MeetingMessage message);
  // Why a name cannot join ("" when it can): the same rules as core add_participant, in plain words.
  MeetingMessage name_refusal(std::string_view name, const std::string& source) const;
  bool add(const std::string& name, AnswersDocument answers, const std::string& source);
  void refuse(const std::string& source, const Problems& problems, ProblemSource kind);
  void import_meeting(const std::string& file_name, std::string_view text);
  void set_baseline_from(const std::string& file_name, std::string_view text);
  void resume_answering();
  void save_answering();
  void stop_answering();
  void drop_undo();

  const Questionnaire& questionnaire_;
  const Brand& brand_;
  AssessmentFlow& flow_;
  Platform& platform_;
  std::string report_stylesheet_;
  Meeting meeting_;
  MeetingScreen screen_ = MeetingScreen::participants;
  std::string name_draft_, link_draft_;
  std::string answering_name_;
  std::vector<MeetingMessage> messages_;
  std::uint64_t revision_ = 1;
  std::uint64_t saved_revision_ = 0;
  bool saving_ = false;
  bool baseline_pick_ = false;  // the file picker was opened for the baseline
  std::optional<std::uint64_t> saved_answering_revision_;  // the flow's revision last saved for the person at the table
  std::optional<Meeting> before_removal_;  // what "undo" brings back
};

}  // namespace phasecheck

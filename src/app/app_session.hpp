#pragma once
// Everything around one assessment that outlives the page or leaves it by the visitor's hand:
// autosave and resume, share links, export and import, the printed report, text entry, and the
// notices that tell the visitor what happened. No ImGui, no browser: the Platform does the I/O.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/assessment_flow.hpp"
#include "app/plain_problem.hpp"
#include "core/brand.hpp"
#include "core/limits.hpp"
#include "core/persistence.hpp"
#include "platform/platform.hpp"

namespace phasecheck {

struct Notice {
  std::string key;        // message key in the questionnaire, e.g. "notice.import_failed"
  TemplateValues values;  // its placeholders
  bool problem = false;   // shown as an error
  std::string action;     // "", "restore_previous", "undo_restart" or "save_file"
  // Why, in the visitor's words: a message key ("problem.link.cut") and its values; it fills the
  // notice's {detail}.
  std::string reason;
  TemplateValues reason_values;
  // The core's technical description (English, JSON pointers) for support: never in the notice's
  // text; written to the console and copied by "Copy details".
  std::string detail;
  // A plain confirmation ("Link kopiert"): it goes with the visitor's next change of the answers,
  // never on a timer. Problems and offers stay until dismissed.
  bool passing = false;
  std::uint64_t flow_revision = 0;  // the answers it confirmed
};

// What the notice says, in one language: its message with the reason filled in.
std::string notice_text(const Notice& notice, const Questionnaire& questionnaire, Language language);

class AppSession {
 public:
  static constexpr std::string_view kStateKey = "phasecheck.state/1";
  static constexpr std::string_view kSetAsideKey = "phasecheck.state/1.set-aside";
  static constexpr std::string_view kPreviousKey = "phasecheck.state/1.previous";
  static constexpr std::size_t kMaxImportBytes = limits::kDocumentBytes;

  // The printed report's stylesheet is asked for when a report is made: the check's page fetches it
  // with the code that prints (issue #13), after the first question.
  using StylesheetSource = std::function<std::string()>;
  AppSession(const Questionnaire& questionnaire, const Brand& brand, AssessmentFlow& flow, Platform& platform,
             StylesheetSource report_stylesheet);

  // Once, at start: what local storage holds, then the link the page was opened with (if any).
  void start(std::string_view fragment);
  // After every frame: saves when the flow changed since the last save.
  void after_change();
  bool saving() const { return saving_; }

  // The offer to continue an earlier, unfinished assessment.
  struct ResumeOffer {
    std::size_t answered = 0;
    std::string saved_at;
  };
  const std::optional<ResumeOffer>& resume_offer() const { return offer_; }
  void resume();
  void start_fresh();

  // "Start over" (on the result, and the resume offer's): answers, figures, company, notes and the
  // saved state go at once, and a notice offers all of it back ("undo_restart") until the visitor has
  // entered something new and moved on, loaded other answers, or dismissed the notice. No timer: the
  // page stays idle. Nothing is written anywhere meanwhile; the undo lives in this page only.
  void restart();
  bool can_undo_restart() const { return undo_.has_value(); }
  void undo_restart();

  // Share link, files, report. A page opened from a file (the single offline file) has no address
  // anyone else can open: its link points to the brand's public_url, or there is none.
  std::optional<std::string> share_link() const;
  void copy_share_link();
  // The result as plain text (phase, reasons, next steps, indicators) in its language, for an e-mail.
  void copy_result();
  void copy_finished(bool copied);
  void open_link(std::string_view fragment);  // a link pasted into this tab
  void save_file();
  void choose_file() { platform_.pick_file(); }
  void import_file(const std::string& name, std::string_view text);
  void import_refused(const std::string& name, const std::string& reason_key);
  std::optional<std::string> report_html();
  void print_report();
  // The next check: its day as the visitor reads it ("28.02.2027"), none without a result; and
  // the calendar entry for it, saved as phasecheck-recheck-<yyyy-mm-dd>.ics.
  std::optional<std::string> recheck_date();
  void save_recheck();

  // Text entry through the platform's text field. Called every frame while a field is edited;
  // the platform hears of it only when the field appears or moves.
  void edit_text(const TextEditRequest& request);
  void text_changed(const std::string& field_id, std::string value);
  void text_edit_ended(const std::string& field_id);  // the visitor left the field: the flow checks it
  const std::string& editing() const { return editing_; }
  // Opens a field for editing from within the app ("Korrigieren"): its next frame asks the platform.
  void open_field(const std::string& field_id);
  bool opening(std::string_view field_id) const { return opening_ == field_id; }
  // Texts the page keeps outside the flow (the meeting's fields): the sink takes the edits of the
  // ids it knows (returns true), the flow the rest.
  using TextSink = std::function<bool(const std::string& field_id, const std::string& value)>;
  void set_text_sink(TextSink sink) { text_sink_ = std::move(sink); }

  const std::vector<Notice>& notices() const { return notices_; }
  void dismiss_notice(std::size_t index);
  void notice_action(std::size_t index);
  void copy_notice_detail(std::size_t index);  // its outcome arrives at copy_finished
  std::uint64_t revision() const { return revision_; }

 private:
  void notify(std::string key, TemplateValues values = {}, bool problem = false, std::string action = {});
  void confirm(std::string key, TemplateValues values = {});
  void drop_passed_confirmations();
  // A refusal: its reason in plain words, the core's problems for support (console, "Copy details").
  void notify_refusal(std::string key, TemplateValues values, const Problems& problems, ProblemSource source);
  void write_state();
  void set_aside(std::string_view key, const std::string& text);
  void keep_for_undo();
  void expire_undo();
  void drop_undo();

  const Questionnaire& questionnaire_;
  const Brand& brand_;
  AssessmentFlow& flow_;
  Platform& platform_;
  StylesheetSource report_stylesheet_;
  bool saving_ = false;
  std::optional<ResumeOffer> offer_;
  std::optional<SavedState> offered_state_;
  std::uint64_t saved_revision_ = 0;
  std::vector<Notice> notices_;
  enum class Copying { link, detail, result };
  Copying copying_ = Copying::link;  // what the clipboard's answer (copy_finished) is about
  std::string editing_;
  TextSink text_sink_;
  std::string opening_;
  TextEditRequest last_edit_;
  // The visitor's day, read once per result (flow revision) rather than on every frame that shows it,
  // so the date on screen and the one in the calendar file cannot differ.
  const std::string& result_day();
  std::string result_day_;
  std::uint64_t result_day_revision_ = 0;
  std::uint64_t revision_ = 0;  // grows when notices or the offer change (the view redraws)
  struct Undo {
    AssessmentFlow::Snapshot flow;
    std::optional<std::string> stored;  // the saved state exactly as it was in local storage
    std::optional<ResumeOffer> offer;
    std::optional<SavedState> offered_state;
    Screen screen = Screen::intro;  // where the visitor is while nothing new is entered
    std::size_t question = 0;
  };
  std::optional<Undo> undo_;
};

}  // namespace phasecheck

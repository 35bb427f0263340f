#include "app/meeting_session.hpp"

#include <algorithm>

#include "app/saved_screen.hpp"
#include "core/format.hpp"
#include "core/limits.hpp"
#include "core/meeting_document.hpp"
#include "core/meeting_report_html.hpp"
#include "core/persistence.hpp"

namespace phasecheck {
namespace {

bool iso_date_at(std::string_view text, std::size_t at) {
  if (at + 10 > text.size()) return false;
  for (std::size_t i = 0; i < 10; ++i) {
    const char c = text[at + i];
    if ((i == 4 || i == 7) ? c != '-' : (c < '0' || c > '9')) return false;
  }
  return true;
}

// The date an earlier assessment is from: its `meta.date`, else the date the app writes at the end of
// its file names ("phasecheck-Muster-GmbH-2026-03-12.json", "phasecheck-meeting-2026-03-12.json").
std::string assessment_date(const AnswersDocument& answers, std::string_view file_name) {
  const std::string meta = answers.meta_text("date");
  if (iso_date_at(meta, 0)) return meta.substr(0, 10);
  const std::size_t dot = file_name.rfind('.');
  const std::string_view stem = file_name.substr(0, dot == std::string_view::npos ? file_name.size() : dot);
  if (stem.size() >= 10 && iso_date_at(stem, stem.size() - 10)) return std::string(stem.substr(stem.size() - 10));
  return {};
}

}  // namespace

std::string meeting_message_text(const MeetingMessage& message, const Questionnaire& questionnaire, Language language) {
  TemplateValues values = message.values;
  if (!message.reason.empty()) {
    values.push_back({"reason", fill_template(questionnaire.message(message.reason, language), message.reason_values)});
  }
  return fill_template(questionnaire.message(message.key, language), values);
}

MeetingSession::MeetingSession(const Questionnaire& questionnaire, const Brand& brand, AssessmentFlow& flow,
                               Platform& platform, std::string report_stylesheet)
    : questionnaire_(questionnaire), brand_(brand), flow_(flow), platform_(platform),
      report_stylesheet_(std::move(report_stylesheet)) {
  meeting_.lang = flow.language();
}

void MeetingSession::start() {
  saving_ = platform_.storage_available();
  saved_revision_ = revision_;
  if (!saving_) return;
  if (const std::optional<std::string> stored = platform_.storage_read(std::string(kStorageKey))) {
    MeetingRead read = read_meeting_document(*stored, questionnaire_);
    if (read.value) {
      meeting_ = std::move(*read.value);
    } else {
      // Damaged (or from a newer version): kept aside as it was, so a later fix can still read it; the
      // next change saves the meeting afresh under the key.
      platform_.log_problem("meeting.stored_corrupt: " + technical_detail(read.problems));
      platform_.storage_write(std::string(kSetAsideKey), *stored);
      say({"meeting.stored_corrupt", {}, true, {}, {}});
    }
  }
  resume_answering();
}

void MeetingSession::resume_answering() {
  const std::optional<std::string> stored = platform_.storage_read(std::string(kAnsweringKey));
  if (!stored) return;
  StateRead read = decode_state(*stored, questionnaire_);
  const std::string name = read.value ? trimmed_name(read.value->answers.meta_text("participant")) : std::string();
  // A state without the name, or a name the meeting now has, cannot go on: kept aside as it was.
  if (!read.value || name.empty() || meeting_.find(name)) {
    platform_.log_problem("meeting.answering_corrupt: " +
                          (read.problems.empty() ? std::string("no participant to resume") : technical_detail(read.problems)));
    platform_.storage_write(std::string(kAnsweringSetAsideKey), *stored);
    platform_.storage_remove(std::string(kAnsweringKey));
    say({"meeting.answering_corrupt", {}, true, {}, {}});
    return;
  }
  AnswersDocument answers = std::move(read.value->answers);
  answers.meta.erase("participant");
  flow_.restore(answers, screen_from(read.value->screen), read.value->question);
  answering_name_ = name;
  screen_ = MeetingScreen::answering;
  saved_answering_revision_ = flow_.revision();
  say({"meeting.answering_resumed", {{"name", name}}, false, {}, {}});
}

void MeetingSession::save_answering() {
  if (screen_ != MeetingScreen::answering || saved_answering_revision_ == flow_.revision()) return;
  saved_answering_revision_ = flow_.revision();
  SavedState state{flow_.answers(), screen_name(flow_.screen()), flow_.question_index(), platform_.now_iso()};
  state.answers.meta["participant"] = answering_name_;
  // Full storage: the meeting's own save below says so; the answers stay on the page.
  platform_.storage_write(std::string(kAnsweringKey), encode_state(state));
}

// The person at the table is done (added, cancelled or left): nothing to resume after a reload.
void MeetingSession::stop_answering() {
  answering_name_.clear();
  saved_answering_revision_.reset();
  if (saving_) platform_.storage_remove(std::string(kAnsweringKey));
}

void MeetingSession::after_change() {
  if (!saving_) return;
  save_answering();
  if (saved_revision_ == revision_) return;
  saved_revision_ = revision_;
  if (!platform_.storage_write(std::string(kStorageKey), meeting_document_text(meeting_))) {
    saving_ = false;  // full or blocked: the meeting stays on the page; the message offers the file
    say({"meeting.storage_full", {}, true, {}, {}});
  }
}

void MeetingSession::show(MeetingScreen screen) {
  if (screen_ == MeetingScreen::answering && screen != MeetingScreen::answering) stop_answering();
  // Confirmations (and the undo they offer) belong to the screen they happened on; refusals stay until dismissed.
  if (screen != screen_) {
    drop_undo();
    messages_.erase(std::remove_if(messages_.begin(), messages_.end(), [](const MeetingMessage& m) { return !m.problem; }),
                    messages_.end());
  }
  screen_ = screen;
  platform_.request_frames(2);
}

void MeetingSession::changed(Meeting meeting) {
  drop_undo();  // the undo brings back the meeting as it was, so it ends with any other change
  meeting_ = std::move(meeting);
  ++revision_;
  platform_.request_frames(2);
}

void MeetingSession::say(MeetingMessage message) {
  // A newer message about the same thing replaces the older, and a confirmation ("KAM ist dabei") the
  // confirmations before it: they must not push the meeting down the screen. Refusals stay until dismissed.
  messages_.erase(std::remove_if(messages_.begin(), messages_.end(),
                                 [&](const MeetingMessage& m) {
                                   return (m.key == message.key && m.values == message.values) || (!m.problem && !message.problem);
                                 }),
                  messages_.end());
  if (messages_.size() >= 6) messages_.erase(messages_.begin());
  messages_.push_back(std::move(message));
  platform_.request_frames(2);
}

void MeetingSession::dismiss(std::size_t index) {
  if (index >= messages_.size()) return;
  if (!messages_[index].action.empty()) before_removal_.reset();  // dismissing the offer confirms the removal
  messages_.erase(messages_.begin() + static_cast<std::ptrdiff_t>(index));
  platform_.request_frames(2);
}

const std::string* MeetingSession::text(std::string_view field_id) const {
  if (field_id == kNameField) return &name_draft_;
  if (field_id == kLinkField) return &link_draft_;
  if (field_id.substr(0, kNotePrefix.size()) == kNotePrefix) {
    static const std::string none;
    const auto it = meeting_.agreed.find(field_id.substr(kNotePrefix.size()));
    return it == meeting_.agreed.end() ? &none : &it->second.note;
  }
  return nullptr;
}

std::size_t MeetingSession::max_text_length(std::string_view field_id) {
  if (field_id == kNameField) return limits::kParticipantNameCharacters;
  if (field_id == kLinkField) return limits::kLinkCharacters;
  return limits::kMeetingNoteCharacters;
}

bool MeetingSession::set_text(std::string_view field_id, std::string value) {
  if (field_id == kNameField) name_draft_ = std::move(value);
  else if (field_id == kLinkField) link_draft_ = std::move(value);
  else if (field_id.substr(0, kNotePrefix.size()) == kNotePrefix) {
    // Over the limit the core refuses the note: the field keeps showing what is saved.
    MeetingChange change = set_note(meeting_, field_id.substr(kNotePrefix.size()), value, questionnaire_);
    if (change.value) changed(std::move(*change.value));
  } else {
    return false;
  }
  platform_.request_frames(2);
  return true;
}

MeetingMessage MeetingSession::name_refusal(std::string_view name, const std::string& source) const {
  const std::string trimmed = trimmed_name(name);
  const auto refusal = [&](std::string reason, TemplateValues reason_values = {}) {
    const std::string& named = source.empty() ? trimmed : source;
    // Nothing to name (no name typed yet): the reason alone says it.
    if (named.empty()) return MeetingMessage{std::move(reason), std::move(reason_values), true, {}, {}};
    return MeetingMessage{"meeting.refused", {{"source", named}}, true, std::move(reason), std::move(reason_values)};
  };
  if (meeting_.participants.size() >= limits::kMeetingParticipants) return refusal("meeting.reason.full");
  if (trimmed.empty()) return refusal("meeting.reason.no_name");
  if (limits::characters(trimmed) > limits::kParticipantNameCharacters) return refusal("meeting.reason.name_too_long");
  if (meeting_.find(trimmed)) return refusal("meeting.reason.duplicate", {{"name", trimmed}});
  return {};
}

bool MeetingSession::add(const std::string& name, AnswersDocument answers, const std::string& source) {
  if (MeetingMessage refusal = name_refusal(name, source); !refusal.key.empty()) {
    say(std::move(refusal));
    return false;
  }
  MeetingChange change = add_participant(meeting_, name, std::move(answers));
  if (!change.value) {
    refuse(source.empty() ? name : source, change.problems, ProblemSource::file);
    return false;
  }
  changed(std::move(*change.value));
  say({"meeting.added", {{"name", trimmed_name(name)}}, false, {}, {}});
  return true;
}

void MeetingSession::refuse(const std::string& source, const Problems& problems, ProblemSource kind) {
  const Problem unknown{"", "no problem was named"};
  PlainProblem reason = plain_problem(problems.empty() ? unknown : problems.front(), kind, questionnaire_);
  platform_.log_problem(source + ": " + technical_detail(problems));
  say({"meeting.refused", {{"source", source}}, true, std::move(reason.key), std::move(reason.values)});
}

bool MeetingSession::start_answering() {
  if (MeetingMessage refusal = name_refusal(name_draft_, ""); !refusal.key.empty()) {
    say(std::move(refusal));
    return false;
  }
  answering_name_ = trimmed_name(name_draft_);
  flow_.restart();
  flow_.start();
  screen_ = MeetingScreen::answering;
  saved_answering_revision_.reset();  // saved from the first question on, so a reload finds the name
  platform_.request_frames(2);
  return true;
}

bool MeetingSession::finish_answering() {
  if (screen_ != MeetingScreen::answering || !flow_.report()) return false;
  if (!add(answering_name_, flow_.answers(), "")) return false;
  name_draft_.clear();
  flow_.restart();  // the next person starts afresh; their answers are in the meeting now
  // Back to the participants with the confirmation that they joined (show() would drop it).
  screen_ = MeetingScreen::participants;
  stop_answering();
  platform_.request_frames(2);
  return true;
}

void MeetingSession::cancel_answering() {
  flow_.restart();
  show(MeetingScreen::participants);
}

bool MeetingSession::add_link() {
  const std::string link = trimmed_name(link_draft_);
  if (link.empty()) {
    say({"meeting.reason.no_link", {}, true, {}, {}});
    return false;
  }
  if (MeetingMessage refusal = name_refusal(name_draft_, ""); !refusal.key.empty()) {
    say(std::move(refusal));
    return false;
  }
  Checked<AnswersDocument> read = read_participant_answers(link, questionnaire_);
  if (!read.value) {
    refuse(trimmed_name(name_draft_), read.problems, ProblemSource::link);
    return false;
  }
  if (!add(name_draft_, std::move(*read.value), "")) return false;
  name_draft_.clear();
  link_draft_.clear();
  return true;
}

void MeetingSession::add_file(const std::string& file_name, std::string_view text) {
  if (baseline_pick_) {
    baseline_pick_ = false;
    set_baseline_from(file_name, text);
    return;
  }
  if (text.find(kMeetingSchema) != std::string_view::npos) {
    import_meeting(file_name, text);
    return;
  }
  Checked<AnswersDocument> read = read_participant_answers(text, questionnaire_);
  if (!read.value) {
    refuse(file_name, read.problems, ProblemSource::file);
    return;
  }
  const std::string name = participant_name_for(*read.value, file_name);
  add(name, std::move(*read.value), file_name);
}

void MeetingSession::file_refused(const std::string& file_name, const std::string& reason_key) {
  say({"meeting.refused", {{"source", file_name}}, true, reason_key, {{"name", file_name}}});
}

void MeetingSession::import_meeting(const std::string& file_name, std::string_view text) {
  MeetingRead read = read_meeting_document(text, questionnaire_);
  if (!read.value) {
    const Problem unknown{"", "no problem was named"};
    PlainProblem reason = plain_problem(read.problems.empty() ? unknown : read.problems.front(), ProblemSource::file,
                                        questionnaire_);
    platform_.log_problem(file_name + ": " + technical_detail(read.problems));
    say({"meeting.import_failed", {{"name", file_name}}, true, std::move(reason.key), std::move(reason.values)});
    return;
  }
  // The meeting on the page is not lost: it stays on this device under its own key.
  if (!meeting_.participants.empty() || !meeting_.agreed.empty()) {
    platform_.storage_write(std::string(kSetAsideKey), meeting_document_text(meeting_));
  }
  changed(std::move(*read.value));
  say({"meeting.imported", {{"name", file_name}}, false, {}, {}});
}

void MeetingSession::set_baseline_from(const std::string& file_name, std::string_view text) {
  Checked<AnswersDocument> read = read_baseline_answers(text, questionnaire_);
  MeetingChange change;
  if (read.value) {
    // "Check vom 12.03.2026" reads better than a file name; without a date the file name says what it is.
    const std::string date = assessment_date(*read.value, file_name);
    const std::string label = date.empty() ? file_name
                                           : fill_template(questionnaire_.message("meeting.baseline.label", flow_.language()),
                                                           {{"date", format_iso_date(date, flow_.language())}});
    change = set_baseline(meeting_, Baseline{label, std::move(*read.value)});
  }
  if (!change.value) {
    const Problems& problems = read.value ? change.problems : read.problems;
    const Problem unknown{"", "no problem was named"};
    PlainProblem reason = plain_problem(problems.empty() ? unknown : problems.front(), ProblemSource::file, questionnaire_);
    platform_.log_problem(file_name + ": " + technical_detail(problems));
    say({"meeting.baseline_failed", {{"name", file_name}}, true, std::move(reason.key), std::move(reason.values)});
    return;
  }
  changed(std::move(*change.value));
  say({"meeting.baseline_set", {{"name", file_name}}, false, {}, {}});
}

void MeetingSession::remove(std::string_view name) {
  const std::string removed = trimmed_name(name);
  MeetingChange change = remove_participant(meeting_, name);
  if (!change.value) return;  // not in the meeting (a stale tap): nothing to do
  Meeting before = meeting_;
  changed(std::move(*change.value));
  before_removal_ = std::move(before);
  say({"meeting.removed", {{"name", removed}}, false, {}, {}, "undo_remove"});
}

bool MeetingSession::undo_remove() {
  if (!before_removal_) return false;
  std::string name;
  for (const auto& p : before_removal_->participants) {
    if (!meeting_.find(p.name)) name = p.name;
  }
  changed(std::move(*before_removal_));  // as it was: in its place, with what was taken from them
  say({"meeting.remove_undone", {{"name", name}}, false, {}, {}});
  return true;
}

void MeetingSession::drop_undo() {
  before_removal_.reset();
  messages_.erase(std::remove_if(messages_.begin(), messages_.end(), [](const MeetingMessage& m) { return !m.action.empty(); }),
                  messages_.end());
}

void MeetingSession::agree(std::string_view question_id, std::string_view option_id) {
  const auto it = meeting_.agreed.find(question_id);
  MeetingChange change;
  if (it != meeting_.agreed.end() && it->second.option == option_id) {
    change = clear_agreed_option(meeting_, question_id);  // tapped again: not agreed after all
  } else {
    const auto chose = std::find_if(meeting_.participants.begin(), meeting_.participants.end(),
                                    [&](const Participant& p) { return p.answers.answer(question_id) == option_id; });
    change = chose != meeting_.participants.end() ? take_answer(meeting_, question_id, chose->name, questionnaire_)
                                                  : set_agreed_option(meeting_, question_id, option_id, questionnaire_);
  }
  if (change.value) changed(std::move(*change.value));
  else refuse(std::string(question_id), change.problems, ProblemSource::file);
}

void MeetingSession::use_figures_of(std::string_view name) {
  MeetingChange change = set_figures_from(meeting_, name);
  if (change.value) changed(std::move(*change.value));
}

void MeetingSession::export_file() {
  const std::string name = "phasecheck-meeting-" + platform_.local_iso_date() + ".json";
  platform_.download(name, meeting_document_text(meeting_));
  say({"meeting.exported", {{"name", name}}, false, {}, {}});
}

std::string MeetingSession::report_html(Language language) {
  Meeting meeting = meeting_;
  meeting.lang = language;
  const std::string date = format_iso_date(platform_.local_iso_date(), language);
  return meeting_report_html({meeting, questionnaire_, brand_, date, report_stylesheet_});
}

void MeetingSession::print_report(Language language) {
  if (!platform_.open_report(report_html(language))) say({"notice.report_blocked", {}, true, {}, {}});
}

}  // namespace phasecheck

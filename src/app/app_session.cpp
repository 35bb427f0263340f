#include "app/app_session.hpp"

#include <algorithm>

#include "app/saved_screen.hpp"
#include "core/format.hpp"
#include "core/recheck.hpp"
#include "core/report_html.hpp"
#include "core/share_link.hpp"
#include "core/text_report.hpp"

namespace phasecheck {
namespace {

constexpr std::size_t kMaxNotices = 4;

}  // namespace

AppSession::AppSession(const Questionnaire& questionnaire, const Brand& brand, AssessmentFlow& flow, Platform& platform,
                       StylesheetSource report_stylesheet)
    : questionnaire_(questionnaire), brand_(brand), flow_(flow), platform_(platform),
      report_stylesheet_(std::move(report_stylesheet)) {}

std::string notice_text(const Notice& notice, const Questionnaire& questionnaire, Language language) {
  TemplateValues values = notice.values;
  if (!notice.reason.empty()) {
    values.push_back({"detail", fill_template(questionnaire.message(notice.reason, language), notice.reason_values)});
  }
  return fill_template(questionnaire.message(notice.key, language), values);
}

void AppSession::notify_refusal(std::string key, TemplateValues values, const Problems& problems, ProblemSource source) {
  const Problem unknown{"", "no problem was named"};
  PlainProblem reason = plain_problem(problems.empty() ? unknown : problems.front(), source, questionnaire_);
  std::string detail = technical_detail(problems);
  platform_.log_problem(key + ": " + detail);
  notify(std::move(key), std::move(values), true);
  Notice& notice = notices_.back();
  notice.reason = std::move(reason.key);
  notice.reason_values = std::move(reason.values);
  notice.detail = std::move(detail);
}

void AppSession::notify(std::string key, TemplateValues values, bool problem, std::string action) {
  // The same notice again (a second press of "Link kopieren") replaces the first rather than stacking.
  notices_.erase(std::remove_if(notices_.begin(), notices_.end(),
                                [&](const Notice& n) { return n.key == key && n.action != "undo_restart"; }),
                 notices_.end());
  if (notices_.size() >= kMaxNotices) notices_.erase(notices_.begin());
  Notice notice;
  notice.key = std::move(key);
  notice.values = std::move(values);
  notice.problem = problem;
  notice.action = std::move(action);
  notices_.push_back(std::move(notice));
  ++revision_;
  platform_.request_frames(2);
  expire_undo();  // its notice may have made room for this one
}

void AppSession::confirm(std::string key, TemplateValues values) {
  notify(std::move(key), std::move(values));
  notices_.back().passing = true;
  notices_.back().flow_revision = flow_.revision();
}

void AppSession::drop_passed_confirmations() {
  const auto passed = [&](const Notice& n) { return n.passing && n.flow_revision != flow_.revision(); };
  const auto end = std::remove_if(notices_.begin(), notices_.end(), passed);
  if (end == notices_.end()) return;
  notices_.erase(end, notices_.end());
  ++revision_;
  platform_.request_frames(2);
}

void AppSession::set_aside(std::string_view key, const std::string& text) {
  platform_.storage_write(std::string(key), text);
}

void AppSession::start(std::string_view fragment) {
  saving_ = platform_.storage_available();
  if (!saving_) notify("notice.storage_off");

  std::optional<std::string> stored = saving_ ? platform_.storage_read(std::string(kStateKey)) : std::nullopt;
  StateRead read = decode_state(stored.value_or(""), questionnaire_);
  switch (read.status) {
    case StateStatus::empty: break;
    case StateStatus::corrupt:
      set_aside(kSetAsideKey, *stored);  // kept for a human to look at, never silently dropped
      platform_.storage_remove(std::string(kStateKey));
      notify_refusal("notice.stored_corrupt", {}, read.problems, ProblemSource::stored);
      break;
    case StateStatus::newer:
      saving_ = false;  // never overwrite what a newer version wrote
      notify("notice.stored_newer", {}, true);
      break;
    case StateStatus::migrated:
      notify("notice.stored_migrated", {{"count", std::to_string(read.problems.size())}});
      [[fallthrough]];
    case StateStatus::restored:
      if (!read.value->answers.answers.empty() || !read.value->answers.meta.empty()) {
        offer_ = ResumeOffer{read.value->answers.answers.size(), read.value->saved_at};
        offered_state_ = std::move(read.value);
      }
      break;
  }
  saved_revision_ = flow_.revision();
  if (fragment.size() > 1) open_link(fragment);
}

void AppSession::resume() {
  if (!offered_state_) return;
  flow_.restore(offered_state_->answers, screen_from(offered_state_->screen), offered_state_->question);
  offer_.reset();
  offered_state_.reset();
  ++revision_;
}

void AppSession::start_fresh() { restart(); }

void AppSession::restart() {
  keep_for_undo();
  offer_.reset();
  offered_state_.reset();
  if (saving_) platform_.storage_remove(std::string(kStateKey));
  flow_.restart();
  saved_revision_ = flow_.revision();
  ++revision_;
  notify("notice.restarted", {}, false, "undo_restart");
}

void AppSession::keep_for_undo() {
  drop_undo();  // one undo at a time
  Undo undo;
  undo.flow = flow_.snapshot();
  if (saving_) undo.stored = platform_.storage_read(std::string(kStateKey));
  undo.offer = offer_;
  undo.offered_state = offered_state_;
  undo_ = std::move(undo);
}

void AppSession::undo_restart() {
  if (!undo_) return;
  Undo undo = std::move(*undo_);
  drop_undo();
  const Language visitor_language = flow_.language();
  flow_.restore(undo.flow);
  offer_ = std::move(undo.offer);
  offered_state_ = std::move(undo.offered_state);
  // The saved state goes back byte for byte, its date too; after a language switch since, the
  // next save brings it up to date (an offer stays as it was stored).
  if (saving_ && undo.stored) platform_.storage_write(std::string(kStateKey), *undo.stored);
  if (undo.flow.answers.lang == visitor_language) saved_revision_ = flow_.revision();
  ++revision_;
  platform_.request_frames(2);
}

void AppSession::drop_undo() {
  undo_.reset();
  for (std::size_t i = 0; i < notices_.size(); ++i) {
    if (notices_[i].action != "undo_restart") continue;
    notices_.erase(notices_.begin() + static_cast<std::ptrdiff_t>(i));
    ++revision_;
    platform_.request_frames(2);
    break;
  }
}

// The undo ends once the visitor has entered something new and moved on from where they entered it
// (a screen or question later: the notice never vanishes under a finger), or when its notice is gone.
void AppSession::expire_undo() {
  if (!undo_) return;
  const bool listed = std::any_of(notices_.begin(), notices_.end(), [](const Notice& n) { return n.action == "undo_restart"; });
  const bool entered = !flow_.answers().answers.empty() || !flow_.answers().meta.empty();
  const bool moved = flow_.screen() != undo_->screen || flow_.question_index() != undo_->question;
  if (!listed || (entered && moved)) {
    drop_undo();
    return;
  }
  if (!entered) {
    undo_->screen = flow_.screen();
    undo_->question = flow_.question_index();
  }
}

void AppSession::after_change() {
  if (flow_.revision() == saved_revision_) return;
  saved_revision_ = flow_.revision();
  expire_undo();
  drop_passed_confirmations();
  // An unanswered offer still holds the visitor's earlier work: starting anything else first
  // moves it aside rather than overwriting it. A language switch on the intro is not "anything else".
  if (offered_state_ && flow_.screen() == Screen::intro && flow_.answers().answers.empty()) return;
  if (offered_state_ && saving_) {
    set_aside(kPreviousKey, encode_state(*offered_state_));
    offer_.reset();
    offered_state_.reset();
    ++revision_;
  }
  write_state();
}

void AppSession::write_state() {
  if (!saving_) return;
  if (flow_.answers().answers.empty() && flow_.answers().meta.empty()) {
    platform_.storage_remove(std::string(kStateKey));  // nothing worth offering back
    return;
  }
  SavedState state{flow_.answers(), screen_name(flow_.screen()), flow_.question_index(), platform_.now_iso()};
  if (platform_.storage_write(std::string(kStateKey), encode_state(state))) return;
  saving_ = false;
  notify("notice.storage_full", {}, true);
}

std::optional<std::string> AppSession::share_link() const {
  const std::string page = platform_.page_address();
  const std::string fragment = "#" + encode_share_fragment(flow_.answers());
  if (page.rfind("file:", 0) != 0) return page + fragment;
  if (!brand_.public_url.empty()) return brand_.public_url + fragment;
  return std::nullopt;
}

void AppSession::copy_share_link() {
  const std::optional<std::string> link = share_link();
  if (!link) {
    notify("notice.link_offline", {}, true, "save_file");
    return;
  }
  copying_ = Copying::link;
  platform_.copy_text(*link);
}

void AppSession::copy_result() {
  const std::optional<Report>& report = flow_.report();
  if (!report) return;
  copying_ = Copying::result;
  platform_.copy_text(report_to_text(*report, questionnaire_));
}

void AppSession::copy_notice_detail(std::size_t index) {
  if (index >= notices_.size() || notices_[index].detail.empty()) return;
  copying_ = Copying::detail;
  platform_.copy_text(notices_[index].detail);
}

void AppSession::copy_finished(bool copied) {
  switch (copying_) {
    case Copying::detail:
      if (copied) confirm("notice.details_copied");
      else notify("notice.details_copy_failed", {}, true);
      break;
    case Copying::result:
      if (copied) confirm("notice.result_copied");
      else notify("notice.result_copy_failed", {}, true);  // "Bericht drucken" is right there
      break;
    case Copying::link:
      if (copied) confirm("notice.link_copied");
      else notify("notice.copy_failed", {{"link", share_link().value_or("")}}, true);
      break;
  }
  copying_ = Copying::link;
}

void AppSession::open_link(std::string_view fragment) {
  ShareRead read = decode_share_fragment(fragment, questionnaire_);
  platform_.clear_fragment();  // a reload must not apply the link again over later changes
  if (!read.value) {
    notify_refusal("notice.link_failed", {}, read.problems, ProblemSource::link);
    return;
  }
  // The visitor's earlier work is kept aside, with a way back.
  const bool had_work = !flow_.answers().answers.empty() || offered_state_;
  if (had_work && saving_) {
    const SavedState previous = offered_state_ ? *offered_state_
                                               : SavedState{flow_.answers(), screen_name(flow_.screen()), flow_.question_index(),
                                                            platform_.now_iso()};
    set_aside(kPreviousKey, encode_state(previous));
  }
  offer_.reset();
  offered_state_.reset();
  flow_.load(*read.value);
  if (had_work && saving_) notify("notice.link_loaded", {}, false, "restore_previous");
  else confirm("notice.link_loaded");
}

void AppSession::save_file() {
  const std::string company = flow_.answers().meta_text("company");
  platform_.download(export_filename(company, platform_.now_iso()), export_document(flow_.answers(), flow_.report()));
}

void AppSession::import_file(const std::string& name, std::string_view text) {
  if (text.size() > kMaxImportBytes) {
    import_refused(name, "notice.file_too_large");
    return;
  }
  ImportRead read = import_document(text, questionnaire_);
  if (!read.value) {
    notify_refusal("notice.import_failed", {{"name", name}}, read.problems, ProblemSource::file);
    return;
  }
  offer_.reset();
  offered_state_.reset();
  flow_.load(*read.value);
  confirm(read.migrated ? "notice.import_migrated" : "notice.import_done", {{"name", name}});
}

void AppSession::import_refused(const std::string& name, const std::string& reason_key) {
  notify(reason_key, {{"name", name}}, true);
}

std::optional<std::string> AppSession::report_html() {
  if (!flow_.report()) return std::nullopt;
  const std::string today = platform_.local_iso_date();
  const std::string date = format_iso_date(today, flow_.language());
  const std::string stylesheet = report_stylesheet_();
  return phasecheck::report_html({*flow_.report(), flow_.answers(), questionnaire_, brand_, date, stylesheet, today});
}

void AppSession::print_report() {
  auto html = report_html();
  if (html && !platform_.open_report(*html)) notify("notice.report_blocked", {}, true);
}

const std::string& AppSession::result_day() {
  if (result_day_.empty() || result_day_revision_ != flow_.revision()) {
    result_day_ = platform_.local_iso_date();
    result_day_revision_ = flow_.revision();
  }
  return result_day_;
}

std::optional<std::string> AppSession::recheck_date() {
  if (!flow_.report()) return std::nullopt;
  const std::optional<Date> today = parse_iso_date(result_day());
  if (!today) return std::nullopt;
  return format_iso_date(iso_date(phasecheck::recheck_date(*flow_.report(), *today)), flow_.report()->lang);
}

void AppSession::save_recheck() {
  if (!flow_.report()) return;
  const std::string& day = result_day();
  const std::optional<Date> today = parse_iso_date(day);
  if (!today) return;
  const std::optional<std::string> ics = recheck_ics({*flow_.report(), questionnaire_, platform_.now_iso(), platform_.page_address(), day});
  if (ics) platform_.download(recheck_filename(phasecheck::recheck_date(*flow_.report(), *today)), *ics);
}

void AppSession::edit_text(const TextEditRequest& request) {
  const bool same = editing_ == request.id && last_edit_.x == request.x && last_edit_.y == request.y &&
                    last_edit_.width == request.width && last_edit_.height == request.height;
  if (opening_ == request.id) opening_.clear();
  if (same) return;
  editing_ = request.id;
  last_edit_ = request;
  platform_.edit_text(request);
}

void AppSession::text_changed(const std::string& field_id, std::string value) {
  if (!text_sink_ || !text_sink_(field_id, value)) flow_.set_text(field_id, std::move(value));
  platform_.request_frames(2);
}

void AppSession::text_edit_ended(const std::string& field_id) {
  if (editing_ == field_id) {
    editing_.clear();
    last_edit_ = {};
  }
  flow_.leave_field(field_id);
  platform_.request_frames(2);
}

void AppSession::open_field(const std::string& field_id) {
  opening_ = field_id;
  platform_.request_frames(2);
}

void AppSession::dismiss_notice(std::size_t index) {
  if (index >= notices_.size()) return;
  notices_.erase(notices_.begin() + static_cast<std::ptrdiff_t>(index));
  ++revision_;
  platform_.request_frames(2);
  expire_undo();  // dismissing the offer to undo confirms the deletion
}

void AppSession::notice_action(std::size_t index) {
  if (index < notices_.size() && notices_[index].action == "undo_restart") {
    undo_restart();
    return;
  }
  if (index < notices_.size() && notices_[index].action == "save_file") {
    dismiss_notice(index);
    save_file();
    return;
  }
  if (index >= notices_.size() || notices_[index].action != "restore_previous") return;
  const std::optional<std::string> previous = platform_.storage_read(std::string(kPreviousKey));
  StateRead read = decode_state(previous.value_or(""), questionnaire_);
  dismiss_notice(index);
  if (!read.value) return;
  flow_.restore(read.value->answers, screen_from(read.value->screen), read.value->question);
  platform_.storage_remove(std::string(kPreviousKey));
}

}  // namespace phasecheck

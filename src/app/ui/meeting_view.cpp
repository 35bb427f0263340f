#include "app/ui/meeting_view.hpp"

#include <algorithm>

#include "app/ui/widgets.hpp"

namespace phasecheck::ui {
namespace {

struct Tab {
  MeetingScreen screen;
  const char* id;
  const char* key;
};
constexpr Tab kTabs[] = {{MeetingScreen::participants, "tab:participants", "meeting.tab.participants"},
                         {MeetingScreen::compare, "tab:compare", "meeting.tab.compare"},
                         {MeetingScreen::agree, "tab:agree", "meeting.tab.agree"},
                         {MeetingScreen::baseline, "tab:baseline", "meeting.tab.baseline"},
                         {MeetingScreen::keep, "tab:keep", "meeting.tab.keep"}};

// Five tabs in a row on a tablet, two a row on a phone; the screen shown is the filled one.
void draw_tabs(UiContext& ui, MeetingSession& session) {
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const int per_row = ui.compact ? 2 : static_cast<int>(std::size(kTabs));
  const float width = (ui.column_width - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
  open_container(ui, "nav:meeting", "list");
  int at = 0;
  for (const Tab& tab : kTabs) {
    if (at % per_row != 0) ImGui::SameLine();
    const std::string label = fill_template(ui.text(tab.key), {{"count", std::to_string(session.meeting().participants.size())}});
    const bool pressed = session.screen() == tab.screen ? primary_button(ui, tab.id, label, width)
                                                        : secondary_button(ui, tab.id, label, width);
    if (pressed) session.show(tab.screen);
    ++at;
  }
  close_container(ui);
}

}  // namespace

void draw_meeting_messages(UiContext& ui, MeetingSession& session) {
  const auto& messages = session.messages();
  for (std::size_t i = 0; i < messages.size(); ++i) {
    const MeetingMessage& m = messages[i];
    UiContext inner = begin_panel(ui);
    message_paragraph(inner, "message:" + std::to_string(i), m.problem ? "alert" : "status",
                      meeting_message_text(m, ui.questionnaire, ui.lang()), nullptr, m.problem ? ui.palette.error : 0);
    const bool undone = m.action == "undo_remove" &&
                        text_button(inner, "button:undo_remove", ui.text("meeting.remove.undo"), ui.fonts.small);
    if (!m.action.empty()) ImGui::SameLine();
    const bool dismissed = text_button(inner, "button:dismiss:" + std::to_string(i), ui.text("notice.dismiss"), ui.fonts.small);
    end_panel(ui, 0, m.problem ? ui.palette.error : 0);
    if (undone) {
      session.undo_remove();
      break;  // the list changed under the loop
    }
    if (dismissed) {
      session.dismiss(i);
      break;  // the list changed under the loop
    }
  }
}

const MeetingFigures& MeetingView::figures(const UiContext& ui) {
  if (!figures_ || figures_->revision != session_.revision() || figures_->lang != ui.lang()) {
    MeetingFigures f;
    f.revision = session_.revision();
    f.lang = ui.lang();
    const Meeting& m = session_.meeting();
    f.divergence = meeting_divergence(m, ui.questionnaire);
    f.results = participant_results(m, ui.questionnaire, ui.lang());
    std::vector<const Report*> reports;
    for (const auto& r : f.results) reports.push_back(r.value ? &*r.value : nullptr);
    f.indicators = indicators_side_by_side(reports);
    f.joint = joint_result(m, ui.questionnaire, ui.lang());
    if (m.baseline) f.baseline = compare_with_baseline(m.baseline->answers, agreed_answers(m), ui.questionnaire, ui.lang());
    figures_ = std::move(f);
  }
  return *figures_;
}

std::string meeting_result_line(const UiContext& ui, const EvaluateOutcome& outcome) {
  if (!outcome.value) {
    return fill_template(ui.text("meeting.participant.incomplete"), {{"count", std::to_string(outcome.problems.size())}});
  }
  const Report& r = *outcome.value;
  return fill_template(ui.text("meeting.participant.result"),
                       {{"phase", r.phase_label}, {"title", r.title}, {"confidence", r.confidence.label}});
}

// A tab chosen: the screen reader's focus goes to the meeting's heading and hears which screen it is.
PageExtension::Step MeetingView::step(const Questionnaire& questionnaire, Language language) const {
  std::string screen;
  for (const Tab& tab : kTabs) {
    if (tab.screen == session_.screen()) {
      screen = fill_template(questionnaire.message(tab.key, language),
                             {{"count", std::to_string(session_.meeting().participants.size())}});
    }
  }
  return {"heading:meeting", questionnaire.message("meeting.title", language) + ": " + screen, screen};
}

bool MeetingView::draw_screen(UiContext& ui) {
  if (session_.screen() == MeetingScreen::answering) return false;
  heading(ui, "heading:meeting", 1, ui.text("meeting.title"), ui.fonts.heading);
  paragraph(ui, ui.text("meeting.lead"), ui.fonts.small, ui.palette.text_muted);
  spacing(8.f);
  draw_tabs(ui, session_);
  spacing(8.f);
  // On the participants screen they stand right above the panel whose buttons caused them.
  if (session_.screen() != MeetingScreen::participants) draw_meeting_messages(ui, session_);
  const MeetingFigures& f = figures(ui);
  switch (session_.screen()) {
    case MeetingScreen::participants: draw_meeting_participants(ui, session_, f); break;
    case MeetingScreen::compare: draw_meeting_compare(ui, session_, f); break;
    case MeetingScreen::agree: draw_meeting_agree(ui, session_, f); break;
    case MeetingScreen::baseline: draw_meeting_baseline(ui, session_, f); break;
    case MeetingScreen::keep: draw_meeting_keep(ui, session_); break;
    case MeetingScreen::answering: break;
  }
  return true;
}

// Someone answers right here: the check's screens show, and this bar says for whom and, once there
// is a result, adds the answers to the meeting.
void MeetingView::after_check_screen(UiContext& ui) {
  spacing(12.f);
  draw_meeting_messages(ui, session_);  // panels are not nested
  UiContext inner = begin_panel(ui);
  paragraph(inner, fill_template(ui.text("meeting.answering"), {{"name", session_.answering_name()}}));
  if (ui.flow.report() &&
      primary_button(inner, "button:add_to_meeting",
                     fill_template(ui.text("meeting.answering.add"), {{"name", session_.answering_name()}}),
                     inner.column_width)) {
    session_.finish_answering();
  }
  if (secondary_button(inner, "button:back_to_meeting", ui.text("meeting.answering.cancel"),
                       ui.compact ? inner.column_width : 0)) {
    session_.cancel_answering();
  }
  end_panel(ui);
}

}  // namespace phasecheck::ui

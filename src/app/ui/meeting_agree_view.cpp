// Meeting mode: the agreed view (per question the meeting's answer, taken from a person or set, and a
// note; what is still open; the joint recommendation once every required question is agreed), and
// keeping the meeting (autosave state, the meeting file, the printed report).
#include "app/ui/meeting_view.hpp"
#include "app/ui/widgets.hpp"

namespace phasecheck::ui {
namespace {

void draw_joint(UiContext& ui, const MeetingFigures& figures) {
  UiContext inner = begin_panel(ui);
  heading(inner, "heading:joint", 2, ui.text("report.meeting.joint"), ui.fonts.heading);
  int required = 0;
  for (const auto& open : figures.joint.open) required += open.required ? 1 : 0;
  if (figures.joint.report) {
    paragraph(inner, meeting_result_line(ui, EvaluateOutcome{figures.joint.report, {}}), ui.fonts.strong);
    paragraph(inner, figures.joint.report->summary, ui.fonts.small);
  } else {
    message_paragraph(inner, "hint:joint", "status", ui.text("report.meeting.joint_waiting"), nullptr, ui.palette.text_muted);
  }
  if (!figures.joint.open.empty()) {
    paragraph(inner, fill_template(ui.text("meeting.agree.open"), {{"count", std::to_string(figures.joint.open.size())},
                                                                     {"required", std::to_string(required)}}),
              ui.fonts.small, ui.palette.text_muted);
  }
  end_panel(ui);
}

}  // namespace

void draw_meeting_agree(UiContext& ui, MeetingSession& session, const MeetingFigures& figures) {
  const Meeting& meeting = session.meeting();
  if (meeting.participants.empty()) {
    paragraph(ui, ui.text("meeting.compare.empty"), nullptr, ui.palette.text_muted);
    return;
  }
  draw_joint(ui, figures);
  // Whose figures the joint recommendation uses: facts someone brings, not opinions to vote on.
  if (!figures.indicators.empty()) {
    paragraph(ui, ui.text("meeting.agree.figures_title"), ui.fonts.strong);
    if (option_card(ui, "card:figures:none", ui.text("meeting.agree.figures_none"), 0, meeting.figures_from.empty())) {
      session.use_figures_of("");
      return;
    }
    for (const auto& p : meeting.participants) {
      if (option_card(ui, "card:figures:" + p.name, fill_template(ui.text("meeting.agree.figures"), {{"name", p.name}}), 0,
                      meeting.figures_from == p.name)) {
        session.use_figures_of(meeting.figures_from == p.name ? "" : p.name);
        return;
      }
    }
  }
  // In the order of the spread: where the views differ is where the meeting spends its time.
  for (const auto& d : figures.divergence) {
    const Question* q = ui.questionnaire.find_question(d.question_id);
    if (!q) continue;
    const auto agreed = meeting.agreed.find(d.question_id);
    const std::string chosen = agreed == meeting.agreed.end() ? std::string() : agreed->second.option;
    UiContext inner = begin_panel(ui);
    heading(inner, "heading:agree:" + d.question_id, 3, q->short_title.in(ui.lang()), ui.fonts.strong);
    paragraph(inner, q->text.in(ui.lang()), ui.fonts.small, ui.palette.text_muted);
    int number = 0;
    for (const auto& option : q->options) {
      ++number;
      std::string names;
      for (std::size_t i = 0; i < d.answers.size() && i < meeting.participants.size(); ++i) {
        if (d.answers[i] == option.id) names += (names.empty() ? "" : ", ") + meeting.participants[i].name;
      }
      const std::string label = names.empty() ? option.label.in(ui.lang())
                                              : fill_template(ui.text("meeting.agree.chosen_by"),
                                                              {{"option", option.label.in(ui.lang())}, {"names", names}});
      if (option_card(inner, "card:" + d.question_id + ":" + option.id, label, ui.touch_only ? 0 : number,
                      chosen == option.id)) {
        session.agree(d.question_id, option.id);
      }
    }
    const std::string note_id = std::string(MeetingSession::kNotePrefix) + d.question_id;
    text_field(inner, note_id, ui.text("report.meeting.note"), "",
               {.width = inner.column_width, .spoken_label = ui.text("report.meeting.note") + ": " + q->short_title.in(ui.lang()),
                .value = session.text(note_id), .max_length = MeetingSession::max_text_length(note_id)});
    end_panel(ui, 0, chosen.empty() ? 0 : ui.palette.primary);
  }
}

void draw_meeting_keep(UiContext& ui, MeetingSession& session) {
  UiContext inner = begin_panel(ui);
  message_paragraph(inner, "hint:saving", "status", ui.text(session.saving() ? "meeting.keep.saved" : "meeting.keep.not_saved"));
  const float width = ui.compact ? inner.column_width : 0;
  if (primary_button(inner, "button:print", ui.text("meeting.keep.print"), width)) session.print_report(ui.lang());
  if (!ui.compact) ImGui::SameLine();
  if (secondary_button(inner, "button:export", ui.text("meeting.keep.export"), width)) session.export_file();
  if (secondary_button(inner, "button:open_meeting", ui.text("meeting.keep.open"), width)) session.choose_files();
  end_panel(ui);
}

}  // namespace phasecheck::ui

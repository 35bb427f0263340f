// Meeting mode: before and after — an earlier assessment as the baseline against the agreed view:
// the phase then and now, the answers that moved, the indicators then and now, and whether the
// signals that end the earlier phase have appeared (core/meeting_baseline).
#include "app/ui/meeting_view.hpp"
#include "app/ui/widgets.hpp"

namespace phasecheck::ui {
namespace {

std::string option_label(const UiContext& ui, std::string_view question_id, std::string_view option_id) {
  const Question* q = ui.questionnaire.find_question(question_id);
  if (!q || option_id.empty()) return ui.text("meeting.compare.unanswered");
  for (const auto& o : q->options) {
    if (o.id == option_id) return o.label.in(ui.lang());
  }
  return std::string(option_id);
}

std::string short_title(const UiContext& ui, std::string_view question_id) {
  const Question* q = ui.questionnaire.find_question(question_id);
  return q ? q->short_title.in(ui.lang()) : std::string(question_id);
}

}  // namespace

void draw_meeting_baseline(UiContext& ui, MeetingSession& session, const MeetingFigures& figures) {
  const Meeting& meeting = session.meeting();
  const float width = ui.compact ? ui.column_width : 0;
  if (!meeting.baseline || !figures.baseline) {
    paragraph(ui, ui.text("meeting.baseline.none"), nullptr, ui.palette.text_muted);
    if (primary_button(ui, "button:open_baseline", ui.text("meeting.baseline.open"), width)) session.choose_baseline();
    return;
  }
  const BaselineComparison& c = *figures.baseline;
  heading(ui, "heading:baseline", 2, fill_template(ui.text("report.meeting.baseline"), {{"label", meeting.baseline->label}}),
          ui.fonts.heading);
  {
    UiContext inner = begin_panel(ui);
    open_container(inner, "list:then_now", "list");
    const auto phase = [&](const std::optional<Report>& r) {
      return r ? meeting_result_line(ui, EvaluateOutcome{r, {}}) : ui.text("report.meeting.joint_waiting");
    };
    list_item(inner, ui.text("report.meeting.then") + ": " + phase(c.then));
    list_item(inner, ui.text("report.meeting.now") + ": " + phase(c.now));
    close_container(inner);
    end_panel(ui);
  }
  if (!c.exit_signals.empty() && c.then) {
    UiContext inner = begin_panel(ui);
    heading(inner, "heading:exit", 3, fill_template(ui.text("report.meeting.exit"), {{"phase", c.then->phase_label}}), ui.fonts.strong);
    open_container(inner, "list:exit", "list");
    for (const auto& s : c.exit_signals) {
      list_item(inner, short_title(ui, s.question_id) + ": " + option_label(ui, s.question_id, s.counted) + " – " +
                           ui.text(s.appeared ? "report.meeting.exit.appeared" : "report.meeting.exit.not_yet"),
                ui.fonts.small, s.appeared ? ui.palette.accent : 0);
    }
    close_container(inner);
    if (c.phase_ended()) paragraph(inner, ui.text("report.meeting.exit.ended"), ui.fonts.strong);
    end_panel(ui);
  }
  if (!c.moved.empty()) {
    UiContext inner = begin_panel(ui);
    heading(inner, "heading:moved", 3, ui.text("report.meeting.moved"), ui.fonts.strong);
    open_container(inner, "list:moved", "list");
    for (const auto& m : c.moved) {
      list_item(inner, fill_template(ui.text("meeting.baseline.moved"), {{"question", short_title(ui, m.question_id)},
                                                                         {"then", option_label(ui, m.question_id, m.then)},
                                                                         {"now", option_label(ui, m.question_id, m.now)}}),
                ui.fonts.small);
    }
    close_container(inner);
    end_panel(ui);
  }
  if (!c.indicators.empty()) {
    UiContext inner = begin_panel(ui);
    heading(inner, "heading:baseline_indicators", 3, ui.text("report.meeting.indicators"), ui.fonts.strong);
    open_container(inner, "list:baseline_indicators", "list");
    for (const auto& row : c.indicators) {
      const std::string then = row.values.size() > 0 && !row.values[0].empty() ? row.values[0] : "–";
      const std::string now = row.values.size() > 1 && !row.values[1].empty() ? row.values[1] : "–";
      list_item(inner, row.label + ": " + ui.text("report.meeting.then") + " " + then + ", " + ui.text("report.meeting.now") + " " + now,
                ui.fonts.small);
    }
    close_container(inner);
    end_panel(ui);
  }
  if (secondary_button(ui, "button:open_baseline", ui.text("meeting.baseline.open"), width)) session.choose_baseline();
}

}  // namespace phasecheck::ui

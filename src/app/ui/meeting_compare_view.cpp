// Meeting mode: side by side — each person's phase and clarity, who answered what (most divergent
// first, the diverging ones marked), and the indicators from each person's figures.
#include <map>

#include "app/ui/meeting_view.hpp"
#include "app/ui/widgets.hpp"

namespace phasecheck::ui {
namespace {

// One question as a compact block that works on a tablet and a phone alike: the question, its spread,
// and per answer given the people who gave it (a matrix folded by answer: no column per person that a
// narrow screen would have to scroll).
void draw_question_spread(UiContext& ui, const Meeting& meeting, const QuestionDivergence& d) {
  const Question* q = ui.questionnaire.find_question(d.question_id);
  if (!q) return;
  UiContext inner = begin_panel(ui);
  open_container(inner, "row:" + d.question_id, "list", q->short_title.in(ui.lang()));
  paragraph(inner, q->short_title.in(ui.lang()), ui.fonts.strong);
  std::string spread = fill_template(ui.text("meeting.compare.spread"), {{"percent", std::to_string(d.percent())}});
  if (d.diverging()) spread += " – " + ui.text("report.meeting.diverging");
  paragraph(inner, spread, ui.fonts.small, d.diverging() ? ui.palette.accent : ui.palette.text_muted);
  // Names per answer, in the questionnaire's order of options; then who gave none.
  std::map<std::string, std::string> names;
  std::string unanswered;
  for (std::size_t i = 0; i < d.answers.size() && i < meeting.participants.size(); ++i) {
    std::string& list = d.answers[i].empty() ? unanswered : names[d.answers[i]];
    list += (list.empty() ? "" : ", ") + meeting.participants[i].name;
  }
  for (const auto& option : q->options) {
    const auto it = names.find(option.id);
    if (it != names.end()) list_item(inner, option.label.in(ui.lang()) + ": " + it->second, ui.fonts.small);
  }
  if (!unanswered.empty()) list_item(inner, ui.text("meeting.compare.unanswered") + ": " + unanswered, ui.fonts.small, ui.palette.text_muted);
  close_container(inner);
  end_panel(ui, 0, d.diverging() ? ui.palette.accent : 0);
}

}  // namespace

void draw_meeting_compare(UiContext& ui, MeetingSession& session, const MeetingFigures& figures) {
  const Meeting& meeting = session.meeting();
  if (meeting.participants.size() < 2) paragraph(ui, ui.text("meeting.compare.empty"), nullptr, ui.palette.text_muted);
  if (meeting.participants.empty()) return;
  heading(ui, "heading:phases", 2, ui.text("report.meeting.participants"), ui.fonts.heading);
  open_container(ui, "list:phases", "list");
  for (std::size_t i = 0; i < meeting.participants.size() && i < figures.results.size(); ++i) {
    list_item(ui, meeting.participants[i].name + " – " + meeting_result_line(ui, figures.results[i]));
  }
  close_container(ui);

  spacing(8.f);
  heading(ui, "heading:answers", 2, ui.text("meeting.compare.answers"), ui.fonts.heading);
  paragraph(ui, ui.text("meeting.compare.measure"), ui.fonts.small, ui.palette.text_muted);
  for (const auto& d : figures.divergence) draw_question_spread(ui, meeting, d);

  spacing(8.f);
  heading(ui, "heading:indicators", 2, ui.text("report.meeting.indicators"), ui.fonts.heading);
  if (figures.indicators.empty()) paragraph(ui, ui.text("meeting.compare.no_figures"), nullptr, ui.palette.text_muted);
  for (const auto& row : figures.indicators) {
    UiContext inner = begin_panel(ui);
    open_container(inner, "row:" + row.id, "list", row.label);
    paragraph(inner, row.label, ui.fonts.strong);
    for (std::size_t i = 0; i < row.values.size() && i < meeting.participants.size(); ++i) {
      list_item(inner, meeting.participants[i].name + ": " + (row.values[i].empty() ? "–" : row.values[i]), ui.fonts.small);
    }
    close_container(inner);
    end_panel(ui);
  }
}

}  // namespace phasecheck::ui

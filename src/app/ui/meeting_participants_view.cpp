// Meeting mode: who is in the meeting, and the three ways to add someone (answering right here,
// files, a pasted share link).
#include "app/ui/meeting_view.hpp"
#include "app/ui/widgets.hpp"
#include "core/limits.hpp"

namespace phasecheck::ui {

void draw_meeting_participants(UiContext& ui, MeetingSession& session, const MeetingFigures& figures) {
  const Meeting& meeting = session.meeting();
  if (meeting.participants.empty()) paragraph(ui, ui.text("meeting.participants.empty"), nullptr, ui.palette.text_muted);
  open_container(ui, "list:participants", "list");
  for (std::size_t i = 0; i < meeting.participants.size(); ++i) {
    const Participant& p = meeting.participants[i];
    UiContext inner = begin_panel(ui);
    list_item(inner, p.name, ui.fonts.strong);
    if (i < figures.results.size()) paragraph(inner, meeting_result_line(ui, figures.results[i]), ui.fonts.small, ui.palette.text_muted);
    // A short visible label fits beside any name on a phone; the spoken one says whom it removes.
    const bool removed = secondary_button(inner, "button:remove:" + p.name, ui.text("meeting.participant.remove_short"), 0,
                                          fill_template(ui.text("meeting.participant.remove"), {{"name", p.name}}));
    end_panel(ui);
    if (removed) {
      session.remove(p.name);
      break;  // the list changed under the loop
    }
  }
  close_container(ui);

  spacing(12.f);
  draw_meeting_messages(ui, session);
  UiContext inner = begin_panel(ui);
  heading(inner, "heading:add", 2, ui.text("meeting.add.title"), ui.fonts.heading);
  if (meeting.participants.size() >= limits::kMeetingParticipants) {
    message_paragraph(inner, "hint:full", "status", ui.text("meeting.add.full"), nullptr, ui.palette.text_muted);
  }
  const float width = inner.column_width;
  text_field(inner, std::string(MeetingSession::kNameField), ui.text("meeting.add.name"), "",
             {.width = width, .value = session.text(MeetingSession::kNameField),
              .max_length = MeetingSession::max_text_length(MeetingSession::kNameField)});
  spacing(4.f);
  if (primary_button(inner, "button:answer_here", ui.text("meeting.add.answer_here"), ui.compact ? width : 0)) {
    session.start_answering();
  }
  spacing(12.f);
  text_field(inner, std::string(MeetingSession::kLinkField), ui.text("meeting.add.link"), "",
             {.width = width, .value = session.text(MeetingSession::kLinkField),
              .max_length = MeetingSession::max_text_length(MeetingSession::kLinkField)});
  spacing(4.f);
  if (secondary_button(inner, "button:add_link", ui.text("meeting.add.link_button"), ui.compact ? width : 0)) session.add_link();
  spacing(12.f);
  if (secondary_button(inner, "button:open_files", ui.text("meeting.add.files"), ui.compact ? width : 0)) session.choose_files();
  end_panel(ui);
}

}  // namespace phasecheck::ui

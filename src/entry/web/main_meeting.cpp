// Meeting mode's page (meeting.html, phasecheck-meeting.wasm, issue #14): the shared browser start-up
// with the meeting's wording (meeting.json), its session and its screens. The check's flow is there
// too, for a person who answers right at the table; its state is never saved (the meeting is).
#include <memory>

#include "app/meeting_session.hpp"
#include "app/ui/meeting_view.hpp"
#include "core/wording_file.hpp"
#include "entry/web/browser_app.hpp"
#include "platform/web/browser_bridge.hpp"
#include "platform/web/frame_scheduler.hpp"

namespace {

using namespace phasecheck;
using namespace phasecheck::browser;

struct MeetingPage {
  MeetingPage(WebApp& app) : session(app.questionnaire, app.brand, app.flow, app.platform, asset_text("report-css")), view(session) {}
  MeetingSession session;
  ui::MeetingView view;
};
MeetingPage* meeting = nullptr;

bool add_meeting_wording(Questionnaire& questionnaire, std::vector<std::string_view>& glyph_sources) {
  static const std::string wording = asset_text("meeting");
  const Problems problems = add_wording(questionnaire, wording, required_meeting_message_keys());
  if (!problems.empty()) {
    std::string text;
    for (const auto& problem : problems) text += "meeting.json: " + describe(problem) + "\n";
    show_fatal("meeting.json", text);
    return false;
  }
  glyph_sources.push_back(wording);
  return true;
}

void start_meeting(WebApp& app) {
  auto page = std::make_shared<MeetingPage>(app);
  meeting = page.get();
  app.page = page;
  app.view.set_extension(&page->view);
  // The meeting's texts (names, the pasted link, notes) are typed in the page's text input too.
  app.session.set_text_sink([](const std::string& id, const std::string& value) { return meeting->session.set_text(id, value); });
  app.import_file = [](const std::string& name, const std::string& text) { meeting->session.add_file(name, text); };
  app.import_refused = [](const std::string& name, const std::string& reason) { meeting->session.file_refused(name, reason); };
  page->session.start();
}

void save_meeting(WebApp&) { meeting->session.after_change(); }

}  // namespace

int main() {
  PageHooks hooks;
  hooks.add_content = add_meeting_wording;
  hooks.start = start_meeting;
  hooks.after_frame = save_meeting;
  run_browser_app(hooks);
  return 0;
}

// The check's page (index.html, phasecheck.wasm): the shared browser start-up, wired for one person.
#include "entry/web/browser_app.hpp"
#include "platform/web/browser_bridge.hpp"

namespace {

using namespace phasecheck::browser;

void start_check(WebApp& app) {
  app.session.start(location_fragment());
  // Embedded, the host page's Back button stays the host's: a blog reader pressing Back expects to
  // leave the post's last page, not to step through an iframe's questions (docs/architecture.md).
  if (!embedded()) app.history.start();
  // The quiet way to meeting mode, on the check's own page only: a blog reader has no meeting.
  app.view.set_offers_meeting(!embedded());
}

}  // namespace

int main() {
  PageHooks hooks;
  hooks.start = start_check;
  run_browser_app(hooks);
  return 0;
}

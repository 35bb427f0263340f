// #11, item 6: each step of the check is a browser history entry; Back and Forward move the flow.
#include "app/flow_history.hpp"
#include "support/recording_platform.hpp"
#include "test_support.hpp"

using namespace phasecheck;

namespace {

struct Page {
  AssessmentFlow flow{test::shipped(), Language::de};
  RecordingPlatform platform;
  FlowHistory history{flow, platform};

  // The browser's Back (Forward): it shows the entry before (after) and tells the page.
  void browser_move(int by) {
    platform.history_at = static_cast<std::size_t>(static_cast<int>(platform.history_at) + by);
    const auto& [step, depth] = platform.history.at(platform.history_at);
    history.popped(step, depth);
    history.after_frame();
  }
  std::string shown() const { return platform.history.at(platform.history_at).first; }
};

}  // namespace

TEST_CASE("every step forward is an entry; Back and Forward walk them and keep the answers") {
  Page page;
  page.history.start();
  REQUIRE(page.platform.history.size() == 1);
  CHECK(page.shown() == "intro");
  page.flow.start();
  page.history.after_frame();
  for (const char* option : {"solution", "yes", "little", "over_50", "yes", "low"}) {
    page.flow.choose(option);
    REQUIRE(page.flow.next());
    page.history.after_frame();
  }
  CHECK(page.shown() == "question:6");
  CHECK(page.platform.history.size() == 8);

  page.browser_move(-1);  // the browser's Back on question 7 (index 6)
  CHECK(page.flow.question_index() == 5);
  CHECK(page.flow.chosen_option() == "low");
  page.browser_move(-1);
  CHECK(page.flow.question_index() == 4);
  page.browser_move(+1);
  CHECK(page.flow.question_index() == 5);
  page.browser_move(+1);
  CHECK(page.flow.question_index() == 6);
  CHECK(page.platform.history.size() == 8);  // moving through entries adds none
  CHECK(page.flow.answers().answers.size() == 6);

  // Back to the first entry, then past it: that is the browser leaving the page, not ours to handle.
  for (int i = 0; i < 7; ++i) page.browser_move(-1);
  CHECK(page.flow.screen() == Screen::intro);
  CHECK(page.platform.history_at == 0);
}

TEST_CASE("the app's own Back steps the browser back too, so Forward returns") {
  Page page;
  page.history.start();
  page.flow.start();
  page.history.after_frame();
  page.flow.choose("solution");
  page.flow.next();
  page.history.after_frame();
  REQUIRE(page.shown() == "question:1");
  page.flow.back();
  page.history.after_frame();
  CHECK(page.platform.history_backs == 1);
  CHECK(page.shown() == "question:0");
  // The browser's popstate for that step back finds the flow already there.
  page.history.popped("question:0", 1);
  CHECK(page.flow.question_index() == 0);
  page.browser_move(+1);
  CHECK(page.flow.question_index() == 1);
}

TEST_CASE("a resumed check: Back from its first entry replaces it; a jump from the result is an entry of its own") {
  Page page;
  page.flow.restore(test::scaling_company(), Screen::question, 6);
  page.history.start();
  CHECK(page.shown() == "question:6");
  page.flow.back();
  page.history.after_frame();
  CHECK(page.platform.history.size() == 1);
  CHECK(page.shown() == "question:5");

  page.flow.load(test::scaling_company());
  page.history.after_frame();
  CHECK(page.shown() == "result");
  page.flow.edit_answer("scale_unchanged");
  page.history.after_frame();
  CHECK(page.shown() == "question:4");
  page.browser_move(-1);
  CHECK(page.flow.screen() == Screen::result);
}

TEST_CASE("an entry that is not ours, or names a result the answers no longer allow, is re-stamped") {
  Page page;
  page.history.start();
  page.flow.start();
  page.history.after_frame();
  page.history.popped("", -1);  // a fragment navigation (a share link pasted into the address bar)
  CHECK(page.flow.screen() == Screen::question);
  CHECK(page.shown() == "question:0");
  CHECK(page.platform.history.back().second == 2);

  page.history.popped("result", 1);  // an old entry: the answers are incomplete now
  CHECK(page.flow.screen() == Screen::question);
  CHECK(page.platform.history.at(1).first == "question:0");
  page.history.popped("question:x", 1);  // garbage is not ours either
  CHECK(page.flow.screen() == Screen::question);
  const std::size_t entries = page.platform.history.size();
  page.history.popped("intro", 2'000'000'000);  // a depth no tab has: not ours, re-stamped as the step shown
  CHECK(page.flow.screen() == Screen::question);
  CHECK(page.platform.history.size() == entries);
  CHECK(page.shown() == "question:0");
  CHECK(page.platform.history.at(page.platform.history_at).second < 10);  // stamped with the depth it has

  AssessmentFlow::Step step;
  CHECK(FlowHistory::parse_step("question:12", step));
  CHECK(step == AssessmentFlow::Step{Screen::question, 12});
  CHECK_FALSE(FlowHistory::parse_step("question:", step));
  CHECK_FALSE(FlowHistory::parse_step("question:-1", step));
  CHECK(FlowHistory::step_text({Screen::economics, 0}) == "economics");
}

TEST_CASE("without start (embedded in a host page) nothing is written to the history") {
  Page page;
  page.flow.start();
  page.history.after_frame();
  page.history.popped("intro", 0);
  CHECK(page.platform.history.empty());
  CHECK(page.flow.screen() == Screen::question);
}

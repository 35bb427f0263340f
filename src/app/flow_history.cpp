#include "app/flow_history.hpp"

#include <charconv>

namespace phasecheck {
namespace {

using Step = AssessmentFlow::Step;

// Browsers keep about 50 entries a tab: a depth far beyond is not one the app wrote, and taking it
// would size the entries to it.
constexpr int kMaxDepth = 10000;

// The step the app's own Back leads to from `from` (the flow's order, not the history's).
bool is_step_before(const Step& from, const Step& to, std::size_t question_count) {
  switch (from.screen) {
    case Screen::intro: return false;
    case Screen::question:
      return from.index == 0 ? to.screen == Screen::intro : to == Step{Screen::question, from.index - 1};
    case Screen::economics: return to == Step{Screen::question, question_count - 1};
    case Screen::result: return to.screen == Screen::economics;
  }
  return false;
}

}  // namespace

std::string FlowHistory::step_text(Step step) {
  switch (step.screen) {
    case Screen::intro: return "intro";
    case Screen::question: return "question:" + std::to_string(step.index);
    case Screen::economics: return "economics";
    case Screen::result: return "result";
  }
  return "intro";
}

bool FlowHistory::parse_step(std::string_view text, Step& step) {
  if (text == "intro") step = {Screen::intro, 0};
  else if (text == "economics") step = {Screen::economics, 0};
  else if (text == "result") step = {Screen::result, 0};
  else if (text.rfind("question:", 0) == 0) {
    const std::string_view digits = text.substr(9);
    std::size_t index = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    if (error != std::errc() || end != digits.data() + digits.size() || digits.empty()) return false;
    step = {Screen::question, index};
  } else {
    return false;
  }
  return true;
}

void FlowHistory::start() {
  started_ = true;
  entries_ = {flow_.step()};
  position_ = 0;
  platform_.history_replace(step_text(entries_[0]), 0);
}

void FlowHistory::stamp_current() {
  entries_[position_] = flow_.step();
  platform_.history_replace(step_text(entries_[position_]), static_cast<int>(position_));
}

void FlowHistory::after_frame() {
  if (!started_) return;
  const Step now = flow_.step();
  if (now == entries_[position_]) return;
  if (position_ > 0 && entries_[position_ - 1] == now) {
    // The app's Back to the entry before: the browser steps back with it, and its popstate finds
    // the flow already there. Forward then returns to where the visitor was.
    --position_;
    platform_.history_back();
    return;
  }
  if (is_step_before(entries_[position_], now, flow_.question_count())) {
    // Back from the first entry this page has (a resumed check): nothing to step back to in the
    // browser, and a new entry would make the browser's Back go forward.
    stamp_current();
    return;
  }
  entries_.resize(position_ + 1);  // a new entry drops the ones ahead, as the browser does
  entries_.push_back(now);
  ++position_;
  platform_.history_push(step_text(now), static_cast<int>(position_));
}

void FlowHistory::popped(std::string_view text, int depth) {
  if (!started_) return;
  Step step;
  // A depth beyond any history a tab keeps is not ours either (history.state is the page's to write).
  if (depth < 0 || depth > kMaxDepth || !parse_step(text, step)) {
    // Not our entry (a fragment navigation): it becomes one, for the step the visitor is at.
    entries_.resize(position_ + 1);
    entries_.push_back(flow_.step());
    ++position_;
    stamp_current();
    return;
  }
  position_ = static_cast<std::size_t>(depth);
  if (entries_.size() <= position_) entries_.resize(position_ + 1, step);  // entries from before a reload
  entries_[position_] = step;
  if (flow_.step() != step) flow_.go_to(step);
  // A result that needs answers given up since shows the first open question: the entry says so.
  if (flow_.step() != step) stamp_current();
}

}  // namespace phasecheck

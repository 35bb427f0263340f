#include "platform/web/frame_scheduler.hpp"

#include <emscripten/html5.h>

#include <algorithm>

namespace phasecheck::browser {

void FrameScheduler::start(void (*draw)()) {
  draw_ = draw;
  run_if_owed();
}

void FrameScheduler::request(int frames) {
  owed_ = std::max(owed_, frames);
  run_if_owed();
}

void FrameScheduler::run_if_owed() {
  if (!draw_ || running_ || owed_ <= 0) return;
  running_ = true;
  emscripten_request_animation_frame_loop(
      [](double, void* scheduler) -> EM_BOOL { return static_cast<FrameScheduler*>(scheduler)->tick(); }, this);
}

bool FrameScheduler::tick() {
  presented_ = drawn_;
  if (owed_ <= 0) {
    running_ = false;
    return false;
  }
  --owed_;
  draw_();
  return true;
}

FrameScheduler& frame_scheduler() {
  static FrameScheduler scheduler;
  return scheduler;
}

}  // namespace phasecheck::browser

#include "platform/web/frame_scheduler.hpp"

#include <emscripten.h>

#include <algorithm>

namespace phasecheck::browser {

void FrameScheduler::request(int frames) {
  owed_ = std::max(owed_, frames);
  if (paused_) {
    paused_ = false;
    emscripten_resume_main_loop();
  }
}

bool FrameScheduler::begin_frame() {
  presented_ = drawn_;
  if (owed_ <= 0) {
    paused_ = true;
    emscripten_pause_main_loop();
    return false;
  }
  --owed_;
  return true;
}

FrameScheduler& frame_scheduler() {
  static FrameScheduler scheduler;
  return scheduler;
}

}  // namespace phasecheck::browser

#pragma once
// Draws only when something changed. The main loop pauses itself when no frames are owed and is
// resumed by input, resizes and API calls, so a visitor reading the page costs no CPU.
namespace phasecheck::browser {

class FrameScheduler {
 public:
  // Owe at least `frames` more frames (ImGui needs a few to settle after an input event).
  void request(int frames);
  // Called at the top of the main loop: true when a frame should be drawn now.
  bool begin_frame();

 private:
  int owed_ = 0;
  bool paused_ = false;
};

FrameScheduler& frame_scheduler();

}  // namespace phasecheck::browser

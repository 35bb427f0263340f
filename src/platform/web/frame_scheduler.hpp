#pragma once
// Draws only when something changed. The main loop pauses itself when no frames are owed and is
// resumed by input, resizes and API calls, so a visitor reading the page costs no CPU.
//
// It also counts frames for the test hook (phasecheck.frame()): tests wait for the frame after
// their action instead of sleeping, and read pixels only from a frame that is on screen.
namespace phasecheck::browser {

class FrameScheduler {
 public:
  // Owe at least `frames` more frames (ImGui needs a few to settle after an input event).
  void request(int frames);
  // Called at the top of the main loop: true when a frame should be drawn now.
  bool begin_frame();
  // Called once a frame was really rendered (not skipped, e.g. while the context is lost).
  void frame_drawn() { ++drawn_; }

  // Frames rendered since start; the widget list describes the last of them.
  unsigned drawn() const { return drawn_; }
  // The last rendered frame: a main-loop iteration ran after it, and the loop runs on
  // requestAnimationFrame, so the browser has presented it.
  unsigned presented() const { return presented_; }
  // More frames are owed: the screen will change again without further input.
  bool pending() const { return owed_ > 0; }

 private:
  int owed_ = 0;
  bool paused_ = false;
  unsigned drawn_ = 0;
  unsigned presented_ = 0;
};

FrameScheduler& frame_scheduler();

}  // namespace phasecheck::browser

#pragma once
// Draws only when something changed. The loop runs on requestAnimationFrame while frames are owed
// and stops when none are; input, resizes and API calls owe frames again, so a visitor reading the
// page costs no CPU. (Its own loop rather than emscripten_set_main_loop, which brings Emscripten's
// whole Browser object into the download.)
//
// It also counts frames for the test hook (phasecheck.frame()): tests wait for the frame after
// their action instead of sleeping, and read pixels only from a frame that is on screen.
namespace phasecheck::browser {

class FrameScheduler {
 public:
  // Draws frames with `draw` from now on. Frames requested before (by input during start-up)
  // wait for this: the app cannot draw until its fonts and renderer exist.
  void start(void (*draw)());
  // Owe at least `frames` more frames (ImGui needs a few to settle after an input event).
  void request(int frames);
  // Called once a frame was really rendered (not skipped, e.g. while the context is lost).
  void frame_drawn() { ++drawn_; }

  // Frames rendered since start; the widget list describes the last of them.
  unsigned drawn() const { return drawn_; }
  // The last rendered frame: a loop iteration ran after it, and the loop runs on
  // requestAnimationFrame, so the browser has presented it.
  unsigned presented() const { return presented_; }
  // More frames are owed: the screen will change again without further input.
  bool pending() const { return owed_ > 0; }

 private:
  void run_if_owed();
  bool tick();  // one animation frame: false stops the loop

  void (*draw_)() = nullptr;
  int owed_ = 0;
  bool running_ = false;
  unsigned drawn_ = 0;
  unsigned presented_ = 0;
};

FrameScheduler& frame_scheduler();

}  // namespace phasecheck::browser

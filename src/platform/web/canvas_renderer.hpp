#pragma once
// Hands ImGui's draw lists and textures to the page's WebGL 2 renderer (web/renderer.js). It draws
// them in a worker that owns the canvas where the browser allows that, so that no wait for the GPU
// process (making the context, linking, uploads, draws) blocks this thread; else on this thread.
// Nothing here calls WebGL: a frame is one packed buffer, a texture its pixels.
#include <imgui.h>

namespace phasecheck::browser {

// A texture of `pixels` (8-bit alpha, or RGBA), smoothly scaled and clamped at its edges: the id a
// draw command names. The pixels are copied; the caller keeps them.
unsigned make_texture(int width, int height, bool alpha_only, const void* pixels);
void delete_texture(unsigned texture);

class CanvasRenderer {
 public:
  // Sends the built atlas (its 8-bit alpha), deletes the previous texture, and frees the atlas's
  // pixels in the wasm heap: a restored context gets a rebuilt atlas instead.
  void upload_font_atlas(ImFontAtlas& atlas);
  // Sends the frame, drawn on a `background` canvas of that size, unless it is exactly the picture
  // sent last: returns whether it sent. Each input owes ImGui a few frames (it spreads a press and
  // its release over frames), and most of them repeat the last picture; a redraw at a phone's pixel
  // ratio is millions of pixels for the GPU.
  bool draw(const ImDrawData& data, int framebuffer_width, int framebuffer_height, const ImVec4& background);
  // The renderer lost its context, and with it every texture and the picture: forget them.
  void forget() { *this = CanvasRenderer(); }

 private:
  unsigned font_texture_ = 0;
  bool shown_ = false;  // the renderer was sent the picture of `shown_fingerprint_`
  unsigned long long shown_fingerprint_ = 0;
};

// Every frame sent has been drawn, and the page has painted since: the canvas shows the last one.
bool renderer_caught_up();

}  // namespace phasecheck::browser

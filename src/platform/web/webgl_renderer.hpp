#pragma once
// Draws ImGui's draw lists with WebGL 2. The app owns its canvas's context, so unlike ImGui's
// general OpenGL backend this one never reads GL state back (each read is a round trip that waits
// for the GPU process), sets the fixed state once, and keeps one font texture: an upload replaces
// and deletes the previous one. The atlas is uploaded as one byte per pixel (its alpha), a quarter
// of the RGBA texture ImGui's backend makes.
#include <imgui.h>

namespace phasecheck::browser {

// A texture of `pixels` (8-bit alpha, or RGBA), smoothly scaled and clamped at its edges; it stays
// bound. The renderer draws any such texture given as a draw command's texture id.
unsigned make_texture(int width, int height, bool alpha_only, const void* pixels);

class WebGlRenderer {
 public:
  // Starts compiling the program and makes the buffers in the current context. The GPU process
  // compiles while the app goes on (building the atlas): nothing here waits for it.
  void create();
  // Waits for the program (its link status and uniforms): false, with the reason in the console,
  // when it did not link.
  bool finish_creation();
  // After a lost context every GL name is gone with it: forget them without deleting.
  void forget();
  // Uploads the built atlas (its 8-bit alpha), deletes the previous texture, and frees the atlas's
  // pixels in the wasm heap: a restored context rebuilds the atlas instead.
  void upload_font_atlas(ImFontAtlas& atlas);
  // Draws the frame on a `background` canvas, unless it is exactly the picture the canvas shows
  // already: returns whether it drew. Each input owes ImGui a few frames (it spreads a press and
  // its release over frames), and most of them repeat the last picture. A canvas not drawn to keeps
  // showing its last one, and a redraw at a phone's pixel ratio is millions of pixels for the GPU.
  bool draw(const ImDrawData& data, int framebuffer_width, int framebuffer_height, const ImVec4& background);
  // The canvas lost its picture (its size was set, which clears it): the next frame draws.
  void forget_picture() { shown_ = false; }

 private:
  void clear(int framebuffer_width, int framebuffer_height, const ImVec4& colour);
  void render(const ImDrawData& data, int framebuffer_width, int framebuffer_height);

  unsigned vertex_shader_ = 0, fragment_shader_ = 0;
  unsigned program_ = 0, vertex_array_ = 0, vertex_buffer_ = 0, index_buffer_ = 0, font_texture_ = 0;
  int projection_ = -1, alpha_only_ = -1;
  bool shown_ = false;             // the canvas shows the picture of `shown_fingerprint_`
  unsigned long long shown_fingerprint_ = 0;
};

}  // namespace phasecheck::browser

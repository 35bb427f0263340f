#pragma once
// Draws ImGui's draw lists with WebGL 2. The app owns its canvas's context, so unlike ImGui's
// general OpenGL backend this one never reads GL state back (each read is a round trip that waits
// for the GPU process), sets the fixed state once, and keeps one font texture: an upload replaces
// and deletes the previous one. The atlas is uploaded as one byte per pixel (its alpha), a quarter
// of the RGBA texture ImGui's backend makes.
#include <imgui.h>

namespace phasecheck::browser {

class WebGlRenderer {
 public:
  // Compiles the program and makes the buffers in the current context; false (with the reason in
  // the console) when the program does not link.
  bool create();
  // After a lost context every GL name is gone with it: forget them without deleting.
  void forget();
  // Uploads the built atlas (its 8-bit alpha), deletes the previous texture, and frees the atlas's
  // pixels in the wasm heap: a restored context rebuilds the atlas instead.
  void upload_font_atlas(ImFontAtlas& atlas);
  // Starts a frame: the whole canvas in one colour.
  void clear(int framebuffer_width, int framebuffer_height, const ImVec4& colour);
  void render(const ImDrawData& data, int framebuffer_width, int framebuffer_height);

 private:
  unsigned program_ = 0, vertex_array_ = 0, vertex_buffer_ = 0, index_buffer_ = 0, font_texture_ = 0;
  int projection_ = -1, alpha_only_ = -1;
};

}  // namespace phasecheck::browser

#include "platform/web/webgl_renderer.hpp"

#include <GLES3/gl3.h>

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace phasecheck::browser {
namespace {

constexpr const char* kVertexShader = R"(#version 300 es
uniform mat4 projection;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
  frag_uv = uv;
  frag_colour = colour;
  gl_Position = projection * vec4(position, 0.0, 1.0);
})";

// The font atlas is alpha only (one channel, read as white); text images are RGBA.
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D tex;
uniform bool alpha_only;
in vec2 frag_uv;
in vec4 frag_colour;
layout(location = 0) out vec4 out_colour;
void main() {
  vec4 texel = texture(tex, frag_uv);
  out_colour = frag_colour * (alpha_only ? vec4(1.0, 1.0, 1.0, texel.r) : texel);
})";

GLuint compile(GLenum kind, const char* source) {
  const GLuint shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

void print_log(const char* what, GLuint object, bool program) {
  char text[1024] = {};
  if (program) glGetProgramInfoLog(object, sizeof text, nullptr, text);
  else glGetShaderInfoLog(object, sizeof text, nullptr, text);
  std::fprintf(stderr, "WebGL: %s: %s\n", what, text);
}

// Textures made so far: a picture that names a texture made since it was drawn is a new picture,
// even if its draw commands are the same.
unsigned textures_made = 0;

// A 64-bit fingerprint of a frame's picture: what it draws, where, with which textures, on which
// background. Word-wise, with a multiply-rotate mix, so that a frame's megabyte of vertices costs
// well under a millisecond.
class PictureFingerprint {
 public:
  void add(const void* bytes, std::size_t size) {
    const auto* at = static_cast<const unsigned char*>(bytes);
    for (; size >= 4; at += 4, size -= 4) {
      std::uint32_t word;
      std::memcpy(&word, at, 4);
      mix(word);
    }
    std::uint32_t tail = 0;
    std::memcpy(&tail, at, size);
    mix(tail ^ (static_cast<std::uint32_t>(size) << 24));
  }
  template <typename T>
  void add(const T& value) { add(&value, sizeof value); }
  std::uint64_t value() const { return hash_; }

 private:
  void mix(std::uint32_t word) {
    hash_ ^= word * 0x9E3779B97F4A7C15ull;
    hash_ = ((hash_ << 27) | (hash_ >> 37)) * 0xC2B2AE3D27D4EB4Full;
  }
  std::uint64_t hash_ = 0x27D4EB2F165667C5ull;
};

std::uint64_t fingerprint(const ImDrawData& data, int framebuffer_width, int framebuffer_height, const ImVec4& background) {
  PictureFingerprint print;
  print.add(textures_made);
  print.add(framebuffer_width);
  print.add(framebuffer_height);
  print.add(background);
  print.add(data.DisplayPos);
  print.add(data.DisplaySize);
  print.add(data.FramebufferScale);
  print.add(data.CmdListsCount);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    print.add(list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
    print.add(list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& command : list.CmdBuffer) {
      print.add(command.ClipRect);
      print.add(command.TextureId);
      print.add(command.VtxOffset);
      print.add(command.IdxOffset);
      print.add(command.ElemCount);
      print.add(command.UserCallback);
    }
  }
  return print.value();
}

}  // namespace

void WebGlRenderer::create() {
  vertex_shader_ = compile(GL_VERTEX_SHADER, kVertexShader);
  fragment_shader_ = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  program_ = glCreateProgram();
  glAttachShader(program_, vertex_shader_);
  glAttachShader(program_, fragment_shader_);
  glLinkProgram(program_);

  glGenVertexArrays(1, &vertex_array_);
  glBindVertexArray(vertex_array_);
  glGenBuffers(1, &vertex_buffer_);
  glGenBuffers(1, &index_buffer_);
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);  // part of the vertex array's state
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  const auto offset = [](std::size_t bytes) { return reinterpret_cast<const void*>(bytes); };
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, col)));

  // Nothing else draws into this context: the state ImGui needs is set once, not per frame.
  glActiveTexture(GL_TEXTURE0);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  // Sends the commands to the GPU process now (without waiting for it): otherwise they wait in the
  // page's command buffer, and the compile starts only when finish_creation() asks for its result.
  glFlush();
}

bool WebGlRenderer::finish_creation() {
  if (program_ && !vertex_shader_) return true;  // finished already (a restore came first)
  // One status query, the link's, which also fails when a shader did not compile: each query
  // waits for the GPU process, so the shaders' own statuses are read only to explain a failure.
  GLint linked = GL_FALSE;
  glGetProgramiv(program_, GL_LINK_STATUS, &linked);
  if (!linked) {
    print_log("vertex shader", vertex_shader_, false);
    print_log("fragment shader", fragment_shader_, false);
    print_log("program", program_, true);
  }
  glDeleteShader(vertex_shader_);
  glDeleteShader(fragment_shader_);
  vertex_shader_ = fragment_shader_ = 0;
  if (!linked) {
    glDeleteProgram(program_);
    program_ = 0;  // render() draws nothing
    return false;
  }
  glUseProgram(program_);
  projection_ = glGetUniformLocation(program_, "projection");
  alpha_only_ = glGetUniformLocation(program_, "alpha_only");
  return true;
}

unsigned make_texture(int width, int height, bool alpha_only, const void* pixels) {
  ++textures_made;
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  if (alpha_only) glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  else glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  return texture;
}

void WebGlRenderer::forget() { *this = WebGlRenderer(); }

void WebGlRenderer::upload_font_atlas(ImFontAtlas& atlas) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
  if (font_texture_) glDeleteTextures(1, &font_texture_);
  font_texture_ = make_texture(width, height, true, pixels);
  atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(font_texture_)));
  atlas.ClearTexData();
}

bool WebGlRenderer::draw(const ImDrawData& data, int framebuffer_width, int framebuffer_height, const ImVec4& background) {
  const std::uint64_t picture = fingerprint(data, framebuffer_width, framebuffer_height, background);
  if (shown_ && picture == shown_fingerprint_) return false;
  clear(framebuffer_width, framebuffer_height, background);
  render(data, framebuffer_width, framebuffer_height);
  shown_ = true;
  shown_fingerprint_ = picture;
  return true;
}

void WebGlRenderer::clear(int framebuffer_width, int framebuffer_height, const ImVec4& colour) {
  glViewport(0, 0, framebuffer_width, framebuffer_height);
  glScissor(0, 0, framebuffer_width, framebuffer_height);  // the clear is clipped by the scissor too
  glClearColor(colour.x, colour.y, colour.z, 1.f);
  glClear(GL_COLOR_BUFFER_BIT);
}

void WebGlRenderer::render(const ImDrawData& data, int framebuffer_width, int framebuffer_height) {
  if (!program_ || projection_ < 0 || framebuffer_width <= 0 || framebuffer_height <= 0) return;
  const float left = data.DisplayPos.x, right = data.DisplayPos.x + data.DisplaySize.x;
  const float top = data.DisplayPos.y, bottom = data.DisplayPos.y + data.DisplaySize.y;
  const float projection[4][4] = {
      {2.f / (right - left), 0.f, 0.f, 0.f},
      {0.f, 2.f / (top - bottom), 0.f, 0.f},
      {0.f, 0.f, -1.f, 0.f},
      {(right + left) / (left - right), (top + bottom) / (bottom - top), 0.f, 1.f},
  };
  glUniformMatrix4fv(projection_, 1, GL_FALSE, &projection[0][0]);
  glBindVertexArray(vertex_array_);
  const ImVec2 clip_offset = data.DisplayPos;
  const ImVec2 clip_scale = data.FramebufferScale;
  GLuint bound = 0;
  int alpha_only = -1;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * sizeof(ImDrawVert), list.VtxBuffer.Data,
                 GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size) * sizeof(ImDrawIdx),
                 list.IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& command : list.CmdBuffer) {
      if (command.UserCallback) {
        command.UserCallback(&list, &command);
        continue;
      }
      const float x0 = (command.ClipRect.x - clip_offset.x) * clip_scale.x;
      const float y0 = (command.ClipRect.y - clip_offset.y) * clip_scale.y;
      const float x1 = (command.ClipRect.z - clip_offset.x) * clip_scale.x;
      const float y1 = (command.ClipRect.w - clip_offset.y) * clip_scale.y;
      if (x1 <= x0 || y1 <= y0) continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(framebuffer_height) - y1),
                static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
      const auto texture = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(command.GetTexID()));
      if (texture != bound) {
        glBindTexture(GL_TEXTURE_2D, texture);
        bound = texture;
      }
      const int wants_alpha_only = texture == font_texture_ ? 1 : 0;
      if (wants_alpha_only != alpha_only) {
        glUniform1i(alpha_only_, wants_alpha_only);
        alpha_only = wants_alpha_only;
      }
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount),
                     sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<const void*>(command.IdxOffset * sizeof(ImDrawIdx)));
    }
  }
}

}  // namespace phasecheck::browser

#include "platform/web/canvas_renderer.hpp"

#include <emscripten.h>

#include <cstdint>
#include <cstring>
#include <vector>

// clang-format off
// The page's renderer (boot.js starts it: web/renderer.js, in a worker or on the page). Buffers are
// copied out of the heap and transferred, not cloned.
EM_JS(void, js_send_texture, (unsigned id, int width, int height, bool alpha_only, const void* pixels, int bytes), {
  const copy = HEAPU8.slice(pixels, pixels + bytes).buffer;
  window.phasecheckBoot.renderer.postMessage({ type: 'texture', id, width, height, alphaOnly: !!alpha_only, pixels: copy }, [copy]);
});
EM_JS(void, js_send_delete, (unsigned id), { window.phasecheckBoot.renderer.postMessage({ type: 'delete', id }); });
EM_JS(void, js_send_frame, (const void* data, int bytes), {
  const copy = HEAPU8.slice(data, data + bytes).buffer;
  window.phasecheckBoot.renderer.postMessage({ type: 'frame', bytes: copy }, [copy]);
});
EM_JS(unsigned, js_frames_shown, (), { return window.phasecheckBoot.rendererShown; });
// clang-format on

namespace phasecheck::browser {
namespace {

// Textures sent so far, also the last one's id: a picture that names a texture made since it was
// sent is a new picture, even if its draw commands are the same.
unsigned textures_sent = 0;
unsigned frames_sent = 0;    // also the last frame's number

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
  print.add(textures_sent);
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

// web/renderer.js reads vertices of 20 bytes and 16-bit indices, and no vertex offset: the backend
// does not set ImGuiBackendFlags_RendererHasVtxOffset, so a draw list's commands all index from its
// first vertex (ImGui asserts that a list stays under 64K vertices, as it did for the C++ renderer).
static_assert(sizeof(ImDrawVert) == 20 && sizeof(ImDrawIdx) == 2);

// Packs the frame as web/renderer.js reads it (its draw() says the layout).
void send_frame(const ImDrawData& data, int width, int height, const ImVec4& background) {
  static std::vector<std::uint32_t> words;
  words.clear();
  const auto word = [](float value) { std::uint32_t w; std::memcpy(&w, &value, 4); return w; };
  words.insert(words.end(), {++frames_sent, static_cast<std::uint32_t>(data.CmdListsCount), static_cast<std::uint32_t>(width),
                             static_cast<std::uint32_t>(height), word(background.x), word(background.y), word(background.z),
                             word(data.DisplayPos.x), word(data.DisplayPos.y), word(data.DisplaySize.x), word(data.DisplaySize.y)});
  const ImVec2 offset = data.DisplayPos, scale = data.FramebufferScale;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    const std::size_t vertex_bytes = static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert);
    const std::size_t index_words = (static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx) + 3) / 4;
    words.insert(words.end(), {static_cast<std::uint32_t>(vertex_bytes), static_cast<std::uint32_t>(list.IdxBuffer.Size),
                               static_cast<std::uint32_t>(list.CmdBuffer.Size)});
    std::size_t at = words.size();
    words.resize(at + vertex_bytes / 4 + index_words);
    std::memcpy(&words[at], list.VtxBuffer.Data, vertex_bytes);
    std::memcpy(&words[at + vertex_bytes / 4], list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& command : list.CmdBuffer) {
      IM_ASSERT(!command.UserCallback && "the renderer draws no callbacks; nothing here adds one");
      words.insert(words.end(), {word((command.ClipRect.x - offset.x) * scale.x), word((command.ClipRect.y - offset.y) * scale.y),
                                 word((command.ClipRect.z - offset.x) * scale.x), word((command.ClipRect.w - offset.y) * scale.y),
                                 static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(command.GetTexID())),
                                 command.IdxOffset, command.ElemCount});
    }
  }
  js_send_frame(words.data(), static_cast<int>(words.size() * 4));
}

}  // namespace

unsigned make_texture(int width, int height, bool alpha_only, const void* pixels) {
  js_send_texture(++textures_sent, width, height, alpha_only, pixels, width * height * (alpha_only ? 1 : 4));
  return textures_sent;
}

void delete_texture(unsigned texture) { js_send_delete(texture); }

bool renderer_caught_up() { return js_frames_shown() >= frames_sent; }

void CanvasRenderer::upload_font_atlas(ImFontAtlas& atlas) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
  if (font_texture_) delete_texture(font_texture_);
  font_texture_ = make_texture(width, height, true, pixels);
  atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(font_texture_)));
  atlas.ClearTexData();
}

bool CanvasRenderer::draw(const ImDrawData& data, int framebuffer_width, int framebuffer_height, const ImVec4& background) {
  const std::uint64_t picture = fingerprint(data, framebuffer_width, framebuffer_height, background);
  if (shown_ && picture == shown_fingerprint_) return false;
  send_frame(data, framebuffer_width, framebuffer_height, background);
  shown_ = true;
  shown_fingerprint_ = picture;
  return true;
}

}  // namespace phasecheck::browser

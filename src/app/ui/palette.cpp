#include "app/ui/palette.hpp"

#include <algorithm>
#include <cmath>

namespace phasecheck::ui {
namespace {

ImU32 rgb(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }

ImU32 from(const Rgb& c, float alpha = 1.f) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, alpha)); }

// Mixes a brand colour into a base, for tints that stay readable on both themes.
ImU32 mix(const Rgb& c, ImU32 base, float amount) {
  const ImVec4 b = ImGui::ColorConvertU32ToFloat4(base);
  return ImGui::ColorConvertFloat4ToU32(
      ImVec4(b.x + (c.r - b.x) * amount, b.y + (c.g - b.y) * amount, b.z + (c.b - b.z) * amount, 1.f));
}

Rgb shade(const Rgb& c, float factor) { return {c.r * factor, c.g * factor, c.b * factor}; }

// WCAG 2's relative luminance and contrast ratio.
float luminance(const Rgb& c) {
  auto linear = [](float v) { return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
  return 0.2126f * linear(c.r) + 0.7152f * linear(c.g) + 0.0722f * linear(c.b);
}
float contrast(const Rgb& a, const Rgb& b) {
  const float la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

// The focus ring is the only sign of keyboard focus on the canvas, and the canvas keeps its colours
// in the system's contrast themes (forced colours): it must stand out by 3:1 (WCAG 1.4.11) from the
// page and from the panels it may lie on, whatever the brand's accent. The accent, darkened (light
// theme) or lightened (dark theme) in small steps until it does; the default accent #e07a1f has only
// 2.8:1 on the light page.
Rgb standing_out(const Rgb& accent, ImU32 page, ImU32 panel, bool dark) {
  auto rgb_of = [](ImU32 u) { const ImVec4 v = ImGui::ColorConvertU32ToFloat4(u); return Rgb{v.x, v.y, v.z}; };
  Rgb c = accent;
  auto weakest = [&] { return std::min(contrast(c, rgb_of(page)), contrast(c, rgb_of(panel))); };
  for (int step = 0; step < 40 && weakest() < 3.f; ++step) {
    c = dark ? Rgb{c.r + (1.f - c.r) * 0.1f, c.g + (1.f - c.g) * 0.1f, c.b + (1.f - c.b) * 0.1f} : shade(c, 0.95f);
  }
  return c;
}

}  // namespace

Palette make_palette(const Brand& brand, bool dark) {
  Palette p;
  p.dark = dark;
  if (!dark) {
    p.background = rgb(244, 246, 249);
    p.surface = rgb(255, 255, 255);
    p.surface_hover = rgb(236, 240, 245);
    p.border = rgb(214, 220, 228);
    p.text = rgb(27, 36, 48);
    p.text_muted = rgb(84, 96, 112);
    p.primary = from(brand.primary);
    p.primary_hover = from(shade(brand.primary, 0.85f));
    p.on_primary = rgb(255, 255, 255);
    p.primary_soft = mix(brand.primary, p.surface, 0.10f);
    p.error = rgb(176, 32, 32);
    p.track = rgb(222, 227, 234);
  } else {
    p.background = rgb(16, 20, 26);
    p.surface = rgb(27, 33, 42);
    p.surface_hover = rgb(36, 44, 55);
    p.border = rgb(52, 61, 74);
    p.text = rgb(232, 236, 241);
    p.text_muted = rgb(160, 171, 185);
    p.primary = from(brand.dark_primary);
    p.primary_hover = from(shade(brand.dark_primary, 0.85f));
    p.on_primary = rgb(13, 17, 23);
    p.primary_soft = mix(brand.dark_primary, p.surface, 0.16f);
    p.error = rgb(255, 128, 120);
    p.track = rgb(45, 53, 65);
  }
  p.accent = from(brand.accent);
  p.focus = from(standing_out(brand.accent, p.background, p.surface, dark));
  return p;
}

void apply_style(const Palette& p) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
  style.FramePadding = ImVec2(12, 10);
  style.FrameRounding = 8;
  style.FrameBorderSize = 1;
  style.ItemSpacing = ImVec2(12, 12);
  style.ScrollbarSize = 10;
  style.ScrollbarRounding = 5;
  style.GrabRounding = 5;
  auto col = [](ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); };
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = col(p.background);
  c[ImGuiCol_ChildBg] = col(p.background);
  c[ImGuiCol_Text] = col(p.text);
  c[ImGuiCol_TextDisabled] = col(p.text_muted);
  c[ImGuiCol_Border] = col(p.border);
  c[ImGuiCol_FrameBg] = col(p.surface);
  c[ImGuiCol_FrameBgHovered] = col(p.surface);
  c[ImGuiCol_FrameBgActive] = col(p.surface);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = col(p.border);
  c[ImGuiCol_ScrollbarGrabHovered] = col(p.text_muted);
  c[ImGuiCol_ScrollbarGrabActive] = col(p.text_muted);
  c[ImGuiCol_TextSelectedBg] = col(p.primary_soft);
  c[ImGuiCol_NavHighlight] = col(p.focus);
  c[ImGuiCol_Button] = col(p.surface);
  c[ImGuiCol_ButtonHovered] = col(p.surface_hover);
  c[ImGuiCol_ButtonActive] = col(p.surface_hover);
}

}  // namespace phasecheck::ui

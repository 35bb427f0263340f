#include "app/ui/text_drawing.hpp"

namespace phasecheck::ui {
namespace {

float scale() { return ImGui::GetIO().FontGlobalScale; }

// The host's image of `text` when the atlas cannot draw it; texture 0 when it can (or there is no host image).
TextImage image_if_needed(const UiContext& ui, ImFont* font, ImU32 colour, std::string_view text, float wrap_width,
                          float max_height) {
  GlyphCoverage* coverage = ui.fonts.coverage;
  // Until the page has loaded what draws such text (a moment after the first one appears), ImGui's "?" it is.
  if (!coverage || coverage->missing(font, text) == 0 || coverage->support() != GlyphCoverage::Support::ready) return {};
  TextImageRequest request;
  request.text = std::string(text);
  request.size = font->FontSize * scale();
  request.line_height = font->FontSize * scale();
  request.ascent = font->Ascent * scale();
  request.semibold = ui.fonts.semibold(font);
  request.colour = colour;
  request.wrap_width = wrap_width;
  request.max_height = max_height;
  request.pixel_ratio = scale() > 0 ? 1.f / scale() : 1.f;
  TextImage image = ui.platform.text_image(request);
  if (image.texture) coverage->drawn_as_image();
  return image;
}

ImTextureID texture_id(const TextImage& image) { return reinterpret_cast<ImTextureID>(image.texture); }

}  // namespace

void draw_any_text(const UiContext& ui, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text, float wrap_width,
                   float max_height) {
  const TextImage image = image_if_needed(ui, font, colour, text, wrap_width, max_height);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (image.texture) {
    // The image carries its colours (emoji have their own): drawn untinted.
    draw->AddImage(texture_id(image), pos, ImVec2(pos.x + image.width, pos.y + image.height));
    return;
  }
  draw->AddText(font, font->FontSize * scale(), pos, colour, text.data(), text.data() + text.size(), wrap_width);
  if (ui.fonts.coverage) ui.fonts.coverage->drawn_with_font(font, text);
}

void any_text_item(const UiContext& ui, ImFont* font, ImU32 colour, std::string_view text, float wrap_width) {
  ImFont* shown_in = font ? font : ImGui::GetFont();
  const TextImage image =
      image_if_needed(ui, shown_in, colour ? colour : ImGui::GetColorU32(ImGuiCol_Text), text, wrap_width, 0.f);
  if (image.texture) {
    ImGui::Image(texture_id(image), ImVec2(image.width, image.height));
    return;
  }
  if (font) ImGui::PushFont(font);
  if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  if (colour) ImGui::PopStyleColor();
  if (font) ImGui::PopFont();
  if (ui.fonts.coverage) ui.fonts.coverage->drawn_with_font(shown_in, text);
}

}  // namespace phasecheck::ui

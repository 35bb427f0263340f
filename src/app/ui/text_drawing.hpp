#pragma once
// Text that may hold letters the font atlas lacks (what visitors type, file names in notices): drawn
// with the font when the atlas has every letter, and otherwise as the host's image of it (system
// fonts), so "Łódź", "مرحبا" or "☕" show as typed, never as "?". A letter the extra font file has
// is fetched meanwhile (GlyphCoverage); the next frames draw it with the font.
#include <string_view>

#include "app/ui/ui_context.hpp"

namespace phasecheck::ui {

// At `pos` in the window's draw list, wrapped at `wrap_width` (0: only at line breaks); `max_height`
// (CSS px, 0: none) is how much of it can show, e.g. in a field.
void draw_any_text(const UiContext& ui, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text, float wrap_width,
                   float max_height = 0);

// As a layout item at the cursor, wrapped at `wrap_width` CSS px (what ImGui::TextUnformatted does);
// a null font or colour 0 keeps the current one.
void any_text_item(const UiContext& ui, ImFont* font, ImU32 colour, std::string_view text, float wrap_width);

}  // namespace phasecheck::ui

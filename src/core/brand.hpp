#pragma once
// The consultancy's branding (assets/brand.json): name, colours, contact and call to action.
// Validated on load, so a consultant can change it without recompiling.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/localized_text.hpp"
#include "core/problem.hpp"

namespace phasecheck {

inline constexpr std::string_view kBrandSchema = "phasecheck.brand/1";

struct Rgb {
  float r = 0, g = 0, b = 0;  // 0–1
  bool operator==(const Rgb&) const = default;
};
std::optional<Rgb> parse_hex_colour(std::string_view text);  // "#1f5fae"
std::string format_hex_colour(Rgb colour);                   // "#1f5fae"

// A call to action: one sentence and the button under it.
struct CallToAction {
  LocalizedText label;  // "Gespräch vereinbaren"
  LocalizedText text;   // one sentence above the button
  bool operator==(const CallToAction&) const = default;
};

// The call to action in one language.
struct CallToActionText {
  std::string_view label;
  std::string_view text;
};

struct Brand {
  std::string name;
  LocalizedText tagline;
  Rgb primary;      // buttons, progress, selected cards
  Rgb accent;       // the recommended phase, highlights
  Rgb dark_primary; // primary on the dark theme
  std::string contact_url;  // https:// or mailto:
  // Where the check is published (https://, no fragment), if anywhere. The single offline file has
  // no address anyone else can open; its share links point here instead.
  std::string public_url;
  std::string phone;        // optional, as printed: "+49 89 1234567"
  LocalizedText cta_label;  // "Gespräch vereinbaren"
  LocalizedText cta_text;   // one sentence above the button
  // Per phase (scale, optimize, redesign; indexed by phase number - 1), when brand.json gives one:
  // a Phase 1 visitor is told to scale without a consultant, and the call to action must agree.
  std::array<std::optional<CallToAction>, 3> cta_by_phase;

  // The phase's own call to action, or the default one; for an unknown phase id the default.
  CallToActionText cta_for(std::string_view phase_id, Language language) const;
  bool operator==(const Brand&) const = default;
};

using BrandLoad = Checked<Brand>;

BrandLoad load_brand(std::string_view json_text);

// Only links a visitor can safely be sent to: https:// pages and mailto: addresses.
bool is_safe_contact_url(std::string_view url);

// What is valid but surely not meant to ship: a contact at a reserved example domain
// (example.com, .org, .net, .example, .invalid, .test). `make dist` prints these, and builds anyway.
Problems brand_warnings(const Brand& brand);

}  // namespace phasecheck

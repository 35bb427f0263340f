// The content's start-up index (core/content_index.hpp), damaged by the input's patches (two bytes
// of position, one of value, repeated): read or refused, never outside the index or the files.
// Undamaged, it gives back the model exactly as loading the files does.
#include "core/content_index.hpp"
#include "fuzz_support.hpp"

namespace {

using namespace phasecheck;

// A brand file as compact as the site ships it, with every kind of field.
constexpr std::string_view kBrandJson =
    R"({"schema":"phasecheck.brand/1","name":"Mauermann Vertriebsberatung","tagline":{"de":"Vertrieb wirksam machen)"
    R"( – Schritt für Schritt","en":"Making sales effective – step by step"},"colours":{"primary":"#1d4e89",)"
    R"("accent":"#e07a1f","dark_primary":"#7fb2f0"},"contact_url":"https://mauermann.example/kontakt","phone":)"
    R"("+49 89 1234567","cta_label":{"de":"Gespräch vereinbaren","en":"Arrange a conversation"},"cta_text":{"de":)"
    R"("Sie möchten über \"Ihr\" Ergebnis sprechen?","en":"Talk about your result?"},"cta_by_phase":{"scale":)"
    R"({"label":{"de":"Kontakt für später","en":"Contact for later"},"text":{"de":"Jetzt zählt das Skalieren.",)"
    R"("en":"What counts now is scaling."}}}})";

const Brand& brand() {
  static const Brand* loaded = [] {
    BrandLoad load = load_brand(kBrandJson);
    if (!load.value) std::abort();
    return new Brand(std::move(*load.value));
  }();
  return *loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  static const std::string index =
      write_content_index(fuzz::shipped(), brand(), embedded_questionnaire_json, kBrandJson);
  std::string damaged = index;
  for (std::size_t at = 0; at + 3 <= size; at += 3) {
    damaged[(data[at] | (std::size_t{data[at + 1]} << 8)) % damaged.size()] = static_cast<char>(data[at + 2]);
  }
  const std::optional<IndexedContent> read = read_content_index(damaged, embedded_questionnaire_json, kBrandJson);
  if (damaged == index) {
    fuzz::require(read && read->questionnaire == fuzz::shipped() && read->brand == brand(),
                  "the undamaged index gives back the loaded model");
  }
  return 0;
}

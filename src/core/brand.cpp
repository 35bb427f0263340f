#include "core/brand.hpp"

#include "core/json_fields.hpp"
#include "core/rules.hpp"

namespace phasecheck {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Rgb read_colour(JsonFields& fields, std::string_view key, Problems& problems) {
  auto text = fields.string(key, true, 16);
  if (!text) return {};
  auto colour = parse_hex_colour(*text);
  if (!colour) {
    problems.push_back({fields.pointer_to(key), "\"" + *text + "\" is not a colour like #1f5fae"});
    return {};
  }
  return *colour;
}

// {"scale": {"label": {...}, "text": {...}}, ...}: only the phases there are, each with both texts.
void read_cta_by_phase(const Json& object, Brand& brand, Problems& problems) {
  const std::string pointer = "/cta_by_phase";
  for (const auto& [key, value] : object.items()) {
    const std::string at = pointer_child(pointer, key);
    const std::optional<Phase> phase = parse_phase_id(key);
    if (!phase) {
      std::string allowed;
      for (Phase known : kPhases) allowed += (allowed.empty() ? "" : ", ") + std::string(phase_id(known));
      problems.push_back({at, "unknown phase \"" + key + "\"; allowed: " + allowed});
      continue;
    }
    JsonFields fields(value, at, problems);
    if (!fields.valid()) continue;
    CallToAction cta;
    cta.label = fields.text("label").value_or(LocalizedText{});
    cta.text = fields.text("text").value_or(LocalizedText{});
    fields.reject_unknown({"label", "text"});
    brand.cta_by_phase[static_cast<std::size_t>(phase_number(*phase) - 1)] = std::move(cta);
  }
}

// The host of an https:// or mailto: link, lower case: "example.com" for
// "mailto:kontakt@Example.com?subject=x".
std::string link_host(std::string_view url) {
  std::size_t start = 0;
  if (url.rfind("mailto:", 0) == 0) {
    const std::size_t at = url.find('@');
    start = at == std::string_view::npos ? url.size() : at + 1;
  } else if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    start = scheme + 3;
    if (const std::size_t user = url.find('@', start); user != std::string_view::npos && user < url.find('/', start)) start = user + 1;
  }
  const std::size_t end = url.find_first_of("/?#:", start);
  std::string host(url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  for (char& c : host) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return host;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// RFC 2606 and RFC 6761: names reserved for examples and tests, never anyone's real address.
bool reserved_host(std::string_view host) {
  for (std::string_view domain : {"example.com", "example.org", "example.net"}) {
    if (host == domain || ends_with(host, "." + std::string(domain))) return true;
  }
  for (std::string_view tld : {"example", "invalid", "test", "localhost"}) {
    if (host == tld || ends_with(host, "." + std::string(tld))) return true;
  }
  return false;
}

bool is_public_url(std::string_view url) {
  return url.rfind("https://", 0) == 0 && is_safe_contact_url(url) && url.find('#') == std::string_view::npos;
}

}  // namespace

Problems brand_warnings(const Brand& brand) {
  Problems warnings;
  if (reserved_host(link_host(brand.contact_url))) {
    warnings.push_back({"/contact_url", "\"" + brand.contact_url + "\" is a placeholder: visitors cannot reach you there; "
                                        "set your own address in assets/brand.json"});
  }
  if (!brand.public_url.empty() && reserved_host(link_host(brand.public_url))) {
    warnings.push_back({"/public_url", "\"" + brand.public_url + "\" is a placeholder; set the check's real address or leave it out"});
  }
  return warnings;
}

CallToActionText Brand::cta_for(std::string_view phase_id, Language language) const {
  if (const std::optional<Phase> phase = parse_phase_id(phase_id)) {
    if (const auto& own = cta_by_phase[static_cast<std::size_t>(phase_number(*phase) - 1)]) {
      return {own->label.in(language), own->text.in(language)};
    }
  }
  return {cta_label.in(language), cta_text.in(language)};
}

std::optional<Rgb> parse_hex_colour(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  int values[3];
  for (int i = 0; i < 3; ++i) {
    const int high = hex_digit(text[static_cast<std::size_t>(1 + 2 * i)]);
    const int low = hex_digit(text[static_cast<std::size_t>(2 + 2 * i)]);
    if (high < 0 || low < 0) return std::nullopt;
    values[i] = high * 16 + low;
  }
  return Rgb{static_cast<float>(values[0]) / 255.f, static_cast<float>(values[1]) / 255.f, static_cast<float>(values[2]) / 255.f};
}

std::string format_hex_colour(Rgb colour) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string text = "#";
  for (float channel : {colour.r, colour.g, colour.b}) {
    const int value = static_cast<int>(channel * 255.f + 0.5f);
    text += kDigits[(value >> 4) & 0xf];
    text += kDigits[value & 0xf];
  }
  return text;
}

bool is_safe_contact_url(std::string_view url) {
  const bool https = url.rfind("https://", 0) == 0 && url.size() > 8;
  const bool mailto = url.rfind("mailto:", 0) == 0 && url.find('@') != std::string_view::npos;
  if (!https && !mailto) return false;
  for (unsigned char c : url) {
    if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\') return false;
  }
  return true;
}

BrandLoad load_brand(std::string_view json_text) {
  BrandLoad result;
  JsonRead read = read_json(json_text, {64 * 1024, 8});
  if (!read.ok()) {
    result.problems = std::move(read.problems);
    return result;
  }
  Problems& problems = result.problems;
  JsonFields fields(*read.value, "", problems);
  if (!fields.valid()) return result;
  if (auto schema = fields.string("schema", true, 64); schema && *schema != kBrandSchema) {
    problems.push_back({"/schema", "expected \"" + std::string(kBrandSchema) + "\", found \"" + *schema + "\""});
    return result;
  }
  Brand brand;
  brand.name = fields.string("name", true, 120).value_or("");
  if (fields.has("name") && brand.name.empty()) problems.push_back({"/name", "must not be empty"});
  brand.tagline = fields.text("tagline").value_or(LocalizedText{});
  if (const Json* colours = fields.object("colours")) {
    JsonFields colour_fields(*colours, "/colours", problems);
    brand.primary = read_colour(colour_fields, "primary", problems);
    brand.accent = read_colour(colour_fields, "accent", problems);
    brand.dark_primary = read_colour(colour_fields, "dark_primary", problems);
    colour_fields.reject_unknown({"primary", "accent", "dark_primary"});
  }
  if (auto url = fields.string("contact_url", true, 500)) {
    if (is_safe_contact_url(*url)) brand.contact_url = *url;
    else problems.push_back({"/contact_url", "must start with https:// or be a mailto: address, without spaces or quotes"});
  }
  if (auto url = fields.string("public_url", false, 500)) {
    if (is_public_url(*url)) brand.public_url = *url;
    else problems.push_back({"/public_url", "must start with https://, without spaces, quotes or a # part"});
  }
  brand.phone = fields.string("phone", false, 40).value_or("");
  if (brand.phone.find_first_not_of("+0123456789 ()/-") != std::string::npos) {
    problems.push_back({"/phone", "may hold only digits, spaces and + ( ) / -"});
  }
  brand.cta_label = fields.text("cta_label").value_or(LocalizedText{});
  brand.cta_text = fields.text("cta_text").value_or(LocalizedText{});
  if (const Json* by_phase = fields.object("cta_by_phase", false)) read_cta_by_phase(*by_phase, brand, problems);
  fields.reject_unknown({"schema", "name", "tagline", "colours", "contact_url", "public_url", "phone", "cta_label",
                        "cta_text", "cta_by_phase"});
  if (problems.empty()) result.value = std::move(brand);
  return result;
}

}  // namespace phasecheck

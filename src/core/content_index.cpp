#include "core/content_index.hpp"

#include <concepts>
#include <cstring>
#include <type_traits>

namespace phasecheck {
namespace {

constexpr std::string_view kMagic = "phasecheck.content-index/1";

// The model's fields, listed once for both directions: the writer gets a const model, the reader a
// model to fill. A field missing here is missing from the index, and the round-trip tests
// (tests/unit/test_content_index.cpp: the shipped content, and a variant that sets every field the
// shipped one leaves at its default) fail on it. When this list changes, so does the index's
// format: raise kMagic's number, so that an index written by an older tool is refused, not misread.
template <class T, class Model>
concept MaybeConst = std::same_as<std::remove_const_t<T>, Model>;

template <class Io, MaybeConst<LocalizedText> T> void fields(Io& io, T& t) { io(t.de, t.en); }
template <class Io, MaybeConst<Option> T> void fields(Io& io, T& o) { io(o.id, o.label, o.score, o.reason); }
template <class Io, MaybeConst<Question> T> void fields(Io& io, T& q) {
  io(q.id, q.short_title, q.text, q.help, q.required, q.options);
}
template <class Io, MaybeConst<Section> T> void fields(Io& io, T& s) { io(s.id, s.title, s.intro, s.score_label, s.questions); }
template <class Io, MaybeConst<NextStep> T> void fields(Io& io, T& n) { io(n.text, n.horizon, n.advice_here); }
template <class Io, MaybeConst<AnswerCondition> T> void fields(Io& io, T& c) { io(c.question, c.options); }
template <class Io, MaybeConst<Advice> T> void fields(Io& io, T& a) { io(a.id, a.when, a.phases, a.text, a.horizon); }
template <class Io, MaybeConst<PhaseTexts> T> void fields(Io& io, T& p) { io(p.title, p.conclusion, p.impact, p.next_steps); }
template <class Io, MaybeConst<Questionnaire> T> void fields(Io& io, T& q) {
  io(q.version, q.estimated_minutes, q.sections, q.phases, q.advice, q.recheck_months, q.messages);
}
template <class Io, MaybeConst<Rgb> T> void fields(Io& io, T& c) { io(c.r, c.g, c.b); }
template <class Io, MaybeConst<CallToAction> T> void fields(Io& io, T& c) { io(c.label, c.text); }
template <class Io, MaybeConst<Brand> T> void fields(Io& io, T& b) {
  io(b.name, b.tagline, b.primary, b.accent, b.dark_primary, b.contact_url, b.public_url, b.phone, b.cta_label,
     b.cta_text, b.cta_by_phase);
}

template <class T> struct IsOptional : std::false_type {};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {};
template <class T> struct IsVector : std::false_type {};
template <class T> struct IsVector<std::vector<T>> : std::true_type {};
template <class T> struct IsArray : std::false_type {};
template <class T, std::size_t N> struct IsArray<std::array<T, N>> : std::true_type {};
template <class T> struct IsMap : std::false_type {};
template <class K, class V, class C> struct IsMap<std::map<K, V, C>> : std::true_type {};

// A text is kept as where its bytes are. Almost every text of the content is, byte for byte, a
// part of one of the two files (JSON escapes aside), so the index holds its place there, not its
// bytes: the index stays a few KB, and the page copies the texts out of the files it fetched.
enum Source : std::uint64_t { kInQuestionnaire = 0, kInBrand = 1, kInIndex = 2 };
constexpr unsigned kSourceBits = 2;

class IndexWriter {
 public:
  IndexWriter(std::string_view questionnaire_json, std::string_view brand_json)
      : sources_{questionnaire_json, brand_json} {}

  std::string bytes;

  // Where texts are looked for first: the file the model part being written came from.
  void prefer(Source source) { preferred_ = source; }

  template <class... Values> void operator()(const Values&... values) { (write(values), ...); }

  void signed_number(std::int64_t value) {
    number(value < 0 ? (static_cast<std::uint64_t>(-(value + 1)) << 1) | 1 : static_cast<std::uint64_t>(value) << 1);
  }
  void number(std::uint64_t value) {
    do {
      const auto low = static_cast<char>(value & 0x7F);
      value >>= 7;
      bytes += static_cast<char>(low | (value ? 0x80 : 0));
    } while (value);
  }
  void text_bytes(std::string_view text) { bytes += text; }

 private:
  template <class T> void write(const T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
      write_text(value);
    } else if constexpr (std::is_same_v<T, bool>) {
      number(value ? 1 : 0);
    } else if constexpr (std::is_same_v<T, int>) {
      signed_number(value);
    } else if constexpr (std::is_same_v<T, float>) {
      std::uint32_t bits;  // Emscripten 3.1.6's libc++ has no std::bit_cast
      std::memcpy(&bits, &value, sizeof bits);
      number(bits);
    } else if constexpr (IsOptional<T>::value) {
      number(value ? 1 : 0);
      if (value) write(*value);
    } else if constexpr (IsVector<T>::value || IsMap<T>::value) {
      number(value.size());
      for (const auto& item : value) write(item);
    } else if constexpr (IsArray<T>::value) {
      for (const auto& item : value) write(item);
    } else if constexpr (requires { value.first; value.second; }) {
      write(value.first);
      write(value.second);
    } else {
      fields(*this, value);
    }
  }

  // Texts mostly follow each other in their file, so the place is written as the distance from where
  // the last text found there ended.
  void write_text(std::string_view text) {
    for (const Source source : {preferred_, preferred_ == kInQuestionnaire ? kInBrand : kInQuestionnaire}) {
      if (text.empty()) break;  // an empty text is written inline: no place to point at
      const std::string_view file = sources_[source];
      std::size_t at = file.find(text, next_[source]);
      if (at == std::string_view::npos) at = file.find(text);
      if (at == std::string_view::npos) continue;
      number((std::uint64_t{text.size()} << kSourceBits) | source);
      signed_number(static_cast<std::int64_t>(at) - static_cast<std::int64_t>(next_[source]));
      next_[source] = at + text.size();
      return;
    }
    number((std::uint64_t{text.size()} << kSourceBits) | kInIndex);
    text_bytes(text);
  }

  std::string_view sources_[2];
  std::size_t next_[2] = {0, 0};
  Source preferred_ = kInQuestionnaire;
};

// Reads what IndexWriter wrote. Every read is checked against the index's and the files' ends; the
// first that fails spoils the read, and the caller falls back to the JSON.
class IndexReader {
 public:
  IndexReader(std::string_view index, std::string_view questionnaire_json, std::string_view brand_json)
      : index_(index), sources_{questionnaire_json, brand_json} {}

  bool ok() const { return ok_; }
  bool at_end() const { return at_ == index_.size(); }

  template <class... Values> void operator()(Values&... values) { (read(values), ...); }

  std::uint64_t number() {
    std::uint64_t value = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
      if (at_ >= index_.size()) return fail();
      const auto byte = static_cast<unsigned char>(index_[at_++]);
      if (shift == 63 && byte > 1) return fail();  // bits beyond 64 would be dropped, not refused
      value |= std::uint64_t{byte & 0x7Fu} << shift;
      if (!(byte & 0x80)) return value;
    }
    return fail();
  }
  // Lengths and places are compared as read, before any narrowing: on wasm32 a size_t is 32 bits.
  std::string_view text_bytes(std::uint64_t length) {
    if (length > index_.size() - at_) return fail(), std::string_view();
    const std::string_view text = index_.substr(at_, static_cast<std::size_t>(length));
    at_ += static_cast<std::size_t>(length);
    return text;
  }

 private:
  std::uint64_t fail() {
    ok_ = false;
    at_ = index_.size();
    return 0;
  }
  std::int64_t signed_number() {
    const std::uint64_t value = number();
    return value & 1 ? -static_cast<std::int64_t>(value >> 1) - 1 : static_cast<std::int64_t>(value >> 1);
  }
  // A count of items, each of which takes at least a byte of the index: a damaged count fails here
  // instead of asking for gigabytes.
  std::size_t count() {
    const std::uint64_t value = number();
    if (value > index_.size() - at_) return static_cast<std::size_t>(fail());
    return static_cast<std::size_t>(value);
  }

  template <class T> void read(T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
      value = read_text();
    } else if constexpr (std::is_same_v<T, bool>) {
      value = number() != 0;
    } else if constexpr (std::is_same_v<T, int>) {
      const std::int64_t wide = signed_number();
      if (wide < INT32_MIN || wide > INT32_MAX) fail();
      value = static_cast<int>(wide);
    } else if constexpr (std::is_same_v<T, float>) {
      const auto bits = static_cast<std::uint32_t>(number());
      std::memcpy(&value, &bits, sizeof value);
    } else if constexpr (IsOptional<T>::value) {
      value.reset();
      if (number()) read(value.emplace());
    } else if constexpr (IsVector<T>::value) {
      value.clear();
      value.resize(count());
      for (auto& item : value) read(item);
    } else if constexpr (IsMap<T>::value) {
      value.clear();
      for (std::size_t n = count(); n > 0 && ok_; --n) {
        typename T::key_type key;
        typename T::mapped_type mapped;
        read(key);
        read(mapped);
        value.emplace(std::move(key), std::move(mapped));
      }
    } else if constexpr (IsArray<T>::value) {
      for (auto& item : value) read(item);
    } else {
      fields(*this, value);
    }
  }

  std::string read_text() {
    const std::uint64_t head = number();
    const auto source = static_cast<Source>(head & ((1u << kSourceBits) - 1));
    const std::uint64_t length = head >> kSourceBits;
    if (source == kInIndex) return std::string(text_bytes(length));
    if (source > kInBrand) return fail(), std::string();
    const std::string_view file = sources_[source];
    // The distance from the last text's end, checked against the file before it is added.
    const std::int64_t distance = signed_number();
    const auto from = static_cast<std::int64_t>(next_[source]);
    if (distance < -from || distance > static_cast<std::int64_t>(file.size()) - from) return fail(), std::string();
    const auto at = static_cast<std::size_t>(from + distance);
    if (length > file.size() - at) return fail(), std::string();
    next_[source] = at + static_cast<std::size_t>(length);
    return std::string(file.substr(at, static_cast<std::size_t>(length)));
  }

  std::string_view index_;
  std::size_t at_ = 0;
  bool ok_ = true;
  std::string_view sources_[2];
  std::size_t next_[2] = {0, 0};
};

}  // namespace

std::uint64_t content_hash(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return hash;
}

std::string write_content_index(const Questionnaire& questionnaire, const Brand& brand,
                                std::string_view questionnaire_json, std::string_view brand_json) {
  IndexWriter writer(questionnaire_json, brand_json);
  writer.number(kMagic.size());
  writer.text_bytes(kMagic);
  for (const std::string_view file : {questionnaire_json, brand_json}) {
    writer.number(file.size());
    writer.number(content_hash(file));
  }
  writer.prefer(kInQuestionnaire);
  writer(questionnaire);
  writer.prefer(kInBrand);
  writer(brand);
  return std::move(writer.bytes);
}

std::optional<IndexedContent> read_content_index(std::string_view index, std::string_view questionnaire_json,
                                                 std::string_view brand_json) {
  IndexReader reader(index, questionnaire_json, brand_json);
  if (reader.text_bytes(reader.number()) != kMagic) return std::nullopt;
  for (const std::string_view file : {questionnaire_json, brand_json}) {
    if (reader.number() != file.size() || reader.number() != content_hash(file) || !reader.ok()) return std::nullopt;
  }
  IndexedContent content;
  reader(content.questionnaire, content.brand);
  if (!reader.ok() || !reader.at_end()) return std::nullopt;
  return content;
}

}  // namespace phasecheck

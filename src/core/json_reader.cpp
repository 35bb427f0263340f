#include "core/json_reader.hpp"

#include <vector>

#include "core/utf8.hpp"

namespace phasecheck {
namespace {

std::string line_and_column(std::string_view text, std::size_t chars_read) {
  // chars_read counts the offending character itself; report that character's place.
  const std::size_t offset = chars_read == 0 ? 0 : std::min(chars_read - 1, text.size());
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(offset - line_start + 1);
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: "; keep only the description, since the place is reported separately.
std::string strip_nlohmann_prefix(std::string message) {
  if (auto bracket = message.find("] "); bracket != std::string::npos) message.erase(0, bracket + 2);
  if (auto column = message.find("column "); column != std::string::npos) {
    if (auto colon = message.find(": ", column); colon != std::string::npos) message.erase(0, colon + 2);
  }
  return message;
}

// Builds the DOM like nlohmann's own SAX DOM parser, plus a depth limit and duplicate-key check.
// Nothing is kept per value beyond the value itself: a refusal's place is worked out from the
// containers still open, so valid content (read at every start) pays for no pointers.
class LimitedDomBuilder {
 public:
  LimitedDomBuilder(Json& root, std::string_view text, int max_depth, Problems& problems)
      : root_(root), text_(text), max_depth_(max_depth), problems_(problems) {}

  bool null() { return add(Json(nullptr)); }
  bool boolean(bool value) { return add(Json(value)); }
  bool number_integer(Json::number_integer_t value) { return add(Json(value)); }
  bool number_unsigned(Json::number_unsigned_t value) { return add(Json(value)); }
  bool number_float(Json::number_float_t value, const Json::string_t&) { return add(Json(value)); }
  bool string(Json::string_t& value) { return add(Json(std::move(value))); }
  bool binary(Json::binary_t&) { return fail(current_pointer(), "binary values are not JSON"); }

  bool start_object(std::size_t) { return open(Json::object()); }
  bool start_array(std::size_t) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  // The key's slot is made at once, as nlohmann's DOM parser does; its value fills it.
  bool key(Json::string_t& name) {
    Frame& frame = stack_.back();
    auto [entry, added] = frame.value->get_ref<Json::object_t&>().try_emplace(std::move(name));
    // try_emplace does not move from the key when it is there already: the message can name it.
    if (!added) return fail(current_pointer(), "duplicate key \"" + name + "\"");
    frame.slot = &entry->second;
    frame.key = &entry->first;
    return true;
  }

  bool parse_error(std::size_t chars_read, const std::string&, const nlohmann::detail::exception& error) {
    // nlohmann quotes the bytes it last read, malformed UTF-8 too: cleaned, so the message can be shown,
    // written as JSON (a strict dump would throw) and compared without passing the bad bytes on.
    problems_.push_back({line_and_column(text_, chars_read), utf8::excerpt(strip_nlohmann_prefix(error.what()))});
    return false;
  }

 private:
  // Raw pointers into the document are safe: a container's parent gets no new element while the
  // container is open (its vector cannot move it), and an object's keys and values live in map
  // nodes, which never move.
  struct Frame {
    Json* value;
    Json* slot = nullptr;  // in an object: the value of its latest key, which the next value fills
    const std::string* key = nullptr;  // in an object: its latest key, for a refusal's place
  };

  // The innermost open container's pointer. Each container below the top sits in the one before
  // it at that one's latest key, or as its last element.
  std::string current_pointer() const {
    std::string pointer;
    for (std::size_t i = 1; i < stack_.size(); ++i) {
      const Frame& parent = stack_[i - 1];
      pointer = parent.value->is_object() ? pointer_child(pointer, *parent.key)
                                          : pointer_child(pointer, parent.value->size() - 1);
    }
    return pointer;
  }

  bool fail(std::string where, std::string what) {
    problems_.push_back({where.empty() ? "/" : std::move(where), std::move(what)});
    return false;
  }

  // Places a value in the current container and returns where it now is.
  Json* place(Json&& value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Frame& frame = stack_.back();
    if (frame.value->is_object()) {
      *frame.slot = std::move(value);
      return frame.slot;
    }
    frame.value->push_back(std::move(value));
    return &frame.value->back();
  }

  bool add(Json&& value) {
    place(std::move(value));
    return true;
  }

  bool open(Json&& container) {
    if (static_cast<int>(stack_.size()) >= max_depth_) {
      return fail(current_pointer(), "nesting deeper than " + std::to_string(max_depth_) + " levels");
    }
    stack_.push_back(Frame{place(std::move(container))});
    return true;
  }

  bool close() {
    stack_.pop_back();
    return true;
  }

  Json& root_;
  std::string_view text_;
  int max_depth_;
  Problems& problems_;
  std::vector<Frame> stack_;
};

}  // namespace

JsonRead read_json(std::string_view text, const JsonLimits& limits) {
  JsonRead result;
  if (text.size() > limits.max_bytes) {
    result.problems.push_back({"", "input is " + std::to_string(text.size()) + " bytes; the limit is " +
                                       std::to_string(limits.max_bytes) + " bytes"});
    return result;
  }
  Json value;
  LimitedDomBuilder builder(value, text, limits.max_depth, result.problems);
  const bool read = Json::sax_parse(text.begin(), text.end(), &builder);
  if (!read && result.problems.empty()) result.problems.push_back({"", "the JSON text could not be read"});
  if (result.problems.empty()) result.value = std::move(value);
  return result;
}

std::string pointer_child(const std::string& pointer, std::string_view token) {
  std::string out = pointer;
  out += '/';
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string pointer_child(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

std::string json_type_phrase(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::binary: return "binary data";
    case Json::value_t::discarded: return "nothing";
    default: return "a number";
  }
}

}  // namespace phasecheck

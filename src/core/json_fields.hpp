#pragma once
// Typed, bounded access to the fields of one JSON object, collecting a problem with its JSON
// pointer for every field that is missing, of the wrong type, too long or unknown.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "core/json_reader.hpp"
#include "core/localized_text.hpp"

namespace phasecheck {

inline constexpr std::size_t kMaxTextLength = 2000;

class JsonFields {
 public:
  JsonFields(const Json& value, std::string pointer, Problems& problems);

  bool valid() const { return object_ != nullptr; }
  const std::string& pointer() const { return pointer_; }
  std::string pointer_to(std::string_view key) const { return pointer_child(pointer_, key); }
  bool has(std::string_view key) const;

  std::optional<std::string> string(std::string_view key, bool required = true,
                                    std::size_t max_length = kMaxTextLength);
  std::optional<LocalizedText> text(std::string_view key, bool required = true);
  std::optional<bool> boolean(std::string_view key, bool required = true);
  std::optional<int> integer(std::string_view key, int min, int max, bool required = true);
  const Json* array(std::string_view key, bool required = true);
  const Json* object(std::string_view key, bool required = true);

  // Reports each key not in `known` (typos in hand-edited files should not pass silently).
  void reject_unknown(std::initializer_list<std::string_view> known);

 private:
  const Json* field(std::string_view key, bool required);
  void wrong_type(std::string_view key, const Json& value, std::string_view expected);

  const Json* object_ = nullptr;
  std::string pointer_;
  Problems& problems_;
};

// Reads {"de": "...", "en": "..."}: both present, non-empty, bounded, nothing else.
std::optional<LocalizedText> read_localized(const Json& value, const std::string& pointer, Problems& problems);

// An id is what files and links refer to: lowercase ASCII letters, digits, '_' and '-'.
bool is_valid_id(std::string_view id);

}  // namespace phasecheck

#include "core/json_fields.hpp"

namespace phasecheck {

JsonFields::JsonFields(const Json& value, std::string pointer, Problems& problems)
    : pointer_(std::move(pointer)), problems_(problems) {
  if (value.is_object()) object_ = &value;
  else problems_.push_back({pointer_.empty() ? "/" : pointer_, "expected an object, found " + json_type_phrase(value)});
}

bool JsonFields::has(std::string_view key) const {
  return object_ && object_->contains(key);
}

const Json* JsonFields::field(std::string_view key, bool required) {
  if (!object_) return nullptr;
  auto it = object_->find(key);
  if (it == object_->end()) {
    if (required) problems_.push_back({pointer_to(key), "missing"});
    return nullptr;
  }
  return &*it;
}

void JsonFields::wrong_type(std::string_view key, const Json& value, std::string_view expected) {
  problems_.push_back({pointer_to(key), "expected " + std::string(expected) + ", found " + json_type_phrase(value)});
}

std::optional<std::string> JsonFields::string(std::string_view key, bool required, std::size_t max_length) {
  const Json* value = field(key, required);
  if (!value) return std::nullopt;
  if (!value->is_string()) {
    wrong_type(key, *value, "a string");
    return std::nullopt;
  }
  const auto& text = value->get_ref<const std::string&>();
  if (text.size() > max_length) {
    problems_.push_back({pointer_to(key), "longer than " + std::to_string(max_length) + " bytes"});
    return std::nullopt;
  }
  return text;
}

std::optional<LocalizedText> JsonFields::text(std::string_view key, bool required) {
  const Json* value = field(key, required);
  if (!value) return std::nullopt;
  return read_localized(*value, pointer_to(key), problems_);
}

std::optional<bool> JsonFields::boolean(std::string_view key, bool required) {
  const Json* value = field(key, required);
  if (!value) return std::nullopt;
  if (!value->is_boolean()) {
    wrong_type(key, *value, "true or false");
    return std::nullopt;
  }
  return value->get<bool>();
}

std::optional<int> JsonFields::integer(std::string_view key, int min, int max, bool required) {
  const Json* value = field(key, required);
  if (!value) return std::nullopt;
  if (!value->is_number_integer()) {
    wrong_type(key, *value, "a whole number");
    return std::nullopt;
  }
  const auto number = value->get<long long>();
  if (number < min || number > max) {
    problems_.push_back({pointer_to(key), "must be between " + std::to_string(min) + " and " + std::to_string(max) +
                                              ", found " + std::to_string(number)});
    return std::nullopt;
  }
  return static_cast<int>(number);
}

const Json* JsonFields::array(std::string_view key, bool required) {
  const Json* value = field(key, required);
  if (value && !value->is_array()) {
    wrong_type(key, *value, "an array");
    return nullptr;
  }
  return value;
}

const Json* JsonFields::object(std::string_view key, bool required) {
  const Json* value = field(key, required);
  if (value && !value->is_object()) {
    wrong_type(key, *value, "an object");
    return nullptr;
  }
  return value;
}

void JsonFields::reject_unknown(std::initializer_list<std::string_view> known) {
  if (!object_) return;
  for (const auto& [key, value] : object_->items()) {
    bool is_known = false;
    for (auto name : known) is_known = is_known || name == key;
    if (!is_known) problems_.push_back({pointer_to(key), "unknown field"});
  }
}

std::optional<LocalizedText> read_localized(const Json& value, const std::string& pointer, Problems& problems) {
  const std::size_t before = problems.size();
  JsonFields fields(value, pointer, problems);
  if (!fields.valid()) return std::nullopt;
  LocalizedText text;
  for (Language language : kLanguages) {
    const auto code = language_code(language);
    auto entry = fields.string(code);
    if (!entry) continue;
    if (entry->empty()) problems.push_back({fields.pointer_to(code), "empty translation"});
    (language == Language::de ? text.de : text.en) = std::move(*entry);
  }
  fields.reject_unknown({"de", "en"});
  if (problems.size() != before) return std::nullopt;
  return text;
}

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace phasecheck

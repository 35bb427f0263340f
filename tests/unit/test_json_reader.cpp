#include "core/json_reader.hpp"

#include "test_support.hpp"

using namespace phasecheck;

TEST_CASE("read_json reads valid JSON") {
  JsonRead read = read_json(R"({"a": [1, 2, {"b": null}], "c": "ä"})");
  REQUIRE(read.ok());
  CHECK((*read.value)["a"][2].contains("b"));
  CHECK((*read.value)["c"] == "ä");
  // Containers followed by more keys and elements: each value lands under its own key.
  const std::string nested = R"({"a":{"b":1},"c":[1,{"d":[2,3]},{}],"e":{"f":{"g":null}},"h":[]})";
  JsonRead whole = read_json(nested);
  REQUIRE(whole.ok());
  CHECK(*whole.value == Json::parse(nested));
}

TEST_CASE("syntax errors name line and column") {
  struct Case {
    const char* text;
    const char* where;
  };
  const Case cases[] = {
      {"{\n  \"a\": tru\n}", "line 2, column 11"},  // the newline that ended "tru"
      {"{\"a\": 1,}", "line 1, column 9"},
      {"", "line 1, column 1"},
      {"[1, 2", "line 1, column 6"},  // just past the end
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    JsonRead read = read_json(c.text);
    REQUIRE_FALSE(read.ok());
    CHECK(read.problems[0].where == c.where);
    CHECK_FALSE(read.problems[0].what.empty());
    CHECK(read.problems[0].what.find("json.exception") == std::string::npos);
  }
}

TEST_CASE("deep nesting is refused without recursion") {
  const std::string deep(100000, '[');
  JsonRead read = read_json(deep);
  REQUIRE_FALSE(read.ok());
  CHECK(read.problems[0].what.find("nesting deeper than 16") != std::string::npos);
  CHECK(read_json(std::string(16, '[') + std::string(16, ']')).ok());
  CHECK_FALSE(read_json(std::string(17, '[') + std::string(17, ']')).ok());
}

TEST_CASE("oversized input is refused before parsing") {
  JsonLimits limits;
  limits.max_bytes = 10;
  JsonRead read = read_json("[1,2,3,4,5,6]", limits);
  REQUIRE_FALSE(read.ok());
  CHECK(read.problems[0].what.find("limit is 10 bytes") != std::string::npos);
}

TEST_CASE("duplicate keys are refused with their pointer") {
  JsonRead read = read_json(R"({"answers": {"x": "a", "x": "b"}})");
  REQUIRE_FALSE(read.ok());
  CHECK(read.problems[0].where == "/answers");
  CHECK(read.problems[0].what == "duplicate key \"x\"");
}

TEST_CASE("a refusal deep inside names the container it happened in") {
  // Arrays by index, keys escaped, the root as "/": where a writer of the file would look.
  JsonRead duplicate = read_json(R"({"a": [0, {"b/c": [{"k": 1, "k": 2}]}]})");
  REQUIRE_FALSE(duplicate.ok());
  CHECK(duplicate.problems[0].where == "/a/1/b~1c/0");
  CHECK(duplicate.problems[0].what == "duplicate key \"k\"");
  JsonRead at_root = read_json(R"({"k": 1, "k": 2})");
  REQUIRE_FALSE(at_root.ok());
  CHECK(at_root.problems[0].where == "/");
  JsonLimits shallow;
  shallow.max_depth = 3;
  JsonRead deep = read_json(R"({"x": {"y~": [[1]]}})", shallow);
  REQUIRE_FALSE(deep.ok());
  CHECK(deep.problems[0].where == "/x/y~0");
  CHECK(deep.problems[0].what == "nesting deeper than 3 levels");
  // The place names the latest key of each object around it, and counts the closed siblings before it.
  CHECK(read_json(R"({"a": 0, "z": 0, "m": {"k": 1, "k": 2}})").problems[0].where == "/m");
  CHECK(read_json(R"({"b": {"x": 1}, "a": {"k": 1, "k": 2}})").problems[0].where == "/a");
  JsonRead after_siblings = read_json(R"([{"a": 1}, [2], {"k": 1, "k": 2}])");
  REQUIRE_FALSE(after_siblings.ok());
  CHECK(after_siblings.problems[0].where == "/2");
}

TEST_CASE("invalid UTF-8 and number overflow are refused") {
  CHECK_FALSE(read_json("\"\xff\"").ok());
  JsonRead overflow = read_json("[1e400]");
  REQUIRE_FALSE(overflow.ok());
  CHECK(overflow.problems[0].what.find("1e400") != std::string::npos);
}

TEST_CASE("pointer tokens are escaped") {
  CHECK(pointer_child("/a", "b/c~d") == "/a/b~1c~0d");
  CHECK(pointer_child("/a", std::size_t{3}) == "/a/3");
}

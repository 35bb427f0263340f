#pragma once
// The answers as a short URL fragment ("#a=1…"), so a result can travel as a link without any
// server: fragments are never sent in requests. Format v1, documented in docs/formats.md:
//   "1" + one character per question of kShareOrderV1 (the option's position, '0'–'9', or '-')
//   + optionally "~" + ten comma-separated figures (prior year, then current year, each in the
//   order revenue, gross_margin, sales_cost, sales_fte, new_customer_revenue; empty = not given).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/answers.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck {

// Question order of link format v1. Only ever appended to in a new format version.
const std::vector<std::string_view>& share_order_v1();

std::string encode_share_fragment(const AnswersDocument& answers, const Questionnaire& questionnaire);

struct ShareRead {
  std::optional<AnswersDocument> answers;
  Problems problems;
};
// Accepts the fragment with or without the leading "#a=". Refuses anything malformed, naming
// the position or the question.
ShareRead decode_share_fragment(std::string_view fragment, const Questionnaire& questionnaire);

}  // namespace phasecheck

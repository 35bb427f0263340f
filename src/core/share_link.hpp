#pragma once
// The answers as a short URL fragment ("#a=1…"), so a result can travel as a link without any
// server: fragments are never sent in requests. Format v1, documented in docs/formats.md:
//   "1" + one character per question of contract::kQuestions, in that order: the option's position
//   in that table ('0'–'9', not its place in the questionnaire, which may be reordered), or '-'.
//   + optionally "~" + ten comma-separated figures (prior year, then current year, each in the
//   order revenue, gross_margin, sales_cost, sales_fte, new_customer_revenue; empty = not given).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/answers.hpp"
#include "core/contract.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck {

std::string encode_share_fragment(const AnswersDocument& answers);

using ShareRead = Checked<AnswersDocument>;
// Accepts the fragment with or without the leading "#a=". Refuses anything malformed, naming
// the position or the question.
ShareRead decode_share_fragment(std::string_view fragment, const Questionnaire& questionnaire);

}  // namespace phasecheck

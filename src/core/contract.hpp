#pragma once
// The content contract: every question and option id the C++ code reads by name, in one table.
// - load_questionnaire() refuses a questionnaire that does not hold exactly these questions with
//   exactly these options (in any order), so an edit of assets/ cannot silently break the code.
// - Code names a question or an answer only through question_id() and answer(), which do not
//   compile for an id missing here.
// - Share links (format v1) encode each answer as its option's position in *this* table, so
//   reordering options in the questionnaire never changes what an old link means.
// Never rename, drop or reorder anything here: saved files and links carry these ids. A new
// question or option needs a new link format version (docs/formats.md).
#include <array>
#include <cstddef>
#include <string_view>

namespace phasecheck::contract {

enum class Use {
  rule,      // decides the phase (RuleInputs); required, and each option is cited as a reason
  ladder,    // the sales-stage ladder: its options are the rungs, lowest first; required
  evidence,  // read by the evidence step, the confidence checks and the advice (docs/rules.md)
};

inline constexpr std::size_t kMaxOptions = 10;  // a link writes one digit per answer

struct QuestionSpec {
  std::string_view id;
  Use use;
  std::array<std::string_view, kMaxOptions> options;  // in link order; unused slots stay empty

  constexpr std::size_t option_count() const {
    std::size_t count = 0;
    while (count < options.size() && !options[count].empty()) ++count;
    return count;
  }
  // The option's position in link order, or -1.
  constexpr int position(std::string_view option_id) const {
    for (std::size_t i = 0; i < option_count(); ++i) {
      if (options[i] == option_id) return static_cast<int>(i);
    }
    return -1;
  }
};

// In link format v1 order, which is also the order the shipped questionnaire asks them in.
inline constexpr std::array<QuestionSpec, 15> kQuestions = {{
    {"sales_stage", Use::ladder, {"contact", "product", "solution", "smarter"}},
    {"playbook_documented", Use::evidence, {"yes", "partly", "no"}},
    {"buying_behavior_change", Use::evidence, {"little", "noticeably", "fundamentally", "unknown"}},
    {"active_selling_time", Use::evidence, {"over_50", "30_50", "under_30", "unknown"}},
    {"scale_unchanged", Use::rule, {"yes", "partly", "no", "unsure"}},
    {"market_exhaustion", Use::rule, {"low", "medium", "high", "max", "unknown"}},
    {"scaling_completed", Use::rule, {"yes", "partly", "no"}},
    {"new_rep_ramp", Use::evidence, {"comparable", "somewhat_below", "far_below", "no_hires"}},
    {"hiring_capacity", Use::evidence, {"yes", "with_effort", "no"}},
    {"profitability_trend", Use::rule, {"rising", "stable", "falling", "unknown"}},
    {"win_rate_trend", Use::evidence, {"rising", "stable", "falling", "unknown"}},
    {"discount_trend", Use::evidence, {"falling", "stable", "rising", "unknown"}},
    {"cost_vs_revenue", Use::evidence, {"slower", "same", "faster", "unknown"}},
    {"optimization_status", Use::rule, {"none", "partial", "exhausted"}},
    {"last_optimization", Use::evidence, {"within_1y", "1_3y", "over_3y", "never"}},
}};

constexpr const QuestionSpec* find(std::string_view question_id) {
  for (const auto& spec : kQuestions) {
    if (spec.id == question_id) return &spec;
  }
  return nullptr;
}

// The contract's own copy of an option id (static storage, so a view of it never dangles), or "".
constexpr std::string_view stored_option(std::string_view question_id, std::string_view option_id) {
  const QuestionSpec* spec = find(question_id);
  const int at = spec ? spec->position(option_id) : -1;
  return at < 0 ? std::string_view{} : spec->options[static_cast<std::size_t>(at)];
}

// Deliberately not constexpr: reaching it while evaluating question_id() or answer() stops the
// compilation, which is how a misspelt id is caught before any test runs.
void id_is_not_in_the_contract();

consteval std::string_view question_id(std::string_view id) {
  if (!find(id)) id_is_not_in_the_contract();
  return id;
}

// One answer the code reads by name: "question_id = option_id".
struct Answer {
  std::string_view question;
  std::string_view option;
};

consteval Answer answer(std::string_view question, std::string_view option) {
  const QuestionSpec* spec = find(question);
  if (!spec || spec->position(option) < 0) id_is_not_in_the_contract();
  return {question, option};
}

// The questions that decide the phase, in table order: RuleInputs holds exactly these.
inline constexpr std::size_t kRuleQuestionCount = [] {
  std::size_t count = 0;
  for (const auto& spec : kQuestions) count += spec.use == Use::rule ? 1 : 0;
  return count;
}();

inline constexpr std::array<std::string_view, kRuleQuestionCount> kRuleQuestions = [] {
  std::array<std::string_view, kRuleQuestionCount> ids{};
  std::size_t next = 0;
  for (const auto& spec : kQuestions) {
    if (spec.use == Use::rule) ids[next++] = spec.id;
  }
  return ids;
}();

// The rungs of the sales-stage ladder, lowest first.
constexpr const QuestionSpec& sales_stage() { return *find(question_id("sales_stage")); }

}  // namespace phasecheck::contract

#pragma once
// The public contract: question and option ids that exported files and share links depend on.
// Never rename them. The rules in rules.cpp read exactly these.
#include <string_view>
#include <vector>

namespace phasecheck::contract {

struct ContractQuestion {
  std::string_view id;
  std::vector<std::string_view> options;
  bool feeds_rules;  // its options must carry a reason text
};

inline const std::vector<ContractQuestion>& questions() {
  static const std::vector<ContractQuestion> list = {
      {"scale_unchanged", {"yes", "partly", "no", "unsure"}, true},
      {"profitability_trend", {"rising", "stable", "falling", "unknown"}, true},
      {"scaling_completed", {"yes", "partly", "no"}, true},
      {"market_exhaustion", {"low", "medium", "high", "max", "unknown"}, true},
      {"sales_stage", {"contact", "product", "solution", "smarter"}, false},
      {"optimization_status", {"none", "partial", "exhausted"}, true},
  };
  return list;
}

// The rungs of the sales-stage ladder, lowest first.
inline const std::vector<std::string_view>& sales_stage_ladder() {
  for (const auto& question : questions()) {
    if (question.id == "sales_stage") return question.options;
  }
  static const std::vector<std::string_view> none;
  return none;
}

}  // namespace phasecheck::contract

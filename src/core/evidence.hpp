#pragma once
// The evidence step in front of the phase rules (docs/rules.md, "Evidence"). Each decisive input
// is derived from everything that bears on it, strongest first: the entered figures, then the
// direct answer, then corroborating answers. Language-free: core/report.cpp words what it found.
#include <string_view>
#include <vector>

#include "core/answers.hpp"
#include "core/economics.hpp"
#include "core/rules.hpp"

namespace phasecheck {

// Corroborating answers outweigh a direct answer only when at least this many agree; a single
// one is a doubt (docs/rules.md explains why).
inline constexpr std::size_t kSignalsThatCount = 2;

// By the ids that results and docs/rules.md use ("evidence.<id>").
enum class EvidenceRule {
  figures_loss,           // sales earns no positive contribution: Phase 1 is ruled out
  figures_trend,          // figures that clearly disagree decide the profitability trend
  figures_fill,           // figures answer a "don't know" on profitability
  profitability_signals,  // two signals of eroding profitability count over "rising"/"stable"
  scale_signals,          // two signals against scaling unchanged count over "yes"
  optimization_never,     // "used up", yet never optimised
  optimization_levers,    // "used up", yet two obvious levers untouched
};
inline constexpr EvidenceRule kEvidenceRules[] = {
    EvidenceRule::figures_loss,  EvidenceRule::figures_trend,       EvidenceRule::figures_fill,
    EvidenceRule::profitability_signals, EvidenceRule::scale_signals, EvidenceRule::optimization_never,
    EvidenceRule::optimization_levers,
};
std::string_view evidence_rule_id(EvidenceRule rule);

// Evidence that changed what a decisive input counts as.
struct Override {
  EvidenceRule rule;
  std::string_view question;  // the rule question whose answer was overridden
  std::string_view answered;  // the option given
  std::string_view counted;   // the option that counts instead ("" for figures_loss: Phase 1 is out)
  std::vector<contract::Answer> signals;  // the corroborating answers behind it
};

// One corroborating answer against a direct one: too weak to override it, so it lowers the
// confidence instead. A second one would trigger `rule`.
struct Doubt {
  EvidenceRule rule;
  std::string_view question;
  contract::Answer signal;
};

struct Evidence {
  RuleInputs inputs;  // what the phase rules decide on
  std::vector<Override> overrides;
  std::vector<Doubt> doubts;
  // The figures lean against the profitability answer, but by less than counts: it stands.
  bool figures_disagree = false;

  const Override* override_of(std::string_view question) const;
  // The answer that counts for a question: the evidence's for a rule question, else the visitor's.
  std::string_view counted(const AnswersDocument& answers, std::string_view question_id) const;
};

Evidence weigh_evidence(const AnswersDocument& answers, const EconomicsAnalysis& economics);

// The corroborating answers each rule reads, for the docs check and the tests.
const std::vector<contract::Answer>& evidence_signals(EvidenceRule rule);

}  // namespace phasecheck

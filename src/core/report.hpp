#pragma once
// The result in words: everything a screen, a file or a printed page shows, in one language.
// Built from an Assessment and the questionnaire's texts; views only read it.
#include <optional>
#include <string>
#include <vector>

#include "core/answers.hpp"
#include "core/assessment.hpp"
#include "core/questionnaire.hpp"

namespace phasecheck {

struct ReportItem {
  std::string id;  // stable: "scale_unchanged.yes", "evidence.figures_trend", "contradiction.scale_vs_market", ...
  std::string text;
};

struct ReportNextStep {
  std::string id;  // "step.scale.1" for the phase's own steps, "advice.<id>" for advice
  std::string text;
  std::string horizon;
  std::string because;  // advice only: the answers that call for it
};

// Evidence that overrode an answer (core/evidence.hpp), for files and other tools; its words are
// among the reasons.
struct ReportEvidence {
  std::string rule;      // figures_trend, scale_signals, ...
  std::string question;  // the rule question
  std::string answered;  // option ids
  std::string counted;   // "" when figures_loss rules Phase 1 out
  std::vector<std::string> signals;  // "question=option" of the corroborating answers
};

struct ReportConfidence {
  std::string level;  // high | borderline | low
  std::string label;
  std::string explanation;
  std::optional<int> leans_towards;  // the phase the doubtful result still points to
  std::optional<int> alternative_phase;
  std::vector<ReportItem> notes;
};

struct ReportStage {
  std::string id;
  std::string label;
  int index = 0;
  int count = 0;
  std::string position;  // "Sie verkaufen heute überwiegend im Produktverkauf – Stufe 2 von 4."
  std::optional<std::string> hint;
  std::vector<std::string> ladder;  // names of all rungs, lowest first
};

struct ReportSectionScore {
  std::string id;
  std::string title;
  std::string score_label;
  std::optional<int> score;
  int unknown = 0;  // "don't know" answers, left out of the score
  int questions = 0;
  std::string unknown_text;  // "2 von 4 Antworten offen"; empty when none
};

struct ReportIndicator {
  std::string id;
  std::string label;
  std::string unit;
  std::optional<double> prior;
  std::optional<double> current;
  std::string prior_text;  // formatted for the language; empty when absent
  std::string current_text;
};

struct ReportEconomics {
  std::optional<std::string> trend;  // rising | stable | falling, from the figures
  std::string trend_label;
  std::vector<ReportIndicator> indicators;
};

struct ReportAnswer {
  std::string question_id;
  std::string question;
  std::string option_id;  // empty when unanswered
  std::string answer;
};

struct Report {
  Language lang = Language::de;
  int phase = 0;
  std::string phase_id;
  std::string phase_label;  // "Phase 2"
  std::string title;
  std::string summary;
  std::string impact;
  ReportConfidence confidence;
  std::vector<ReportItem> reasons;
  std::vector<ReportEvidence> evidence;
  std::vector<ReportNextStep> next_steps;
  ReportStage stage;
  std::vector<ReportSectionScore> section_scores;
  std::optional<ReportEconomics> economics;
  std::vector<ReportAnswer> answers;
  int recheck_months = 0;
  // Whose call to action fits (Brand::cta_for): the phase's own; but a Phase 1 that is not clear
  // gets the default, because "you need no consultant" would contradict "check it in a discussion".
  std::string call_to_action;  // from the result to the next check (the questionnaire's recheck_months)
  std::string model_version;
  std::string questionnaire_version;
};

Report build_report(const Assessment& assessment, const AnswersDocument& answers, const Questionnaire& questionnaire,
                    Language language);

// "Phase 2 – Optimieren": the one way every output names a phase (reports, meeting report, CLI).
std::string phase_heading(const Questionnaire& questionnaire, Phase phase, Language language);
std::string phase_heading(const Report& report);

// "Modell 2026.1, Fragebogen 3": which rules and which content made this report, for support.
std::string report_versions(const Questionnaire& questionnaire, const Report& report);

std::string_view model_version();

}  // namespace phasecheck

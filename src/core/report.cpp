#include "core/report.hpp"

#include "core/contract.hpp"
#include "core/format.hpp"

namespace phasecheck {
namespace {

class ReportBuilder {
 public:
  ReportBuilder(const Assessment& assessment, const AnswersDocument& answers, const Questionnaire& questionnaire,
                Language language)
      : a_(assessment), answers_(answers), q_(questionnaire), lang_(language) {}

  Report build() {
    Report r;
    const Phase phase = a_.decision.phase;
    const PhaseTexts& texts = q_.phases[static_cast<std::size_t>(phase_number(phase) - 1)];
    r.lang = lang_;
    r.phase = phase_number(phase);
    r.phase_id = std::string(phase_id(phase));
    r.phase_label = fill_template(message("phase.label"), {{"number", std::to_string(r.phase)}});
    r.title = texts.title.in(lang_);
    r.summary = texts.summary.in(lang_);
    r.impact = texts.impact.in(lang_);
    r.reasons = reasons(texts);
    for (const auto& step : texts.next_steps) r.next_steps.push_back({step.text.in(lang_), step.horizon.in(lang_)});
    r.confidence = confidence();
    r.stage = stage();
    for (const auto& score : a_.section_scores) {
      for (const auto& section : q_.sections) {
        if (section.id == score.section_id) {
          r.section_scores.push_back({section.id, section.title.in(lang_), section.score_label.in(lang_), score.score});
        }
      }
    }
    if (!a_.economics.indicators.empty()) r.economics = economics();
    r.answers = answer_list();
    r.recheck_months = q_.recheck_months[static_cast<std::size_t>(r.phase - 1)];
    r.model_version = std::string(model_version());
    r.questionnaire_version = q_.version;
    return r;
  }

 private:
  const std::string& message(std::string_view key) const { return q_.message(key, lang_); }

  std::string heading(Phase phase) const { return phase_heading(q_, phase, lang_); }

  const Option* chosen(std::string_view question_id) const {
    const Question* question = q_.find_question(question_id);
    return question ? question->find_option(answers_.answer(question_id)) : nullptr;
  }

  std::string short_title(std::string_view question_id) const {
    const Question* question = q_.find_question(question_id);
    return question ? question->short_title.in(lang_) : std::string(question_id);
  }

  std::vector<ReportItem> reasons(const PhaseTexts& texts) const {
    std::vector<ReportItem> items;
    for (auto question_id : a_.decision.reason_questions) {
      const Option* option = chosen(question_id);
      if (option && option->reason) {
        items.push_back({std::string(question_id) + "." + option->id, option->reason->in(lang_)});
      }
    }
    if (a_.decision.optimize_despite_exhausted) {
      items.push_back({"reason.optimize_despite_exhausted", message("reason.optimize_despite_exhausted")});
    }
    items.push_back({"conclusion." + std::string(phase_id(a_.decision.phase)), texts.conclusion.in(lang_)});
    return items;
  }

  ReportConfidence confidence() const {
    const Confidence& c = a_.confidence;
    ReportConfidence out;
    const std::string level(confidence_id(c.level));
    out.level = level;
    out.label = message("confidence." + level);
    out.explanation = fill_template(message("confidence.explain." + level), {{"phase", heading(a_.decision.phase)}});
    if (c.level != ConfidenceLevel::high) out.leans_towards = phase_number(a_.decision.phase);
    for (const auto& id : c.uncertain_questions) out.notes.push_back(answer_note("note.uncertain", id));
    for (const auto& id : c.partly_questions) out.notes.push_back(answer_note("note.partly", id));
    for (const auto& id : c.contradictions) out.notes.push_back({"contradiction." + id, message("contradiction." + id)});
    if (c.figures_contradict) out.notes.push_back(figures_note());
    if (c.alternative_phase) {
      out.alternative_phase = phase_number(*c.alternative_phase);
      std::string questions;
      for (const auto& id : c.alternative_questions) questions += (questions.empty() ? "" : ", ") + short_title(id);
      out.notes.push_back({"confidence.alternative",
                           fill_template(message("confidence.alternative"),
                                         {{"questions", questions}, {"phase", heading(*c.alternative_phase)}})});
    }
    return out;
  }

  ReportItem answer_note(std::string_view key, const std::string& question_id) const {
    const Option* option = chosen(question_id);
    return {std::string(key) + "." + question_id,
            fill_template(message(key), {{"question", short_title(question_id)},
                                         {"answer", option ? option->label.in(lang_) : std::string()}})};
  }

  ReportItem figures_note() const {
    const EconomicsAnalysis& e = a_.economics;
    auto text = [&](std::string_view id, bool prior) {
      const Indicator* indicator = e.find(id);
      const auto& value = indicator ? (prior ? indicator->prior : indicator->current) : std::optional<double>{};
      return value ? format_indicator(*value, indicator->unit, lang_) : std::string("–");
    };
    std::string detail;
    if (e.trend_basis == TrendBasis::profitability) {
      detail = fill_template(message("figures.detail.profitability"),
                             {{"prior", text("sales_profitability", true)}, {"current", text("sales_profitability", false)}});
    } else {
      detail = fill_template(message("figures.detail.cost_and_productivity"),
                             {{"cost_prior", text("sales_cost_ratio", true)}, {"cost_current", text("sales_cost_ratio", false)},
                              {"rep_prior", text("revenue_per_rep", true)}, {"rep_current", text("revenue_per_rep", false)}});
    }
    constexpr auto answered_falling = contract::answer("profitability_trend", "falling");
    const bool falling = answers_.answer(answered_falling.question) == answered_falling.option;
    const std::string key = falling ? "figures.contradiction.profitability_falling" : "figures.contradiction.profitability_ok";
    const Option* option = chosen(answered_falling.question);
    return {"figures.contradiction",
            fill_template(message(key), {{"detail", detail}, {"answer", option ? option->label.in(lang_) : std::string()}})};
  }

  ReportStage stage() const {
    ReportStage s;
    s.id = a_.sales_stage;
    s.index = a_.stage_index;
    s.count = a_.stage_count;
    s.label = message("stage.name." + s.id);
    const contract::QuestionSpec& ladder = contract::sales_stage();
    for (std::size_t i = 0; i < ladder.option_count(); ++i) s.ladder.push_back(message("stage.name." + std::string(ladder.options[i])));
    s.position = fill_template(message("stage.position"), {{"stage", s.label},
                                                           {"index", std::to_string(s.index)},
                                                           {"count", std::to_string(s.count)}});
    if (a_.early_stage_hint) s.hint = message("stage.early_hint");
    return s;
  }

  ReportEconomics economics() const {
    ReportEconomics out;
    if (a_.economics.trend) {
      out.trend = std::string(trend_id(*a_.economics.trend));
      out.trend_label = message("figures.trend." + *out.trend);
    }
    for (const auto& indicator : a_.economics.indicators) {
      ReportIndicator item{indicator.id, message("indicator." + indicator.id), std::string(unit_id(indicator.unit)),
                           indicator.prior, indicator.current, {}, {}};
      if (indicator.prior) item.prior_text = format_indicator(*indicator.prior, indicator.unit, lang_);
      if (indicator.current) item.current_text = format_indicator(*indicator.current, indicator.unit, lang_);
      out.indicators.push_back(std::move(item));
    }
    return out;
  }

  std::vector<ReportAnswer> answer_list() const {
    std::vector<ReportAnswer> list;
    for (const auto& section : q_.sections) {
      for (const auto& question : section.questions) {
        const Option* option = question.find_option(answers_.answer(question.id));
        list.push_back({question.id, question.text.in(lang_), option ? option->id : std::string(),
                        option ? option->label.in(lang_) : std::string()});
      }
    }
    return list;
  }

  const Assessment& a_;
  const AnswersDocument& answers_;
  const Questionnaire& q_;
  Language lang_;
};

}  // namespace

Report build_report(const Assessment& assessment, const AnswersDocument& answers, const Questionnaire& questionnaire,
                    Language language) {
  return ReportBuilder(assessment, answers, questionnaire, language).build();
}

std::string phase_heading(const Questionnaire& questionnaire, Phase phase, Language language) {
  const std::string label =
      fill_template(questionnaire.message("phase.label", language), {{"number", std::to_string(phase_number(phase))}});
  return label + " – " + questionnaire.phases[static_cast<std::size_t>(phase_number(phase) - 1)].title.in(language);
}

std::string_view model_version() { return PHASECHECK_MODEL_VERSION; }

std::string report_versions(const Questionnaire& questionnaire, const Report& report) {
  return fill_template(questionnaire.message("report.versions", report.lang),
                       {{"model", report.model_version}, {"questionnaire", report.questionnaire_version}});
}

}  // namespace phasecheck

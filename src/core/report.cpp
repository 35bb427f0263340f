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
    const PhaseTexts& texts = q_.phases[phase_index(phase)];
    r.lang = lang_;
    r.phase = phase_number(phase);
    r.phase_id = std::string(phase_id(phase));
    r.phase_label = fill_template(message("phase.label"), {{"number", std::to_string(r.phase)}});
    r.title = texts.title.in(lang_);
    r.summary = message(summary_key());
    r.impact = texts.impact.in(lang_);
    r.reasons = reasons(texts);
    r.evidence = evidence();
    r.next_steps = next_steps(texts);
    r.confidence = confidence();
    r.call_to_action = phase == Phase::scale && a_.confidence.level != ConfidenceLevel::high ? "" : r.phase_id;
    r.stage = stage();
    for (const auto& score : a_.section_scores) {
      for (const auto& section : q_.sections) {
        if (section.id == score.section_id) {
          std::string unknown_text;
          if (score.figures_loss) {
            unknown_text = message("score.figures_loss");
          } else if (score.unknown > 0) {
            unknown_text = fill_template(message("score.unknown"),
                                         {{"unknown", std::to_string(score.unknown)}, {"count", std::to_string(score.questions)}});
          }
          r.section_scores.push_back({section.id, section.title.in(lang_), section.score_label.in(lang_), score.score,
                                      score.unknown, score.questions, std::move(unknown_text)});
        }
      }
    }
    if (!a_.economics.indicators.empty()) r.economics = economics();
    r.answers = answer_list();
    r.recheck_months = q_.recheck_months[phase_index(phase)];
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

  // "summary.optimize.profitability_trend.falling": what triggered this phase, in one sentence.
  std::string summary_key() const {
    const Decision& d = a_.decision;
    std::string key = "summary." + std::string(phase_id(d.phase));
    if (d.phase == Phase::scale) return key;
    const std::string_view trigger = d.trigger();
    // Where evidence overrode the answer behind the trigger, the summary says what showed it
    // instead of stating the counted answer as the visitor's own.
    for (const auto& o : a_.evidence.overrides) {
      if (o.question != trigger || o.rule == EvidenceRule::figures_loss) continue;
      const bool figures = o.rule == EvidenceRule::figures_trend || o.rule == EvidenceRule::figures_fill;
      return key + ".evidence." + (figures ? std::string("figures") : std::string(evidence_rule_id(o.rule)));
    }
    key += "." + std::string(trigger);
    if (trigger != kContributionReason) key += "." + std::string(a_.evidence.inputs.get(trigger));
    return key;
  }

  const Option* option_of(std::string_view question_id, std::string_view option_id) const {
    const Question* question = q_.find_question(question_id);
    return question ? question->find_option(option_id) : nullptr;
  }

  std::string label_of(std::string_view question_id, std::string_view option_id) const {
    const Option* option = option_of(question_id, option_id);
    return option ? option->label.in(lang_) : std::string(option_id);
  }

  // "a, b and c" in the report's language.
  std::string joined(const std::vector<std::string>& items) const {
    std::string list;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) list += i + 1 == items.size() ? message("list.and") : ", ";
      list += items[i];
    }
    return list;
  }

  // „Abschlussquote: Sinkend“ und „Rabatte: Steigend“
  std::string answer_list(const std::vector<contract::Answer>& answers) const {
    std::vector<std::string> items;
    for (const auto& a : answers) {
      items.push_back(fill_template(message("quote.answer"), {{"question", short_title(a.question)}, {"answer", label_of(a.question, a.option)}}));
    }
    return joined(items);
  }

  std::string money(std::optional<double> value) const {
    return value ? format_money(*value, lang_) : std::string("\xE2\x80\x93");
  }

  ReportItem override_item(const Override& o) const {
    const std::string id = "evidence." + std::string(evidence_rule_id(o.rule));
    return {id, fill_template(message(id), {{"question", short_title(o.question)},
                                            {"answered", label_of(o.question, o.answered)},
                                            {"counted", label_of(o.question, o.counted)},
                                            {"detail", figures_detail()},
                                            {"signals", answer_list(o.signals)},
                                            {"margin", money(a_.economics.gross_margin)},
                                            {"cost", money(a_.economics.sales_cost)}})};
  }

  // Each reason in the decision's order; where evidence overrode the answer behind a reason, the
  // override says what was answered, what the evidence shows and what counted. Overrides that
  // explain no reason of this phase follow, so none goes unsaid.
  std::vector<ReportItem> reasons(const PhaseTexts& texts) const {
    std::vector<ReportItem> items;
    const auto& overrides = a_.evidence.overrides;
    std::vector<bool> said(overrides.size(), false);
    auto say_overrides = [&](auto&& applies) {
      bool any = false;
      for (std::size_t i = 0; i < overrides.size(); ++i) {
        if (said[i] || !applies(overrides[i])) continue;
        items.push_back(override_item(overrides[i]));
        said[i] = any = true;
      }
      return any;
    };
    for (auto reason : a_.decision.reasons) {
      if (reason == kContributionReason) {
        if (say_overrides([](const Override& o) { return o.rule == EvidenceRule::figures_loss; })) continue;
        const bool loss = a_.evidence.inputs.economic == false;
        const std::string id = loss ? "reason.sales_contribution.loss" : "reason.sales_contribution.positive";
        items.push_back({id, fill_template(message(id), {{"margin", money(a_.economics.gross_margin)},
                                                         {"cost", money(a_.economics.sales_cost)}})});
        continue;
      }
      if (say_overrides([&](const Override& o) { return o.question == reason && o.rule != EvidenceRule::figures_loss; })) {
        continue;
      }
      const Option* option = option_of(reason, a_.evidence.inputs.get(reason));
      if (option && option->reason) items.push_back({std::string(reason) + "." + option->id, option->reason->in(lang_)});
    }
    say_overrides([](const Override&) { return true; });
    if (a_.decision.optimize_despite_exhausted) {
      items.push_back({"reason.optimize_despite_exhausted", message("reason.optimize_despite_exhausted")});
    }
    items.push_back({"conclusion." + std::string(phase_id(a_.decision.phase)), texts.conclusion.in(lang_)});
    return items;
  }

  std::vector<ReportEvidence> evidence() const {
    std::vector<ReportEvidence> list;
    for (const auto& o : a_.evidence.overrides) {
      ReportEvidence item{std::string(evidence_rule_id(o.rule)), std::string(o.question), std::string(o.answered),
                          std::string(o.counted), {}};
      for (const auto& signal : o.signals) item.signals.push_back(std::string(signal.question) + "=" + std::string(signal.option));
      list.push_back(std::move(item));
    }
    return list;
  }

  // The phase's own steps, with the advice the answers call for where the phase puts it.
  std::vector<ReportNextStep> next_steps(const PhaseTexts& texts) const {
    std::vector<ReportNextStep> steps;
    int number = 0;
    for (const auto& step : texts.next_steps) {
      if (!step.advice_here) {
        steps.push_back({"step." + std::string(phase_id(a_.decision.phase)) + "." + std::to_string(++number),
                         step.text.in(lang_), step.horizon.in(lang_), {}});
        continue;
      }
      for (const auto& choice : a_.advice) {
        std::vector<contract::Answer> because;
        for (const auto& condition : *choice.because) {
          because.push_back({condition.question, a_.evidence.counted(answers_, condition.question)});
        }
        steps.push_back({"advice." + choice.advice->id, choice.advice->text.in(lang_), choice.advice->horizon.in(lang_),
                         fill_template(message("advice.because"), {{"answers", answer_list(because)}})});
      }
    }
    return steps;
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
    for (const auto& doubt : c.doubts) {
      out.notes.push_back({"doubt." + std::string(evidence_rule_id(doubt.rule)),
                           fill_template(message("note.doubt"), {{"question", short_title(doubt.question)},
                                                                 {"answered", label_of(doubt.question, answers_.answer(doubt.question))},
                                                                 {"signal", answer_list({doubt.signal})}})});
    }
    if (c.figures_disagree) out.notes.push_back(figures_note());
    if (c.alternative_phase) {
      out.alternative_phase = phase_number(*c.alternative_phase);
      std::vector<std::string> quoted;
      for (const auto& id : c.alternative_questions) quoted.push_back(fill_template(message("quote.term"), {{"text", short_title(id)}}));
      const std::string questions = joined(quoted);
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

  // "Vertriebsrentabilität von 12,0 % auf 8,5 %": what the figures say about profitability.
  std::string figures_detail() const {
    const EconomicsAnalysis& e = a_.economics;
    auto text = [&](std::string_view id, bool prior) {
      const Indicator* indicator = e.find(id);
      const auto& value = indicator ? (prior ? indicator->prior : indicator->current) : std::optional<double>{};
      return value ? format_indicator(*value, indicator->unit, lang_) : std::string("\xE2\x80\x93");
    };
    if (e.trend_basis == TrendBasis::profitability) {
      return fill_template(message("figures.detail.profitability"),
                           {{"prior", text("sales_profitability", true)}, {"current", text("sales_profitability", false)}});
    }
    return fill_template(message("figures.detail.cost_and_productivity"),
                         {{"cost_prior", text("sales_cost_ratio", true)}, {"cost_current", text("sales_cost_ratio", false)},
                          {"rep_prior", text("revenue_per_rep", true)}, {"rep_current", text("revenue_per_rep", false)}});
  }

  ReportItem figures_note() const {
    constexpr auto profitability = contract::question_id("profitability_trend");
    const bool falling = answers_.is(contract::answer("profitability_trend", "falling"));
    const std::string key = falling ? "figures.contradiction.profitability_falling" : "figures.contradiction.profitability_ok";
    return {"figures.contradiction",
            fill_template(message(key), {{"detail", figures_detail()},
                                         {"answer", label_of(profitability, answers_.answer(profitability))}})};
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
    if (a_.early_stage_hint) s.hint = message("stage.early_hint." + std::string(phase_id(a_.decision.phase)));
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
  return label + " – " + questionnaire.phases[phase_index(phase)].title.in(language);  // as phase_heading(Report)
}

std::string phase_heading(const Report& report) { return report.phase_label + " – " + report.title; }

std::string_view model_version() { return PHASECHECK_MODEL_VERSION; }

std::string report_versions(const Questionnaire& questionnaire, const Report& report) {
  return fill_template(questionnaire.message("report.versions", report.lang),
                       {{"model", report.model_version}, {"questionnaire", report.questionnaire_version}});
}

}  // namespace phasecheck

#include "core/questionnaire.hpp"

#include <algorithm>
#include <set>
#include <span>

#include "core/contract.hpp"
#include "core/json_documents.hpp"
#include "core/json_fields.hpp"
#include "core/rules.hpp"

namespace phasecheck {
namespace {

constexpr std::size_t kMaxSections = 12;
constexpr std::size_t kMaxQuestionsPerSection = 20;
using contract::kMaxOptions;  // a link writes one digit per answer
constexpr std::size_t kMaxNextSteps = 8;
constexpr std::size_t kMaxAdviceEntries = 40;
constexpr std::size_t kMaxConditions = 8;
constexpr int kMinRecheckMonths = 1;
constexpr int kMaxRecheckMonths = 24;

class Loader {
 public:
  explicit Loader(Problems& problems) : problems_(problems) {}

  std::optional<Questionnaire> load(const Json& root) {
    Questionnaire q;
    JsonFields fields(root, "", problems_);
    if (!fields.valid()) return std::nullopt;
    if (auto schema = fields.string("schema"); schema && *schema != kQuestionnaireSchema) {
      problems_.push_back({"/schema", "expected \"" + std::string(kQuestionnaireSchema) + "\", found \"" + *schema + "\""});
    }
    q.version = fields.string("version", true, 64).value_or("");
    q.estimated_minutes = fields.integer("estimated_minutes", 1, 60).value_or(0);
    if (const Json* months = fields.object("recheck_months")) read_recheck_months(*months, "/recheck_months", q);
    if (const Json* sections = fields.array("sections")) read_sections(*sections, "/sections", q);
    if (const Json* phases = fields.object("phases")) read_phases(*phases, "/phases", q);
    if (const Json* advice = fields.array("advice")) read_advice(*advice, "/advice", q);
    if (const Json* messages = fields.object("messages")) read_messages(*messages, "/messages", q);
    fields.reject_unknown({"schema", "version", "estimated_minutes", "recheck_months", "sections", "phases", "advice", "messages"});
    check_contract(q);
    if (!problems_.empty()) return std::nullopt;
    return q;
  }

 private:
  void read_sections(const Json& list, const std::string& pointer, Questionnaire& q) {
    if (list.empty() || list.size() > kMaxSections) {
      problems_.push_back({pointer, "expected 1 to " + std::to_string(kMaxSections) + " sections"});
      return;
    }
    std::set<std::string> section_ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = pointer_child(pointer, i);
      JsonFields fields(list[i], at, problems_);
      if (!fields.valid()) continue;
      Section section;
      section.id = read_id(fields, "id", section_ids, "section");
      section.title = fields.text("title").value_or(LocalizedText{});
      section.intro = fields.text("intro").value_or(LocalizedText{});
      section.score_label = fields.text("score_label").value_or(LocalizedText{});
      if (const Json* questions = fields.array("questions")) {
        read_questions(*questions, fields.pointer_to("questions"), section);
      }
      fields.reject_unknown({"id", "title", "intro", "score_label", "questions"});
      q.sections.push_back(std::move(section));
    }
  }

  void read_questions(const Json& list, const std::string& pointer, Section& section) {
    if (list.empty() || list.size() > kMaxQuestionsPerSection) {
      problems_.push_back({pointer, "expected 1 to " + std::to_string(kMaxQuestionsPerSection) + " questions"});
      return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = pointer_child(pointer, i);
      JsonFields fields(list[i], at, problems_);
      if (!fields.valid()) continue;
      Question question;
      question.id = read_id(fields, "id", question_ids_, "question");
      question.short_title = fields.text("short").value_or(LocalizedText{});
      question.text = fields.text("text").value_or(LocalizedText{});
      question.help = fields.text("help").value_or(LocalizedText{});
      question.required = fields.boolean("required").value_or(true);
      if (const Json* options = fields.array("options")) read_options(*options, fields.pointer_to("options"), question);
      fields.reject_unknown({"id", "short", "text", "help", "required", "options"});
      question_pointers_[question.id] = at;
      section.questions.push_back(std::move(question));
    }
  }

  void read_options(const Json& list, const std::string& pointer, Question& question) {
    if (list.size() < 2 || list.size() > kMaxOptions) {
      problems_.push_back({pointer, "expected 2 to " + std::to_string(kMaxOptions) + " options"});
      return;
    }
    std::set<std::string> option_ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
      JsonFields fields(list[i], pointer_child(pointer, i), problems_);
      if (!fields.valid()) continue;
      Option option;
      option.id = read_id(fields, "id", option_ids, "option");
      option.label = fields.text("label").value_or(LocalizedText{});
      // "score" must be present: null marks an honest "don't know" that no score may count.
      if (auto score = list[i].find("score"); score == list[i].end()) {
        problems_.push_back({fields.pointer_to("score"), "missing (use null for a \"don't know\" option)"});
      } else if (!score->is_null()) {
        option.score = fields.integer("score", 0, 100);
      }
      if (fields.has("reason")) option.reason = fields.text("reason");
      fields.reject_unknown({"id", "label", "score", "reason"});
      question.options.push_back(std::move(option));
    }
  }

  void read_phases(const Json& object, const std::string& pointer, Questionnaire& q) {
    JsonFields fields(object, pointer, problems_);
    for (Phase phase_of : kPhases) {
      const std::size_t p = phase_index(phase_of);
      const Json* phase = fields.object(phase_id(phase_of));
      if (!phase) continue;
      JsonFields phase_fields(*phase, fields.pointer_to(phase_id(phase_of)), problems_);
      PhaseTexts& texts = q.phases[p];
      texts.title = phase_fields.text("title").value_or(LocalizedText{});
      texts.conclusion = phase_fields.text("conclusion").value_or(LocalizedText{});
      texts.impact = phase_fields.text("impact").value_or(LocalizedText{});
      if (const Json* steps = phase_fields.array("next_steps")) {
        const std::string steps_at = phase_fields.pointer_to("next_steps");
        if (steps->empty() || steps->size() > kMaxNextSteps) {
          problems_.push_back({steps_at, "expected 1 to " + std::to_string(kMaxNextSteps) + " next steps"});
        } else {
          read_next_steps(*steps, steps_at, texts);
        }
      }
      phase_fields.reject_unknown({"title", "conclusion", "impact", "next_steps"});
    }
    fields.reject_unknown({"scale", "optimize", "redesign"});
  }

  // Months from the result to the next check, per phase: every phase needs one.
  void read_recheck_months(const Json& object, const std::string& pointer, Questionnaire& q) {
    JsonFields fields(object, pointer, problems_);
    for (Phase phase : kPhases) {
      q.recheck_months[phase_index(phase)] = fields.integer(phase_id(phase), kMinRecheckMonths, kMaxRecheckMonths).value_or(0);
    }
    fields.reject_unknown({"scale", "optimize", "redesign"});
  }

  void read_messages(const Json& object, const std::string& pointer, Questionnaire& q) {
    for (const auto& [key, value] : object.items()) {
      const auto& keys = required_message_keys();
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        problems_.push_back({pointer_child(pointer, key), "unknown message key"});
        continue;
      }
      if (auto text = read_localized(value, pointer_child(pointer, key), problems_)) q.messages.emplace(key, *text);
    }
    for (const auto& key : required_message_keys()) {
      if (!object.contains(key)) problems_.push_back({pointer_child(pointer, key), "missing"});
    }
  }

  // The phase's own steps, and once among them {"advice": true}: where the advice that applies goes.
  void read_next_steps(const Json& steps, const std::string& pointer, PhaseTexts& texts) {
    int advice_places = 0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
      JsonFields step_fields(steps[i], pointer_child(pointer, i), problems_);
      if (!step_fields.valid()) continue;
      NextStep step;
      if (step_fields.has("advice")) {
        step.advice_here = step_fields.boolean("advice").value_or(false);
        if (!step.advice_here) problems_.push_back({step_fields.pointer_to("advice"), "must be true (or left out)"});
        ++advice_places;
        step_fields.reject_unknown({"advice"});
      } else {
        step.text = step_fields.text("text").value_or(LocalizedText{});
        step.horizon = step_fields.text("horizon").value_or(LocalizedText{});
        step_fields.reject_unknown({"text", "horizon"});
      }
      texts.next_steps.push_back(std::move(step));
    }
    if (advice_places != 1) {
      problems_.push_back({pointer, "expected exactly one {\"advice\": true} entry (where the advice goes), found " +
                                        std::to_string(advice_places)});
    }
  }

  // Levers the answers point to. Each condition names real questions and options, so an edit
  // that drifts from the questionnaire is refused instead of never matching.
  void read_advice(const Json& list, const std::string& pointer, Questionnaire& q) {
    if (list.size() > kMaxAdviceEntries) {
      problems_.push_back({pointer, "expected at most " + std::to_string(kMaxAdviceEntries) + " pieces of advice"});
      return;
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
      JsonFields fields(list[i], pointer_child(pointer, i), problems_);
      if (!fields.valid()) continue;
      Advice advice;
      advice.id = read_id(fields, "id", ids, "advice");
      if (const Json* when = fields.array("when")) advice.when = read_conditions(*when, fields.pointer_to("when"), q);
      if (const Json* phases = fields.array("phases")) advice.phases = read_phase_set(*phases, fields.pointer_to("phases"));
      advice.text = fields.text("text").value_or(LocalizedText{});
      advice.horizon = fields.text("horizon").value_or(LocalizedText{});
      fields.reject_unknown({"id", "when", "phases", "text", "horizon"});
      q.advice.push_back(std::move(advice));
    }
  }

  // [{"question": ["option", ...], ...}, ...]: any object may match; within one, every question.
  std::vector<AnswerConditions> read_conditions(const Json& list, const std::string& pointer, const Questionnaire& q) {
    std::vector<AnswerConditions> alternatives;
    if (list.empty() || list.size() > kMaxConditions) {
      problems_.push_back({pointer, "expected 1 to " + std::to_string(kMaxConditions) + " conditions"});
      return alternatives;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = pointer_child(pointer, i);
      if (!list[i].is_object() || list[i].empty()) {
        problems_.push_back({at, "expected an object of question ids and their options, found " + json_type_phrase(list[i])});
        continue;
      }
      AnswerConditions conditions;
      for (const auto& [question_id, options] : list[i].items()) {
        const std::string question_at = pointer_child(at, question_id);
        const Question* question = q.find_question(question_id);
        if (!question) {
          // A contract question that is missing is reported once, by check_contract().
          if (!contract::find(question_id)) problems_.push_back({question_at, "unknown question \"" + question_id + "\""});
          continue;
        }
        if (!options.is_array() || options.empty()) {
          problems_.push_back({question_at, "expected a list of option ids"});
          continue;
        }
        AnswerCondition condition{question_id, {}};
        for (std::size_t k = 0; k < options.size(); ++k) {
          if (!options[k].is_string() || !question->find_option(options[k].get<std::string>())) {
            problems_.push_back({pointer_child(question_at, k), "not an option of \"" + question_id + "\" (" +
                                                                    question->option_list() + ")"});
            continue;
          }
          condition.options.push_back(options[k].get<std::string>());
        }
        conditions.push_back(std::move(condition));
      }
      alternatives.push_back(std::move(conditions));
    }
    return alternatives;
  }

  std::array<bool, 3> read_phase_set(const Json& list, const std::string& pointer) {
    std::array<bool, 3> phases{};
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::optional<Phase> phase = list[i].is_string() ? parse_phase_id(list[i].get<std::string>()) : std::nullopt;
      if (!phase) {
        problems_.push_back({pointer_child(pointer, i), "expected one of scale, optimize, redesign"});
        continue;
      }
      phases[phase_index(*phase)] = true;
    }
    if (list.empty()) problems_.push_back({pointer, "expected at least one phase"});
    return phases;
  }

  std::string read_id(JsonFields& fields, std::string_view key, std::set<std::string>& seen, std::string_view kind) {
    auto id = fields.string(key, true, 64);
    if (!id) return {};
    if (!is_valid_id(*id)) {
      problems_.push_back({fields.pointer_to(key), "\"" + *id + "\" is not a valid " + std::string(kind) +
                                                     " id (lowercase letters, digits, '_' and '-')"});
    } else if (!seen.insert(*id).second) {
      problems_.push_back({fields.pointer_to(key), "duplicate " + std::string(kind) + " id \"" + *id + "\""});
    }
    return *id;
  }

  // The code reads fixed ids and links encode positions in the contract's table
  // (core/contract.hpp): the questionnaire must hold exactly its questions and options.
  void check_contract(const Questionnaire& q) {
    if (!problems_.empty()) return;  // structural problems first, or these would repeat them
    for (const auto& [id, at] : question_pointers_) {
      if (!contract::find(id)) {
        problems_.push_back({at + "/id", "question \"" + id + "\" is not in the content contract (src/core/contract.hpp); "
                                          "links and saved files could not carry its answer"});
      }
    }
    for (const auto& expected : contract::kQuestions) {
      const Question* question = q.find_question(expected.id);
      if (!question) {
        problems_.push_back({"/sections", "question \"" + std::string(expected.id) +
                                              "\" is missing; the code and old links and files read it (src/core/contract.hpp)"});
        continue;
      }
      const std::string& at = question_pointers_[question->id];
      const bool needed = expected.use == contract::Use::rule || expected.use == contract::Use::ladder;
      if (needed && !question->required) problems_.push_back({at + "/required", "must be true: the recommendation needs this answer"});
      std::vector<std::string_view> actual;
      for (const auto& option : question->options) actual.push_back(option.id);
      const auto contract_options = std::span(expected.options).first(expected.option_count());
      if (!std::is_permutation(actual.begin(), actual.end(), contract_options.begin(), contract_options.end())) {
        std::string list;
        for (auto id : contract_options) list += (list.empty() ? "" : ", ") + std::string(id);
        problems_.push_back({at + "/options", "must have exactly the options " + list +
                                                  " (in any order; src/core/contract.hpp), found " + question->option_list()});
      }
      if (expected.use != contract::Use::rule) continue;
      for (std::size_t i = 0; i < question->options.size(); ++i) {
        if (!question->options[i].reason) {
          problems_.push_back({at + "/options/" + std::to_string(i) + "/reason", "missing: the rules cite this answer as a reason"});
        }
      }
    }
  }

  Problems& problems_;
  std::set<std::string> question_ids_;
  std::map<std::string, std::string> question_pointers_;
};

}  // namespace

const AnswerConditions* Advice::met_by(const std::function<std::string_view(std::string_view)>& answer_of) const {
  for (const auto& conditions : when) {
    const bool met = std::all_of(conditions.begin(), conditions.end(), [&](const AnswerCondition& condition) {
      const std::string_view given = answer_of(condition.question);
      return std::find(condition.options.begin(), condition.options.end(), given) != condition.options.end();
    });
    if (met) return &conditions;
  }
  return nullptr;
}

const Option* Question::find_option(std::string_view option_id) const {
  for (const auto& option : options) {
    if (option.id == option_id) return &option;
  }
  return nullptr;
}

std::string Question::option_list() const {
  std::string list;
  for (const auto& option : options) list += (list.empty() ? "" : ", ") + option.id;
  return list;
}

const Question* Questionnaire::find_question(std::string_view id) const {
  for (const auto& section : sections) {
    for (const auto& question : section.questions) {
      if (question.id == id) return &question;
    }
  }
  return nullptr;
}

const Section* Questionnaire::section_of(std::string_view question_id) const {
  for (const auto& section : sections) {
    for (const auto& question : section.questions) {
      if (question.id == question_id) return &section;
    }
  }
  return nullptr;
}

std::size_t Questionnaire::question_count() const {
  std::size_t count = 0;
  for (const auto& section : sections) count += section.questions.size();
  return count;
}

const std::string& Questionnaire::message(std::string_view key, Language language) const {
  static const std::string missing = "(missing text)";
  auto it = messages.find(key);
  return it == messages.end() ? missing : it->second.in(language);
}

QuestionnaireLoad load_questionnaire(std::string_view json_text) {
  JsonRead read = read_json(json_text);
  if (!read.ok()) {
    QuestionnaireLoad result;
    result.problems = std::move(read.problems);
    return result;
  }
  return load_questionnaire_document(*read.value);
}

QuestionnaireLoad load_questionnaire_document(const Json& root) {
  QuestionnaireLoad result;
  result.value = Loader(result.problems).load(root);
  return result;
}

const std::vector<std::string>& required_message_keys() {
  static const std::vector<std::string> keys = {
      "phase.label", "reason.optimize_despite_exhausted",
      "confidence.high", "confidence.borderline", "confidence.low",
      "confidence.explain.high", "confidence.explain.borderline", "confidence.explain.low",
      "confidence.alternative", "note.uncertain", "note.partly", "note.doubt",
      "contradiction.scale_vs_market", "contradiction.scale_vs_completed", "contradiction.optimization_none_recent",
      // What triggered the phase (core/rules.hpp Decision::trigger): "summary.<phase>[.<reason>[.<option>]]".
      "summary.scale",
      "summary.optimize.sales_contribution", "summary.optimize.scale_unchanged.partly",
      "summary.optimize.scale_unchanged.no", "summary.optimize.scale_unchanged.unsure",
      "summary.optimize.profitability_trend.falling", "summary.optimize.profitability_trend.unknown",
      "summary.optimize.scaling_completed.yes", "summary.optimize.market_exhaustion.max",
      "summary.redesign.sales_contribution", "summary.redesign.profitability_trend.falling",
      "summary.redesign.scale_unchanged.no",
      "summary.optimize.evidence.figures", "summary.optimize.evidence.profitability_signals",
      "summary.optimize.evidence.scale_signals", "summary.redesign.evidence.figures",
      "summary.redesign.evidence.profitability_signals",
      // The evidence step (core/evidence.hpp), one per rule, and the figures' verdict on the economics.
      "evidence.figures_loss", "evidence.figures_trend", "evidence.figures_fill", "evidence.profitability_signals",
      "evidence.scale_signals", "evidence.optimization_never", "evidence.optimization_levers",
      "reason.sales_contribution.loss", "reason.sales_contribution.positive",
      "advice.because", "list.and", "quote.answer", "quote.term", "score.unknown", "score.figures_loss",
      "figures.contradiction.profitability_ok", "figures.contradiction.profitability_falling",
      "figures.detail.profitability", "figures.detail.cost_and_productivity",
      "stage.position", "stage.early_hint.scale", "stage.early_hint.optimize", "stage.early_hint.redesign",
      "stage.name.contact", "stage.name.product", "stage.name.solution", "stage.name.smarter",
      "indicator.sales_cost_ratio", "indicator.revenue_per_rep", "indicator.sales_profitability",
      "indicator.sales_roi", "indicator.new_customer_share", "indicator.revenue_growth",
      "indicator.productivity_growth", "indicator.growth_per_sales_euro",
      "indicator.marginal_margin_per_sales_euro",
      "figures.trend.rising", "figures.trend.stable", "figures.trend.falling",
      // The app's own wording: buttons, progress, headings, figure entry.
      "ui.app_title",
      "ui.intro.kicker",
      "ui.intro.title",
      "ui.intro.lead",
      "ui.intro.fact_questions",
      "ui.intro.fact_time",
      "ui.intro.fact_privacy",
      "ui.intro.start",
      "ui.progress.section",
      "ui.progress.question",
      "ui.progress.figures",
      "ui.announce.question",
      "ui.help.show",
      "ui.help.hide",
      "ui.nav.back",
      "ui.nav.next",
      "ui.nav.to_result",
      "ui.hint.missing",
      "ui.hint.keys",
      "ui.economics.title",
      "ui.economics.lead",
      "ui.economics.prior",
      "ui.economics.prior_field",
      "ui.economics.current_field",
      "ui.economics.current",
      "ui.economics.skip",
      "ui.economics.fix",
      "ui.figure.revenue",
      "ui.figure.gross_margin",
      "ui.figure.sales_cost",
      "ui.figure.sales_fte",
      "ui.figure.new_customer_revenue",
      "figures.error.not_a_number",
      "figures.error.negative",
      "figures.error.zero",
      "figures.error.too_small",
      "figures.error.too_large",
      "figures.error.exceeds_revenue",
      "ui.result.kicker",
      "ui.result.confidence",
      "ui.result.reasons",
      "ui.result.next_steps",
      "ui.result.impact",
      "ui.result.scores",
      "ui.result.no_score",
      "ui.result.score_of",
      "ui.announce.result",
      "ui.announce.result_focused",
      "ui.result.stage",
      "ui.result.indicators",
      "ui.result.change",
      "ui.result.restart",
      "ui.lang.other",
      "ui.error.title",
      "notice.storage_off",
      "notice.storage_full",
      "notice.stored_corrupt",
      "notice.stored_newer",
      "notice.stored_migrated",
      "notice.link_copied",
      "notice.copy_failed",
      "notice.link_failed",
      "notice.link_loaded",
      "notice.import_done",
      "notice.import_migrated",
      "notice.import_failed",
      "notice.file_too_large",
      "notice.file_unreadable",
      "notice.report_blocked",
      "notice.action.restore_previous",
      "notice.dismiss",
      "ui.resume.title",
      "ui.resume.text",
      "ui.resume.continue",
      "ui.resume.fresh",
      "ui.intro.open_file",
      "ui.result.meeting",
      "ui.result.compare_people",
      "ui.result.company",
      "ui.result.notes",
      "ui.result.keep",
      "ui.result.print",
      "ui.result.save",
      "ui.result.copy_link",
      "ui.result.copy_result",
      "ui.result.open_file",
      "ui.field.placeholder",
      // The printed report and the CLI's text report (report.text.*: headings only the text has).
      "report.title", "report.company", "report.date", "report.chart_title", "report.area", "report.meaning",
      "report.score", "report.indicator", "report.answers", "report.versions",
      "report.model.here", "report.model.alt", "report.model.again", "report.page", "report.contact", "report.email",
      "report.phone", "report.web",
      "report.text.why", "report.text.stage", "report.text.sections", "report.text.indicators",
      // Baked into the page at build time (scripts/assemble_site.py): it shows them before the
      // content is fetched, or when it cannot be.
      "page.title", "page.description", "page.share_description", "page.loading",
      "page.noscript.title", "page.noscript.text", "page.error.content_invalid", "page.error.reload",
      "page.unsupported.title", "page.unsupported.text", "page.unsupported.file",
      "page.update.available", "page.update.interrupted", "page.update.reload",
      "manifest.short_name", "manifest.description",
      // The re-check: its date on the result screen and in the printed report, and the calendar entry.
      "ui.result.recheck_date", "ui.result.recheck", "report.recheck",
      "report.calendar.summary", "report.calendar.result", "report.calendar.check.scale",
      "report.calendar.check.optimize", "report.calendar.check.redesign", "report.calendar.repeat",
      // The result's overview of the answers, each opening its question.
      "ui.result.answers", "ui.result.answers_lead", "ui.result.edit", "ui.result.unanswered",
      // Figures typed but left out of a result ("continue without figures").
      "ui.result.figures_not_used", "ui.result.use_figures",
      // "Start over" and its undo.
      "notice.restarted", "notice.action.undo_restart",
      // Typed text over a field's limit; a figure read two ways; figures that look like a slip.
      "ui.field.too_long", "figures.ask.reading", "figures.check.cost_ratio_low", "figures.check.cost_ratio_high",
      "figures.check.tenfold_change", "figures.check.confirm", "figures.check.correct", "ui.economics.check",
      // Why a link, file or saved data was refused, in plain words; the technical detail is copied on request.
      "problem.link.not_ours", "problem.link.other_version", "problem.link.cut", "problem.link.too_long",
      "problem.file.not_ours", "problem.file.other_version", "problem.file.unknown_question",
      "problem.file.unknown_content", "problem.file.damaged", "problem.answer", "problem.figures",
      "problem.company_notes", "notice.action.copy_details", "notice.details_copied", "notice.details_copy_failed",
      "notice.result_copied", "notice.result_copy_failed",
      // "Copy link" in the single offline file, without a public address to link to.
      "notice.link_offline", "notice.action.save_file",
  };
  return keys;
}

}  // namespace phasecheck

#include "core/meeting_report_html.hpp"

#include "core/format.hpp"
#include "core/html.hpp"
#include "core/meeting_baseline.hpp"
#include "core/meeting_divergence.hpp"
#include "core/meeting_results.hpp"
#include "core/phase_model_svg.hpp"
#include "core/report_html.hpp"

namespace phasecheck {
namespace {

class MeetingReport {
 public:
  explicit MeetingReport(const MeetingPage& page) : page_(page), lang_(page.meeting.lang) {}

  std::string write() {
    const std::string title = msg("ui.app_title") + " – " + msg("report.meeting.title");
    w_.raw("<!doctype html>\n<html lang=\"").raw(language_code(lang_)).raw("\"")
        .raw(report_root_attributes(page_.questionnaire, lang_, page_.brand, report_header(page_.meeting.title, page_.date)))
        .raw(">\n<head>\n<meta charset=\"utf-8\">\n");
    w_.element("title", page_.meeting.title.empty() ? title : title + " – " + page_.meeting.title);
    w_.raw("<style>").raw(page_.stylesheet).raw("</style>\n</head>\n<body>\n<main>\n<header>\n");
    w_.element("p", page_.brand.name, "class=\"brand\"");
    w_.element("h1", title);
    w_.raw("<dl class=\"facts\">\n");
    if (!page_.meeting.title.empty()) w_.element("dt", msg("report.company")).element("dd", page_.meeting.title);
    w_.element("dt", msg("report.date")).element("dd", page_.date);
    w_.raw("</dl>\n</header>\n");
    participants();
    divergence();
    agreed();
    joint();
    if (page_.meeting.baseline) baseline();
    w_.raw("<footer>\n");
    w_.element("h2", msg("report.contact"), "id=\"contact\"");
    write_contact(w_, page_.brand, page_.questionnaire, lang_);
    w_.raw("</footer>\n</main>\n</body>\n</html>\n");
    return w_.take();
  }

 private:
  const std::string& msg(std::string_view key) const { return page_.questionnaire.message(key, lang_); }
  std::string answer_label(std::string_view question_id, std::string_view option_id) const {
    const Question* question = page_.questionnaire.find_question(question_id);
    const Option* option = question ? question->find_option(option_id) : nullptr;
    return option ? option->label.in(lang_) : msg("ui.result.unanswered");
  }
  std::string question_title(std::string_view question_id) const {
    const Question* question = page_.questionnaire.find_question(question_id);
    return question ? question->short_title.in(lang_) : std::string(question_id);
  }
  void section_start(std::string_view id, std::string_view heading, bool keep = false) {
    w_.raw(keep ? "<section class=\"keep\" aria-labelledby=\"" : "<section aria-labelledby=\"").raw(id).raw("\">\n");
    w_.element("h2", heading, "id=\"" + std::string(id) + "\"");
  }
  void head_row(const std::vector<std::string>& cells) {
    w_.raw("<thead><tr>");
    for (const auto& cell : cells) w_.raw("<th scope=\"col\">").text(cell).raw("</th>");
    w_.raw("</tr></thead>\n");
  }
  void indicator_table(const std::vector<IndicatorRow>& rows, std::vector<std::string> columns) {
    columns.insert(columns.begin(), msg("report.indicator"));
    w_.raw("<table>\n");
    head_row(columns);
    w_.raw("<tbody>\n");
    for (const auto& row : rows) {
      w_.raw("<tr><th scope=\"row\">").text(row.label).raw("</th>");
      for (const auto& value : row.values) w_.raw("<td>").text(value.empty() ? "–" : value).raw("</td>");
      w_.raw("</tr>\n");
    }
    w_.raw("</tbody>\n</table>\n");
  }

  void participants() {
    const std::vector<EvaluateOutcome> results = participant_results(page_.meeting, page_.questionnaire, lang_);
    section_start("participants", msg("report.meeting.participants"), true);
    w_.raw("<table>\n");
    head_row({msg("report.meeting.participant"), msg("report.meeting.phase"), msg("ui.result.confidence")});
    w_.raw("<tbody>\n");
    std::vector<const Report*> reports;
    for (std::size_t i = 0; i < results.size(); ++i) {
      w_.raw("<tr><th scope=\"row\">").text(page_.meeting.participants[i].name).raw("</th>");
      if (const auto& report = results[i].value) {
        w_.raw("<td>").text(phase_heading(*report)).raw("</td><td>").text(report->confidence.label).raw("</td>");
      } else {
        const std::string open = std::to_string(results[i].problems.size());
        w_.raw("<td colspan=\"2\">").text(fill_template(msg("report.meeting.no_result"), {{"count", open}})).raw("</td>");
      }
      w_.raw("</tr>\n");
      reports.push_back(results[i].value ? &*results[i].value : nullptr);
    }
    w_.raw("</tbody>\n</table>\n</section>\n");
    const std::vector<IndicatorRow> rows = indicators_side_by_side(reports);
    if (rows.empty()) return;
    section_start("indicators", msg("report.meeting.indicators"), true);
    std::vector<std::string> names;
    for (const auto& participant : page_.meeting.participants) names.push_back(participant.name);
    indicator_table(rows, names);
    w_.raw("</section>\n");
  }

  void divergence() {
    section_start("divergence", msg("report.meeting.divergence"));
    w_.element("p", fill_template(msg("report.meeting.divergence_lead"), {{"percent", format_whole_percent(kDivergingFromPercent, lang_)}}));
    // Its own class: the answers table's wide question column would squeeze eight people (report.css).
    w_.raw("<table class=\"matrix\">\n");
    std::vector<std::string> columns = {msg("report.meeting.question")};
    for (const auto& participant : page_.meeting.participants) columns.push_back(participant.name);
    columns.push_back(msg("report.meeting.spread"));
    head_row(columns);
    w_.raw("<tbody>\n");
    for (const auto& row : meeting_divergence(page_.meeting, page_.questionnaire)) {
      w_.raw("<tr><th scope=\"row\">").text(question_title(row.question_id)).raw("</th>");
      for (const auto& option : row.answers) w_.raw("<td>").text(option.empty() ? "–" : answer_label(row.question_id, option)).raw("</td>");
      w_.raw("<td>").text(format_whole_percent(row.percent(), lang_));
      if (row.diverging()) w_.raw(" <strong>").text(msg("report.meeting.diverging")).raw("</strong>");
      w_.raw("</td></tr>\n");
    }
    w_.raw("</tbody>\n</table>\n</section>\n");
  }

  void agreed() {
    section_start("agreed", msg("report.meeting.agreed"));
    w_.raw("<table class=\"answers\">\n<tbody>\n");
    for (const auto& [question_ptr, agreed_ptr] : agreed_in_order(page_.meeting, page_.questionnaire)) {
      const std::string& question = question_ptr->id;
      const AgreedAnswer& agreed = *agreed_ptr;
      w_.raw("<tr><th scope=\"row\">").text(question_title(question)).raw("</th><td>")
          .text(agreed.option.empty() ? "–" : answer_label(question, agreed.option));
      if (!agreed.from.empty()) w_.raw(" <span class=\"because\">(").text(fill_template(msg("report.meeting.from"), {{"name", agreed.from}})).raw(")</span>");
      if (!agreed.note.empty()) w_.raw("<br><span class=\"because\">").text(msg("report.meeting.note") + ": " + agreed.note).raw("</span>");
      w_.raw("</td></tr>\n");
    }
    w_.raw("</tbody>\n</table>\n</section>\n");
  }

  void joint() {
    const JointResult result = joint_result(page_.meeting, page_.questionnaire, lang_);
    section_start("joint", msg("report.meeting.joint"), true);
    if (!page_.meeting.figures_from.empty()) {
      w_.element("p", fill_template(msg("report.meeting.figures_from"), {{"name", page_.meeting.figures_from}}));
    }
    if (const auto& r = result.report) {
      w_.element("h3", phase_heading(*r));
      if (const std::optional<Phase> here = parse_phase_id(r->phase_id)) w_.raw(phase_model_svg(page_.questionnaire, page_.brand, *here, lang_));
      w_.element("p", r->summary, "class=\"lead\"");
      w_.element("p", msg("ui.result.confidence") + ": " + r->confidence.label + ". " + r->confidence.explanation);
      w_.element("h3", msg("ui.result.next_steps"));
      w_.raw("<ol>\n");
      for (const auto& step : r->next_steps) {
        w_.raw("<li>").text(step.text).raw(" <span class=\"horizon\">(").text(step.horizon).raw(")</span></li>\n");
      }
      w_.raw("</ol>\n");
    } else {
      w_.element("p", msg("report.meeting.joint_waiting"));
    }
    if (!result.open.empty()) {
      w_.element("h3", msg("report.meeting.open"));
      w_.raw("<ul>\n");
      for (const auto& open : result.open) w_.element("li", question_title(open.question_id));
      w_.raw("</ul>\n");
    }
    w_.raw("</section>\n");
  }

  void baseline() {
    const Baseline& base = *page_.meeting.baseline;
    const BaselineComparison c = compare_with_baseline(base.answers, agreed_answers(page_.meeting), page_.questionnaire, lang_);
    section_start("baseline", fill_template(msg("report.meeting.baseline"), {{"label", base.label}}));
    auto phase_text = [&](const std::optional<Report>& r) { return r ? phase_heading(*r) : std::string("–"); };
    w_.raw("<dl class=\"facts\">\n");
    w_.element("dt", msg("report.meeting.then")).element("dd", phase_text(c.then));
    w_.element("dt", msg("report.meeting.now")).element("dd", phase_text(c.now));
    w_.raw("</dl>\n");
    if (!c.moved.empty()) {
      w_.element("h3", msg("report.meeting.moved"));
      w_.raw("<table class=\"answers\">\n");
      head_row({msg("report.meeting.question"), msg("report.meeting.then"), msg("report.meeting.now")});
      w_.raw("<tbody>\n");
      for (const auto& m : c.moved) {
        w_.raw("<tr><th scope=\"row\">").text(question_title(m.question_id)).raw("</th><td>").text(answer_label(m.question_id, m.then))
            .raw("</td><td>").text(answer_label(m.question_id, m.now)).raw("</td></tr>\n");
      }
      w_.raw("</tbody>\n</table>\n");
    }
    if (!c.indicators.empty()) w_.element("h3", msg("report.meeting.indicators"));
    if (!c.indicators.empty()) indicator_table(c.indicators, {msg("report.meeting.then"), msg("report.meeting.now")});
    if (!c.exit_signals.empty() && c.then) {
      w_.element("h3", fill_template(msg("report.meeting.exit"), {{"phase", phase_heading(*c.then)}}));
      w_.raw("<ul>\n");
      for (const auto& s : c.exit_signals) {
        w_.raw("<li>").text(question_title(s.question_id) + ": " + answer_label(s.question_id, s.counted) + " – ")
            .text(msg(s.appeared ? "report.meeting.exit.appeared" : "report.meeting.exit.not_yet")).raw("</li>\n");
      }
      w_.raw("</ul>\n");
      if (c.phase_ended()) w_.element("p", msg("report.meeting.exit.ended"));
    }
    w_.raw("</section>\n");
  }

  const MeetingPage& page_;
  Language lang_;
  HtmlWriter w_;
};

}  // namespace

std::string meeting_report_html(const MeetingPage& page) { return MeetingReport(page).write(); }

}  // namespace phasecheck

#include "cli/meeting_commands.hpp"

#include <cstdio>
#include <ostream>
#include <sstream>

#include "cli/cli.hpp"
#include "core/format.hpp"
#include "core/json_documents.hpp"
#include "core/meeting_baseline.hpp"
#include "core/meeting_divergence.hpp"
#include "core/meeting_document.hpp"
#include "core/meeting_results.hpp"
#include "core/utf8.hpp"

namespace phasecheck::cli {
namespace {

using Out = OrderedJson;

struct Words {
  const Questionnaire& q;
  Language lang;
  const std::string& msg(std::string_view key) const { return q.message(key, lang); }
  std::string question(std::string_view id) const {
    const Question* question = q.find_question(id);
    return question ? question->short_title.in(lang) : std::string(id);
  }
  std::string answer(std::string_view question_id, std::string_view option_id) const {
    const Question* question = q.find_question(question_id);
    const Option* option = question ? question->find_option(option_id) : nullptr;
    return option ? option->label.in(lang) : msg("ui.result.unanswered");
  }
};

// The last guard for what reaches stdout: the core refuses malformed UTF-8 in what people type, but a
// problem's `where` can be a file name, and nlohmann's strict dump would throw (an abort, no output).
std::string dumped(const Out& json) { return json.dump(2, ' ', false, Out::error_handler_t::replace) + "\n"; }

// Text people typed, for the terminal. The core refuses control characters in names, titles, labels
// and notes; whatever still arrives (a meeting file from an older build, a problem quoting its input)
// is shown as \u001b rather than sent raw, so no escape sequence moves the cursor or forges a line.
// A note keeps its line breaks, indented under it.
std::string shown(std::string_view text, bool note = false) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const utf8::Decoded next = utf8::decode(text, at);
    if (note && next.code_point == '\n') {
      out += "\n      ";
    } else if (utf8::is_control(next.code_point) && !(note && next.code_point == '\t')) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(next.code_point));
      out += escaped;
    } else {
      out += text.substr(at, next.length);
    }
    at += next.length;
  }
  return out;
}

Out optional_text(const std::string& text) { return text.empty() ? Out(nullptr) : Out(text); }

// Participants, divergence and indicators: what `compare` shows, and `meeting` before its own parts.
void comparison(const Meeting& meeting, const Words& words, Out& json, std::ostream& text) {
  const std::vector<EvaluateOutcome> results = participant_results(meeting, words.q, words.lang);
  std::vector<const Report*> reports;
  json["participants"] = Out::array();
  text << words.msg("report.meeting.participants") << "\n";
  for (std::size_t i = 0; i < results.size(); ++i) {
    const std::string& name = meeting.participants[i].name;
    const auto& report = results[i].value;
    reports.push_back(report ? &*report : nullptr);
    Out entry = {{"name", name}, {"phase", nullptr}, {"phase_id", nullptr}, {"confidence", nullptr}, {"missing", Out::array()}};
    if (report) {
      entry["phase"] = report->phase;
      entry["phase_id"] = report->phase_id;
      entry["confidence"] = report->confidence.level;
      text << "  " << shown(name) << ": " << phase_heading(*report) << " (" << words.msg("ui.result.confidence") << ": "
           << report->confidence.label << ")\n";
    } else {
      for (const auto& p : results[i].problems) entry["missing"].push_back(p.where);
      text << "  " << shown(name) << ": "
           << fill_template(words.msg("report.meeting.no_result"), {{"count", std::to_string(results[i].problems.size())}}) << "\n";
    }
    json["participants"].push_back(std::move(entry));
  }
  json["divergence"] = Out::array();
  text << "\n" << words.msg("report.meeting.divergence") << "\n";
  for (const auto& row : meeting_divergence(meeting, words.q)) {
    Out answers = Out::object();
    text << "  " << words.question(row.question_id) << " – " << format_whole_percent(row.percent(), words.lang)
         << (row.diverging() ? " " + words.msg("report.meeting.diverging") : "") << "\n    ";
    for (std::size_t i = 0; i < row.answers.size(); ++i) {
      answers[meeting.participants[i].name] = optional_text(row.answers[i]);
      text << (i ? "; " : "") << shown(meeting.participants[i].name) << ": " << (row.answers[i].empty() ? "–" : words.answer(row.question_id, row.answers[i]));
    }
    text << "\n";
    json["divergence"].push_back({{"question", row.question_id}, {"answers", std::move(answers)},
                                  {"most_common", optional_text(row.most_common)}, {"answered", row.answered},
                                  {"differing", row.differing}, {"unanswered", row.unanswered},
                                  {"without_score", row.without_score}, {"percent", row.percent()},
                                  {"diverging", row.diverging()}});
  }
  json["indicators"] = Out::array();
  const std::vector<IndicatorRow> rows = indicators_side_by_side(reports);
  if (!rows.empty()) text << "\n" << words.msg("report.meeting.indicators") << "\n";
  for (const auto& row : rows) {
    Out values = Out::object();
    text << "  " << row.label << ": ";
    for (std::size_t i = 0; i < row.values.size(); ++i) {
      values[meeting.participants[i].name] = optional_text(row.values[i]);
      text << (i ? "; " : "") << shown(meeting.participants[i].name) << " " << (row.values[i].empty() ? "–" : row.values[i]);
    }
    text << "\n";
    json["indicators"].push_back({{"id", row.id}, {"label", row.label}, {"values", std::move(values)}});
  }
}

// The agreed view, the joint recommendation and, with a baseline, before and after.
void agreement(const Meeting& meeting, const Words& words, Out& json, std::ostream& text) {
  json["agreed"] = Out::array();
  text << "\n" << words.msg("report.meeting.agreed") << "\n";
  for (const auto& [question_ptr, agreed_ptr] : agreed_in_order(meeting, words.q)) {
    const std::string& question = question_ptr->id;
    const AgreedAnswer& agreed = *agreed_ptr;
    json["agreed"].push_back({{"question", question}, {"option", optional_text(agreed.option)},
                              {"from", optional_text(agreed.from)}, {"note", optional_text(agreed.note)}});
    text << "  " << words.question(question) << ": " << (agreed.option.empty() ? "–" : words.answer(question, agreed.option));
    if (!agreed.from.empty()) text << " (" << fill_template(words.msg("report.meeting.from"), {{"name", shown(agreed.from)}}) << ")";
    if (!agreed.note.empty()) text << "\n    " << words.msg("report.meeting.note") << ": " << shown(agreed.note, true);
    text << "\n";
  }
  const JointResult joint = joint_result(meeting, words.q, words.lang);
  json["open"] = Out::array();
  for (const auto& open : joint.open) json["open"].push_back({{"question", open.question_id}, {"required", open.required}});
  text << "\n" << words.msg("report.meeting.joint") << "\n  "
       << (joint.report ? phase_heading(*joint.report) : words.msg("report.meeting.joint_waiting")) << "\n";
  if (!joint.open.empty()) {
    text << "  " << words.msg("report.meeting.open") << ": ";
    for (std::size_t i = 0; i < joint.open.size(); ++i) text << (i ? ", " : "") << words.question(joint.open[i].question_id);
    text << "\n";
  }
  json["joint"] = joint.report ? Out::parse(result_to_json(*joint.report).dump()) : Out(nullptr);
  json["baseline"] = nullptr;
  if (!meeting.baseline) return;
  const BaselineComparison c = compare_with_baseline(meeting.baseline->answers, agreed_answers(meeting), words.q, words.lang);
  Out base = {{"label", meeting.baseline->label},
              {"phase_then", c.then ? Out(c.then->phase_id) : Out(nullptr)},
              {"phase_now", c.now ? Out(c.now->phase_id) : Out(nullptr)},
              {"moved", Out::array()}, {"indicators", Out::array()}, {"exit_signals", Out::array()},
              {"phase_ended", c.phase_ended()}};
  text << "\n" << fill_template(words.msg("report.meeting.baseline"), {{"label", shown(meeting.baseline->label)}}) << "\n  "
       << words.msg("report.meeting.then") << ": " << (c.then ? phase_heading(*c.then) : "–") << "\n  "
       << words.msg("report.meeting.now") << ": " << (c.now ? phase_heading(*c.now) : "–") << "\n";
  if (!c.moved.empty()) text << "  " << words.msg("report.meeting.moved") << "\n";
  for (const auto& m : c.moved) {
    base["moved"].push_back({{"question", m.question_id}, {"then", optional_text(m.then)}, {"now", optional_text(m.now)}});
    text << "    " << words.question(m.question_id) << ": " << words.answer(m.question_id, m.then) << " → "
         << words.answer(m.question_id, m.now) << "\n";
  }
  if (!c.indicators.empty()) text << "  " << words.msg("report.meeting.indicators") << "\n";
  for (const auto& row : c.indicators) {
    base["indicators"].push_back({{"id", row.id}, {"label", row.label}, {"then", optional_text(row.values[0])},
                                  {"now", optional_text(row.values[1])}});
    text << "    " << row.label << ": " << (row.values[0].empty() ? "–" : row.values[0]) << " → "
         << (row.values[1].empty() ? "–" : row.values[1]) << "\n";
  }
  if (!c.exit_signals.empty()) {
    text << "  " << fill_template(words.msg("report.meeting.exit"), {{"phase", phase_heading(*c.then)}}) << "\n";
  }
  for (const auto& s : c.exit_signals) {
    base["exit_signals"].push_back({{"question", s.question_id}, {"expected", s.expected},
                                    {"counted", optional_text(s.counted)}, {"appeared", s.appeared}});
    text << "    " << words.question(s.question_id) << ": " << words.answer(s.question_id, s.counted) << " – "
         << words.msg(s.appeared ? "report.meeting.exit.appeared" : "report.meeting.exit.not_yet") << "\n";
  }
  if (c.phase_ended()) text << "  " << words.msg("report.meeting.exit.ended") << "\n";
  json["baseline"] = std::move(base);
}

void problems_to(std::ostream& err, const Problems& problems) {
  for (const auto& p : problems) err << "phasecheck: " << shown(describe(p)) << "\n";
}

}  // namespace

int compare_files(const std::vector<ParticipantFile>& files, const Problems& read_problems,
                  const Questionnaire& questionnaire, const MeetingOutput& output, std::ostream& out, std::ostream& err) {
  Meeting meeting;
  meeting.lang = output.lang.value_or(Language::de);
  ParticipantsAdded added = add_participant_files(meeting, files, questionnaire);
  Problems problems = read_problems;
  problems.insert(problems.end(), added.problems.begin(), added.problems.end());
  problems_to(err, problems);
  if (added.added.empty()) {
    err << "phasecheck: compare: no file could be read\n";
    return kExitBadInput;
  }
  if (output.meeting_document) {
    out << meeting_document_text(added.meeting);
    return problems.empty() ? kExitOk : kExitPartial;
  }
  Out json = {{"schema", "phasecheck.comparison/1"}, {"lang", language_code(meeting.lang)}};
  std::ostringstream text;
  comparison(added.meeting, {questionnaire, meeting.lang}, json, text);
  json["refused"] = Out::array();
  for (const auto& p : problems) json["refused"].push_back({{"file", p.where}, {"problem", p.what}});
  if (output.json) out << dumped(json);
  else out << text.str();
  return problems.empty() ? kExitOk : kExitPartial;
}

int show_meeting(const std::string& name, const std::string& text_in, const Questionnaire& questionnaire,
                 const MeetingOutput& output, std::ostream& out, std::ostream& err) {
  MeetingRead read = read_meeting_document(text_in, questionnaire);
  if (!read.value) {
    for (const auto& p : read.problems) err << "phasecheck: " << shown(name) << ": " << shown(describe(p)) << "\n";
    return kExitBadInput;
  }
  const Language lang = output.lang.value_or(read.value->lang);
  Out json = {{"schema", "phasecheck.meeting-summary/1"}, {"lang", language_code(lang)},
              {"title", optional_text(read.value->title)}};
  std::ostringstream text;
  if (!read.value->title.empty()) text << shown(read.value->title) << "\n\n";
  const Words words{questionnaire, lang};
  comparison(*read.value, words, json, text);
  agreement(*read.value, words, json, text);
  if (output.json) out << dumped(json);
  else out << text.str();
  return kExitOk;
}

}  // namespace phasecheck::cli

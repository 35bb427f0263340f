#include "core/wording_file.hpp"

#include <algorithm>
#include <map>

#include "core/json_fields.hpp"
#include "core/json_reader.hpp"

namespace phasecheck {

const std::vector<std::string>& required_meeting_message_keys() {
  static const std::vector<std::string> keys = {
      "meeting.title", "meeting.lead", "meeting.tab.participants", "meeting.tab.compare", "meeting.tab.agree",
      "meeting.tab.keep", "meeting.participants.empty", "meeting.participant.result", "meeting.participant.incomplete",
      "meeting.participant.remove", "meeting.add.title", "meeting.add.name", "meeting.add.answer_here",
      "meeting.add.files", "meeting.add.link", "meeting.add.link_button", "meeting.add.full", "meeting.answering",
      "meeting.answering.add", "meeting.answering.cancel", "meeting.added", "meeting.removed", "meeting.refused",
      "meeting.reason.full", "meeting.reason.duplicate", "meeting.reason.no_name", "meeting.reason.name_too_long",
      "meeting.reason.no_link", "meeting.compare.empty", "meeting.compare.answers", "meeting.compare.measure",
      "meeting.compare.spread", "meeting.compare.unanswered", "meeting.compare.no_figures", "meeting.agree.open",
      "meeting.agree.chosen_by", "meeting.agree.figures",
      "meeting.agree.figures_none", "meeting.agree.figures_title", "meeting.keep.saved", "meeting.keep.not_saved", "meeting.keep.export",
      "meeting.keep.open", "meeting.keep.print", "meeting.imported", "meeting.import_failed",
      "meeting.stored_corrupt", "meeting.storage_full", "meeting.exported", "meeting.tab.baseline", "meeting.baseline.none",
      "meeting.baseline.open", "meeting.baseline_set", "meeting.baseline_failed", "meeting.baseline.moved",
      "meeting.participant.remove_short", "meeting.remove.undo", "meeting.remove_undone", "meeting.answering_resumed",
      "meeting.answering_corrupt", "meeting.baseline.label",
      // The printed meeting report's (core/meeting_report_html), also read by the screens and the CLI's
      // compare and meeting: here, not in the questionnaire, so the check's first download does not carry them.
      "report.meeting.title", "report.meeting.participants", "report.meeting.participant", "report.meeting.no_result",
      "report.meeting.phase", "report.meeting.divergence", "report.meeting.divergence_lead", "report.meeting.question",
      "report.meeting.spread", "report.meeting.diverging", "report.meeting.indicators", "report.meeting.agreed",
      "report.meeting.from", "report.meeting.note", "report.meeting.open", "report.meeting.joint",
      "report.meeting.joint_waiting", "report.meeting.figures_from", "report.meeting.baseline", "report.meeting.then",
      "report.meeting.now", "report.meeting.moved", "report.meeting.exit", "report.meeting.exit.appeared",
      "report.meeting.exit.not_yet", "report.meeting.exit.ended"};
  return keys;
}

Problems add_wording(Questionnaire& questionnaire, std::string_view json_text, const std::vector<std::string>& required) {
  JsonRead read = read_json(json_text);
  if (!read.value) return read.problems;
  Problems problems;
  JsonFields fields(*read.value, "", problems);
  if (!fields.valid()) return problems;
  if (const Json* schema = read.value->contains("schema") ? &(*read.value)["schema"] : nullptr;
      !schema || !schema->is_string() || schema->get<std::string>() != kWordingSchema) {
    problems.push_back({"/schema", "expected \"" + std::string(kWordingSchema) + "\""});
  }
  std::map<std::string, LocalizedText, std::less<>> found;
  if (const Json* messages = fields.object("messages")) {
    for (const auto& [key, value] : messages->items()) {
      const std::string pointer = pointer_child("/messages", key);
      if (std::find(required.begin(), required.end(), key) == required.end()) {
        problems.push_back({pointer, "unknown message key"});
        continue;
      }
      if (questionnaire.messages.count(key) > 0) {
        problems.push_back({pointer, "already a message of the questionnaire"});
        continue;
      }
      if (auto text = read_localized(value, pointer, problems)) found.emplace(key, *text);
    }
    for (const auto& key : required) {
      if (!messages->contains(key)) problems.push_back({pointer_child("/messages", key), "missing"});
    }
  }
  fields.reject_unknown({"schema", "messages"});
  if (!problems.empty()) return problems;
  questionnaire.messages.merge(found);
  return {};
}

}  // namespace phasecheck

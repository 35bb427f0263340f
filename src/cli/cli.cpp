#include "cli/cli.hpp"

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/meeting_commands.hpp"
#include "core/brand.hpp"
#include "core/json_documents.hpp"
#include "core/limits.hpp"
#include "core/meeting_document.hpp"
#include "core/result_document.hpp"
#include "core/text_report.hpp"
#include "core/wording_file.hpp"

namespace phasecheck::cli {
namespace {

constexpr std::size_t kMaxInputBytes = limits::kDocumentBytes;

constexpr const char* kUsage =
    "Usage:\n"
    "  phasecheck evaluate FILE|- [--lang de|en] [--format json|text] [--questionnaire FILE]\n"
    "  phasecheck validate FILE            (a questionnaire, a brand, a meeting file or meeting wording)\n"
    "  phasecheck questions [--lang de|en] [--questionnaire FILE]\n"
    "  phasecheck compare FILE FILE... [--lang de|en] [--format json|text|meeting] [--questionnaire FILE]\n"
    "                                      [--meeting-wording FILE]\n"
    "                                      (answers files, exports or share links; one participant each;\n"
    "                                       meeting: a phasecheck.meeting/1 document of them to go on with)\n"
    "  phasecheck meeting FILE [--lang de|en] [--format json|text] [--questionnaire FILE] [--meeting-wording FILE]\n"
    "                                      (--meeting-wording: meeting mode's wording, phasecheck.wording/1;\n"
    "                                       default: the shipped assets/meeting.json, built in)\n"
    "  phasecheck --version | --help\n"
    "Exit status: 0 on success, 2 on bad input (one line per problem on stderr);\n"
    "compare: 3 when some files were refused but the others were compared.\n";

struct Input {
  std::string text;
  std::string name;  // what messages call it
  std::optional<std::string> error;
};

// Reads at most one byte past the limit, so a huge or endless input is refused, not swallowed.
Input read_limited(std::istream& stream, std::string name) {
  Input input{{}, std::move(name), std::nullopt};
  std::string buffer(kMaxInputBytes + 1, '\0');
  stream.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  buffer.resize(static_cast<std::size_t>(stream.gcount()));
  if (buffer.size() > kMaxInputBytes) {
    input.error = "larger than " + std::to_string(kMaxInputBytes) + " bytes; refused";
  } else if (stream.bad()) {
    input.error = "could not be read";
  }
  input.text = std::move(buffer);
  return input;
}

Input read_input(const std::string& path, std::istream& in) {
  if (path == "-") return read_limited(in, "<stdin>");
  std::ifstream file(path, std::ios::binary);
  if (!file) return {{}, path, "cannot open the file"};
  Input input = read_limited(file, path);
  return input;
}

struct Options {
  std::vector<std::string> positional;
  std::optional<Language> lang;
  std::string format = "json";
  std::optional<std::string> questionnaire_path;
  std::optional<std::string> meeting_wording_path;
  std::vector<std::string> errors;
};

Options parse_options(const std::vector<std::string>& args) {
  Options o;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 < args.size()) return args[++i];
      o.errors.push_back(arg + " needs a value");
      return std::nullopt;
    };
    if (arg == "--lang") {
      if (auto v = value()) {
        o.lang = parse_language(*v);
        if (!o.lang) o.errors.push_back("--lang: unknown language \"" + *v + "\"; allowed: de, en");
      }
    } else if (arg == "--format") {
      if (auto v = value()) {
        if (*v != "json" && *v != "text" && *v != "meeting") {
          o.errors.push_back("--format: unknown format \"" + *v + "\"; allowed: json, text (compare: also meeting)");
        }
        else o.format = *v;
      }
    } else if (arg == "--questionnaire") {
      o.questionnaire_path = value();
    } else if (arg == "--meeting-wording") {
      o.meeting_wording_path = value();
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      o.errors.push_back("unknown option " + arg);
    } else {
      o.positional.push_back(arg);
    }
  }
  return o;
}

void report_problems(std::ostream& err, const std::string& name, const Problems& problems) {
  for (const auto& problem : problems) err << "phasecheck: " << name << ": " << describe(problem) << "\n";
}

// The questionnaire: the shipped one, or a file (a consultant trying out an edited copy).
std::optional<Questionnaire> load(const Options& o, std::istream& in, std::ostream& err) {
  if (!o.questionnaire_path) {
    QuestionnaireLoad loaded = load_questionnaire(embedded_questionnaire_json);
    report_problems(err, "built-in questionnaire", loaded.problems);
    return std::move(loaded.value);
  }
  Input input = read_input(*o.questionnaire_path, in);
  if (input.error) {
    err << "phasecheck: " << input.name << ": " << *input.error << "\n";
    return std::nullopt;
  }
  QuestionnaireLoad loaded = load_questionnaire(input.text);
  report_problems(err, input.name, loaded.problems);
  return std::move(loaded.value);
}

// Meeting mode's wording (assets/meeting.json: the report's and the screens' messages) joins the
// questionnaire for compare and meeting only: it lives in a file of its own so that the check's first
// download in the browser does not carry it. The shipped file is built in, like the questionnaire.
bool add_meeting_wording(Questionnaire& questionnaire, const Options& o, std::istream& in, std::ostream& err) {
  Input input{std::string(embedded_meeting_wording_json), "built-in meeting wording (assets/meeting.json)", std::nullopt};
  if (o.meeting_wording_path) input = read_input(*o.meeting_wording_path, in);
  if (input.error) {
    err << "phasecheck: " << input.name << ": " << *input.error << " (meeting wording, --meeting-wording)\n";
    return false;
  }
  const Problems problems = add_wording(questionnaire, input.text, required_meeting_message_keys());
  report_problems(err, input.name, problems);
  return problems.empty();
}

// The questionnaire with the meeting's wording, for compare and meeting.
std::optional<Questionnaire> load_for_meeting(const Options& o, std::istream& in, std::ostream& err) {
  auto questionnaire = load(o, in, err);
  if (!questionnaire || !add_meeting_wording(*questionnaire, o, in, err)) return std::nullopt;
  return questionnaire;
}

// What `evaluate` and `meeting` start from: the questionnaire and their one FILE (or -); none when
// either failed, which is on stderr.
struct OneFile {
  Questionnaire questionnaire;
  Input input;
};
std::optional<OneFile> questionnaire_and_file(std::string_view command, const Options& o, std::istream& in, std::ostream& err) {
  if (o.positional.size() != 1) {
    err << "phasecheck: " << command << " needs exactly one FILE (or - for standard input)\n" << kUsage;
    return std::nullopt;
  }
  auto questionnaire = command == "meeting" ? load_for_meeting(o, in, err) : load(o, in, err);
  if (!questionnaire) return std::nullopt;
  Input input = read_input(o.positional[0], in);
  if (input.error) {
    err << "phasecheck: " << input.name << ": " << *input.error << "\n";
    return std::nullopt;
  }
  return OneFile{std::move(*questionnaire), std::move(input)};
}

// Only compare writes a meeting document: the other commands have no meeting to write.
bool refuse_meeting_format(const Options& o, std::string_view command, std::ostream& err) {
  if (o.format != "meeting") return false;
  err << "phasecheck: " << command << ": --format meeting is for compare; allowed: json, text\n";
  return true;
}

// Only compare and meeting show meeting wording: elsewhere the option would be silently ignored.
bool refuse_meeting_wording(const Options& o, std::string_view command, std::ostream& err) {
  if (!o.meeting_wording_path) return false;
  err << "phasecheck: " << command << ": --meeting-wording is for compare and meeting\n";
  return true;
}

int evaluate(const Options& o, std::istream& in, std::ostream& out, std::ostream& err) {
  if (refuse_meeting_format(o, "evaluate", err) || refuse_meeting_wording(o, "evaluate", err)) return kExitBadInput;
  std::optional<OneFile> read = questionnaire_and_file("evaluate", o, in, err);
  if (!read) return kExitBadInput;
  const Questionnaire* questionnaire = &read->questionnaire;
  const Input& input = read->input;
  EvaluateOutcome outcome = evaluate_text(input.text, *questionnaire, o.lang);
  if (!outcome.value) {
    report_problems(err, input.name, outcome.problems);
    return kExitBadInput;
  }
  if (o.format == "text") out << report_to_text(*outcome.value, *questionnaire);
  else out << result_to_json(*outcome.value).dump(2) << "\n";
  return kExitOk;
}

// The document's "schema" when it is text, else "": {"schema": 1} is no brand or meeting (and nlohmann's
// value("schema", "") would throw on it), so it goes on to the questionnaire check, which says why.
std::string schema_of(std::string_view text) {
  const JsonRead peek = read_json(text);
  if (!peek.ok() || !peek.value->is_object()) return "";
  const auto it = peek.value->find("schema");
  return it != peek.value->end() && it->is_string() ? it->get<std::string>() : "";
}

// Validates a questionnaire, a brand, a meeting or a wording file, whichever its "schema" says it is.
int validate(const Options& o, std::istream& in, std::ostream& out, std::ostream& err) {
  if (refuse_meeting_wording(o, "validate", err)) return kExitBadInput;
  if (o.positional.size() != 1) {
    err << "phasecheck: validate needs exactly one FILE\n" << kUsage;
    return kExitBadInput;
  }
  Input input = read_input(o.positional[0], in);
  if (input.error) {
    err << "phasecheck: " << input.name << ": " << *input.error << "\n";
    return kExitBadInput;
  }
  const std::string schema = schema_of(input.text);
  const bool is_brand = schema == kBrandSchema;
  if (schema == kMeetingSchema) {
    // Checked against the questionnaire `meeting` would read it with (--questionnaire, else the shipped one).
    auto questionnaire = load(o, in, err);
    if (!questionnaire) return kExitBadInput;
    MeetingRead meeting = read_meeting_document(input.text, *questionnaire);
    report_problems(err, input.name, meeting.problems);
    if (!meeting.value) return kExitBadInput;
    out << input.name << ": valid meeting, " << meeting.value->participants.size() << " participants\n";
    return kExitOk;
  }
  if (schema == kWordingSchema) {
    // Meeting mode's wording joins a questionnaire (--questionnaire, else the shipped one), whose own
    // messages it may not reword.
    auto questionnaire = load(o, in, err);
    if (!questionnaire) return kExitBadInput;
    const std::size_t before = questionnaire->messages.size();
    const Problems problems = add_wording(*questionnaire, input.text, required_meeting_message_keys());
    report_problems(err, input.name, problems);
    if (!problems.empty()) return kExitBadInput;
    out << input.name << ": valid meeting wording, " << questionnaire->messages.size() - before << " messages\n";
    return kExitOk;
  }
  if (is_brand) {
    BrandLoad brand = load_brand(input.text);
    report_problems(err, input.name, brand.problems);
    if (!brand.value) return kExitBadInput;
    // Valid, so the build goes on; but a placeholder contact must not ship unnoticed.
    for (const auto& warning : brand_warnings(*brand.value)) {
      err << "phasecheck: " << input.name << ": warning: " << describe(warning) << "\n";
    }
    out << input.name << ": valid brand \"" << brand.value->name << "\"\n";
    return kExitOk;
  }
  QuestionnaireLoad loaded = load_questionnaire(input.text);
  report_problems(err, input.name, loaded.problems);
  if (!loaded.value) return kExitBadInput;
  out << input.name << ": valid, " << loaded.value->sections.size() << " sections, "
      << loaded.value->question_count() << " questions, version " << loaded.value->version << "\n";
  return kExitOk;
}

int questions(const Options& o, std::istream& in, std::ostream& out, std::ostream& err) {
  if (refuse_meeting_wording(o, "questions", err)) return kExitBadInput;
  auto questionnaire = load(o, in, err);
  if (!questionnaire) return kExitBadInput;
  const Language lang = o.lang.value_or(Language::de);
  for (const auto& section : questionnaire->sections) {
    out << "# " << section.title.in(lang) << "\n";
    for (const auto& question : section.questions) {
      out << question.id << (question.required ? "" : " (optional)") << ": " << question.text.in(lang) << "\n";
      for (const auto& option : question.options) out << "  " << option.id << ": " << option.label.in(lang) << "\n";
    }
    out << "\n";
  }
  return kExitOk;
}

// Several participants' files side by side; a refused file is reported and the others still compare.
int compare(const Options& o, std::istream& in, std::ostream& out, std::ostream& err) {
  if (o.positional.empty()) {
    err << "phasecheck: compare needs at least one FILE\n" << kUsage;
    return kExitBadInput;
  }
  auto questionnaire = load_for_meeting(o, in, err);
  if (!questionnaire) return kExitBadInput;
  std::vector<ParticipantFile> files;
  Problems unreadable;
  for (const auto& path : o.positional) {
    Input input = read_input(path, in);
    if (input.error) unreadable.push_back({input.name, *input.error});
    else files.push_back({input.name, std::move(input.text)});
  }
  return compare_files(files, unreadable, *questionnaire, {o.lang, o.format == "json", o.format == "meeting"}, out, err);
}

int meeting(const Options& o, std::istream& in, std::ostream& out, std::ostream& err) {
  if (refuse_meeting_format(o, "meeting", err)) return kExitBadInput;
  std::optional<OneFile> read = questionnaire_and_file("meeting", o, in, err);
  if (!read) return kExitBadInput;
  return show_meeting(read->input.name, read->input.text, read->questionnaire, {o.lang, o.format == "json"}, out, err);
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? err : out) << kUsage;
    return args.empty() ? kExitBadInput : kExitOk;
  }
  if (args[0] == "--version") {
    out << "phasecheck " << model_version() << "\n";
    return kExitOk;
  }
  Options options = parse_options(args);
  if (!options.errors.empty()) {
    for (const auto& error : options.errors) err << "phasecheck: " << error << "\n";
    return kExitBadInput;
  }
  if (args[0] == "evaluate") return evaluate(options, in, out, err);
  if (args[0] == "validate") return validate(options, in, out, err);
  if (args[0] == "questions") return questions(options, in, out, err);
  if (args[0] == "compare") return compare(options, in, out, err);
  if (args[0] == "meeting") return meeting(options, in, out, err);
  err << "phasecheck: unknown command \"" << args[0] << "\"\n" << kUsage;
  return kExitBadInput;
}

}  // namespace phasecheck::cli

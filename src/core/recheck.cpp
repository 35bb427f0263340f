#include "core/recheck.hpp"

#include <algorithm>

#include "core/format.hpp"

namespace phasecheck {
namespace {

constexpr std::size_t kMaxLineOctets = 75;  // RFC 5545, 3.1: without the line break

bool digits(std::string_view text, std::size_t from, std::size_t count) {
  if (text.size() < from + count) return false;
  return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(from),
                     text.begin() + static_cast<std::ptrdiff_t>(from + count), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
  return value;
}

std::string padded(int value, std::size_t width) {
  std::string text = std::to_string(value);
  return text.size() < width ? std::string(width - text.size(), '0') + text : text;
}

// "20270228": the iCalendar DATE form.
std::string ics_date(Date date) { return padded(date.year, 4) + padded(date.month, 2) + padded(date.day, 2); }

// "2026-11-28T10:15:00.000Z" → "20261128T101500Z": date and time both from the UTC reading (the
// visitor's day can be another one around midnight). An unreadable time stamps midnight.
std::string ics_stamp(Date date, std::string_view now_iso) {
  std::string time = "000000";
  if (now_iso.size() >= 19 && now_iso[10] == 'T' && digits(now_iso, 11, 2) && now_iso[13] == ':' && digits(now_iso, 14, 2) &&
      now_iso[16] == ':' && digits(now_iso, 17, 2)) {
    time = std::string(now_iso.substr(11, 2)) + std::string(now_iso.substr(14, 2)) + std::string(now_iso.substr(17, 2));
  }
  return ics_date(date) + "T" + time + "Z";
}

class Calendar {
 public:
  // One content line, TEXT values already escaped.
  void line(std::string_view name, std::string_view value) { out_ += ics_fold(std::string(name) + ":" + std::string(value)); }
  void text(std::string_view name, std::string_view value) { line(name, ics_escape_text(value)); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

std::optional<Date> parse_iso_date(std::string_view iso) {
  if (!digits(iso, 0, 4) || iso.size() < 10 || iso[4] != '-' || !digits(iso, 5, 2) || iso[7] != '-' || !digits(iso, 8, 2)) {
    return std::nullopt;
  }
  const Date date{number(iso, 0, 4), number(iso, 5, 2), number(iso, 8, 2)};
  if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1 || date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

Date add_months(Date date, int months) {
  // Months since year 0, floored, so negative steps cross year boundaries too.
  const long total = static_cast<long>(date.year) * 12 + (date.month - 1) + months;
  const long year = total >= 0 ? total / 12 : -((-total + 11) / 12);
  Date out{static_cast<int>(year), static_cast<int>(total - year * 12) + 1, date.day};
  out.day = std::min(out.day, days_in_month(out.year, out.month));
  return out;
}

Date next_day(Date date) {
  if (date.day < days_in_month(date.year, date.month)) return {date.year, date.month, date.day + 1};
  if (date.month < 12) return {date.year, date.month + 1, 1};
  return {date.year + 1, 1, 1};
}

std::string iso_date(Date date) { return padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2); }

Date recheck_date(const Report& report, Date today) { return add_months(today, report.recheck_months); }

std::string recheck_filename(Date date) { return "phasecheck-recheck-" + iso_date(date) + ".ics"; }

std::string ics_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one break
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      default:
        // TEXT allows no other control characters (RFC 5545, 3.3.11); a tab may stay.
        if ((static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) || c == '\t') out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  auto continuation = [&](std::size_t at) { return at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80; };
  std::string out;
  std::size_t start = 0;
  bool first = true;
  do {
    // A continuation line starts with a space, which counts towards its 75 octets.
    const std::size_t room = first ? kMaxLineOctets : kMaxLineOctets - 1;
    std::size_t end = std::min(line.size(), start + room);
    while (end > start + 1 && continuation(end)) --end;  // never split a UTF-8 character
    if (!first) out += ' ';
    out.append(line.substr(start, end - start));
    out += "\r\n";
    start = end;
    first = false;
  } while (start < line.size());
  return out;
}

std::optional<std::string> recheck_ics(const RecheckCalendar& calendar) {
  const std::optional<Date> today = parse_iso_date(calendar.today_iso.empty() ? calendar.now_iso : calendar.today_iso);
  if (!today || !parse_iso_date(calendar.now_iso)) return std::nullopt;
  const Report& r = calendar.report;
  const Language lang = r.lang;
  auto message = [&](std::string_view key) -> const std::string& { return calendar.questionnaire.message(key, lang); };
  const Date day = recheck_date(r, *today);
  const std::string phase = r.phase_label + " \xE2\x80\x93 " + r.title;  // "Phase 1 – Skalieren"
  const std::string summary = fill_template(message("report.calendar.summary"), {{"phase", phase}});
  std::string description =
      fill_template(message("report.calendar.result"), {{"date", format_iso_date(iso_date(*today), lang)}, {"phase", phase}}) +
      "\n\n" + message("report.calendar.check." + r.phase_id);
  if (!calendar.address.empty()) {
    description += "\n\n" + fill_template(message("report.calendar.repeat"), {{"address", std::string(calendar.address)}});
  }
  std::string language(language_code(lang));
  for (char& c : language) c = static_cast<char>(c - 'a' + 'A');

  Calendar ics;
  ics.line("BEGIN", "VCALENDAR");
  ics.line("VERSION", "2.0");
  ics.line("PRODID", "-//Phasencheck//Phasencheck " + std::string(model_version()) + "//" + language);
  ics.line("CALSCALE", "GREGORIAN");
  ics.line("METHOD", "PUBLISH");
  ics.line("BEGIN", "VEVENT");
  // The same phase and day give the same UID: saving again updates the entry instead of adding one.
  ics.line("UID", "phasecheck-recheck-" + ics_date(day) + "-" + r.phase_id + "@phasecheck");
  ics.line("DTSTAMP", ics_stamp(*parse_iso_date(calendar.now_iso), calendar.now_iso));
  ics.line("DTSTART;VALUE=DATE", ics_date(day));
  ics.line("DTEND;VALUE=DATE", ics_date(next_day(day)));
  ics.text("SUMMARY", summary);
  ics.text("DESCRIPTION", description);
  ics.line("TRANSP", "TRANSPARENT");  // a reminder, not a meeting: the day stays free
  ics.line("BEGIN", "VALARM");
  ics.line("ACTION", "DISPLAY");
  ics.line("TRIGGER", "PT9H");  // 9:00 on the day
  ics.text("DESCRIPTION", summary);
  ics.line("END", "VALARM");
  ics.line("END", "VEVENT");
  ics.line("END", "VCALENDAR");
  return ics.take();
}

}  // namespace phasecheck

#pragma once
// The re-check: when to take the check again (the questionnaire's recheck_months for the phase,
// counted from the day of the result) and the calendar entry for it, an RFC 5545 iCalendar text
// the browser saves as a .ics file. Pure: the caller passes the clock's reading and the address.
#include <optional>
#include <string>
#include <string_view>

#include "core/questionnaire.hpp"
#include "core/report.hpp"

namespace phasecheck {

// A day of the (proleptic Gregorian) calendar, no time, no zone.
struct Date {
  int year = 0;
  int month = 0;  // 1–12
  int day = 0;    // 1–31

  friend bool operator==(const Date&, const Date&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
// The date at the start of "YYYY-MM-DD…" ("2026-11-28T10:15:00Z"); none when it is not a real day.
std::optional<Date> parse_iso_date(std::string_view iso);
// Whole months later (or earlier, for negative `months`); a day the target month lacks becomes its
// last day: 31 Jan + 1 month = 28 Feb (29 in a leap year).
Date add_months(Date date, int months);
Date next_day(Date date);
std::string iso_date(Date date);  // "2027-02-28"

// The day of the next check for a report made on `today`.
Date recheck_date(const Report& report, Date today);

struct RecheckCalendar {
  const Report& report;                // phase, language, recheck_months
  const Questionnaire& questionnaire;  // the wording
  std::string_view now_iso;            // the clock when the file is made: "2026-11-28T10:15:00.000Z" (UTC)
  std::string_view address;            // where the check is, for the description; may be empty
  // The visitor's calendar day ("2026-11-29"), which the re-check counts from; empty: the UTC day of now_iso.
  std::string_view today_iso = {};
};

// The calendar file: one all-day event on the re-check date with a reminder, in the report's
// language. CRLF line ends, lines folded at 75 octets, text escaped. None when now_iso is no date.
std::optional<std::string> recheck_ics(const RecheckCalendar& calendar);
// "phasecheck-recheck-2027-02-28.ics"
std::string recheck_filename(Date date);

// The iCalendar building blocks, for tests: a TEXT value escaped (backslash, semicolon, comma,
// line breaks), and one content line folded to at most 75 octets per line, never inside a UTF-8
// character, each line ended with CRLF.
std::string ics_escape_text(std::string_view text);
std::string ics_fold(std::string_view line);

}  // namespace phasecheck

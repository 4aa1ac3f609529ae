#pragma once
// Calendar dates. The rules never read the clock: today's date is a parameter.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace peer {

using Date = std::chrono::year_month_day;

// Parses YYYY-MM-DD; nullopt for anything else, and for days that do not exist (2026-02-30).
std::optional<Date> parse_date(std::string_view text);

// A day as a person types it on the command line: YYYY-MM-DD; `today` or `yesterday` (`idag`,
// `i dag`, `igår`, `i går`); or a weekday's name in English or Swedish (`monday`, `måndag`), the
// last such day up to `today` (today itself when it is that day). Case does not matter.
std::optional<Date> parse_day(std::string_view text, Date today);

// A month, YYYY-MM: its first and last day.
struct Month {
    Date first;
    Date last;
};
std::optional<Month> parse_month(std::string_view text);

std::string format_date(Date date);

// The same day `years` later. A 29 February whose anniversary year has none rolls over to
// 1 March, so that "a full year" has always passed on the anniversary.
Date add_years(Date date, int years);

// Whether at least `years` full years lie between `since` and `on`: true from the anniversary
// day on (`domain.md`: the day one year after the start date counts as a full year).
bool full_years_between(Date since, Date on, int years);

// Today's date in the local time zone: what the command line passes to the rules.
Date today();

// The time now in UTC, to the second, as the journal stores its times: "2026-11-05T08:30:00Z".
std::string utc_now();

} // namespace peer

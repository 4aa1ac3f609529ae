#include <peer/core/date.hpp>
#include <peer/core/utf8.hpp>

#include <array>

#include <fmt/format.h>

#include <cctype>
#include <ctime>

namespace peer {

std::optional<Date> parse_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto number = [&](std::size_t from, std::size_t length) -> std::optional<unsigned> {
        unsigned value = 0;
        for (std::size_t i = from; i < from + length; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
                return std::nullopt;
            }
            value = value * 10 + static_cast<unsigned>(text[i] - '0');
        }
        return value;
    };
    const auto y = number(0, 4);
    const auto m = number(5, 2);
    const auto d = number(8, 2);
    if (!y || !m || !d) {
        return std::nullopt;
    }
    const Date date{std::chrono::year{static_cast<int>(*y)}, std::chrono::month{*m},
                    std::chrono::day{*d}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return date;
}

std::optional<Date> parse_day(std::string_view text, Date today)
{
    if (auto date = parse_date(text)) {
        return date;
    }
    const auto word = case_folded(text);
    const auto day = std::chrono::sys_days(today);
    if (word == "today" || word == "idag" || word == "i dag") {
        return today;
    }
    if (word == "yesterday" || word == "igår" || word == "i går") {
        return Date{day - std::chrono::days{1}};
    }
    // Monday first, as ISO 8601 and Swedish calendars count.
    static constexpr std::array<std::array<std::string_view, 2>, 7> k_weekdays{{
        {"monday", "måndag"},
        {"tuesday", "tisdag"},
        {"wednesday", "onsdag"},
        {"thursday", "torsdag"},
        {"friday", "fredag"},
        {"saturday", "lördag"},
        {"sunday", "söndag"},
    }};
    for (unsigned i = 0; i < k_weekdays.size(); ++i) {
        if (word == k_weekdays[i][0] || word == k_weekdays[i][1]) {
            const std::chrono::weekday wanted{(i + 1) % 7};       // std::chrono counts Sunday as 0
            const auto back = std::chrono::weekday{day} - wanted; // 0..6 days
            return Date{day - back};
        }
    }
    return std::nullopt;
}

std::optional<Month> parse_month(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-') {
        return std::nullopt;
    }
    const auto first = parse_date(std::string(text) + "-01");
    if (!first) {
        return std::nullopt;
    }
    const std::chrono::year_month_day_last last{first->year(),
                                                std::chrono::month_day_last{first->month()}};
    return Month{*first, Date{last}};
}

std::string format_date(Date date)
{
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

Date add_years(Date date, int years)
{
    const Date same_day{date.year() + std::chrono::years{years}, date.month(), date.day()};
    // sys_days normalises an impossible 29 February to 1 March.
    return Date{std::chrono::sys_days{same_day}};
}

bool full_years_between(Date since, Date on, int years)
{
    return std::chrono::sys_days{on} >= std::chrono::sys_days{add_years(since, years)};
}

Date today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    return Date{std::chrono::year{local.tm_year + 1900},
                std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

std::string utc_now()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1,
                       utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

} // namespace peer

#include <peer/core/date.hpp>

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

} // namespace peer

#include "stored.hpp"

#include <fmt/format.h>

namespace peer::journal::stored {

JournalError unreadable(const Origin& origin, std::string_view column, std::string_view value,
                        const Text& expected)
{
    const auto where = origin.row > 0 ? fmt::format("{} row {}", origin.table, origin.row)
                                      : std::string(origin.table);
    const auto where_sv = origin.row > 0 ? fmt::format("{} rad {}", origin.table, origin.row)
                                         : std::string(origin.table);
    return JournalError(
        {fmt::format("the journal's {} holds '{}' in {}, which is not {}; the journal was "
                     "changed outside peer or is damaged: run `peer doctor`",
                     where, value, column, expected.en),
         fmt::format("journalens {} har '{}' i {}, vilket inte är {}; journalen har ändrats "
                     "utanför peer eller är skadad: kör `peer doctor`",
                     where_sv, value, column, expected.sv)});
}

namespace {

const Text k_date_expected{"a date (YYYY-MM-DD)", "ett datum (ÅÅÅÅ-MM-DD)"};

} // namespace

Date date(const SQLite::Column& column, const Origin& origin)
{
    const auto text = column.getString();
    if (auto value = parse_date(text); value && !column.isNull()) {
        return *value;
    }
    throw unreadable(origin, column.getName(), text, k_date_expected);
}

std::optional<Date> optional_date(const SQLite::Column& column, const Origin& origin)
{
    if (column.isNull()) {
        return std::nullopt;
    }
    return date(column, origin);
}

Text keyword_expected()
{
    return {"a keyword of its kind", "ett nyckelord av sitt slag"};
}

const std::vector<DateColumn>& date_columns()
{
    static const std::vector<DateColumn> columns{
        {"staff", "in_profession_since"},
        {"staff", "appointed"},
        {"staff", "master_started"},
        {"placement", "start_date"},
        {"placement", "end_date"},
        {"log_entry", "date"},
        {"reflection", "date"},
        {"feedback", "date"},
        {"briefing", "date"},
        {"introduction", "date"},
        {"assessment", "date"},
        {"individual_plan", "date"},
        {"individual_plan", "due_date"},
        {"individual_plan", "review_date"},
        {"individual_plan", "reviewed_on"},
    };
    return columns;
}

} // namespace peer::journal::stored

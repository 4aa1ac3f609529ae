#pragma once
// Values read back from the journal's rows. The journal only ever writes canonical dates and
// keywords, but a journal changed by another tool, or damaged, can hold anything: a value that
// does not parse is a JournalError naming the table, row and column, never a crash or a wrong
// answer. `peer doctor` checks every stored value the same way (stored_value_issues).

#include <peer/core/date.hpp>
#include <peer/core/error.hpp>
#include <peer/model/enums.hpp>

#include <SQLiteCpp/Column.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::journal::stored {

// Where a stored value comes from: a column of a row of a table.
struct Origin {
    std::string_view table;
    std::int64_t row = 0;
};

// The JournalError for a stored value that is not what its column holds.
JournalError unreadable(const Origin& origin, std::string_view column, std::string_view value,
                        const Text& expected);

Date date(const SQLite::Column& column, const Origin& origin);
std::optional<Date> optional_date(const SQLite::Column& column, const Origin& origin);

Text keyword_expected(); // "a keyword of its kind"

template <typename E>
E keyword(const SQLite::Column& column, const Origin& origin)
{
    const auto text = column.getString();
    if (auto value = model::parse_keyword<E>(text)) {
        return *value;
    }
    throw unreadable(origin, column.getName(), text, keyword_expected());
}

template <typename E>
std::optional<E> optional_keyword(const SQLite::Column& column, const Origin& origin)
{
    if (column.isNull()) {
        return std::nullopt;
    }
    return keyword<E>(column, origin);
}

// The columns of dates: what stored_value_issues checks and migration 003 guards.
struct DateColumn {
    const char* table;
    const char* column;
};
const std::vector<DateColumn>& date_columns();

} // namespace peer::journal::stored

#pragma once
// Small query helpers the journal's row files share.

#include "connection.hpp"
#include "stored.hpp"

#include <SQLiteCpp/Column.h>

#include <cstdint>
#include <string>
#include <vector>

namespace peer::journal::rows {

// The first column of every row of `sql`, whose one parameter is `row`.
std::vector<std::string> strings_of(Connection& connection, const char* sql, std::int64_t row);

// A list read in the same query as the row it belongs to. `column` holds what
// json_group_object made of the list's rowids and texts, written as
//     (SELECT json_group_object(rowid, tag) FROM activity_tag WHERE activity_id = a.id)
// and the texts come back in the order they were written (by rowid). The order is put right
// here rather than by an ORDER BY in a subquery: SQLite promises no order to an aggregate's
// rows, and that sort was most of what such a query cost. A column that is not such an object
// is a JournalError naming the row, as for other stored values.
std::vector<std::string> json_list(const SQLite::Column& column, const stored::Origin& origin);

} // namespace peer::journal::rows

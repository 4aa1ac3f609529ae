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

// A list read in the same query as the row it belongs to: `column` holds the JSON array that
// json_group_array made of the list's texts, written as
//     (SELECT json_group_array(tag) FROM (SELECT tag FROM activity_tag
//                                         WHERE activity_id = a.id ORDER BY rowid))
// SQLite 3.40 has no ORDER BY inside an aggregate, but it feeds the aggregate the rows of the
// ordered subquery in their order (it does not flatten a subquery with ORDER BY into an
// aggregate), so the list keeps the order it was written in. A column that is not such an
// array, or an item that is not a text, is a JournalError naming the row, as for other values.
std::vector<std::string> json_strings(const SQLite::Column& column, const stored::Origin& origin);

} // namespace peer::journal::rows

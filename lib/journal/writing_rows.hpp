#pragma once
// Helpers the writing files share: binding a record's links, recording allowed identifiers.

#include "access.hpp"
#include <peer/journal/writing.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::journal::rows {

// Binds :author, :entry, :code and :date of `writing`.
void bind_writing(SQLite::Statement& statement, const model::Writing& writing);

// Reads the common columns, in this order: id, uuid, author, log entry, code, date.
void read_writing(SQLite::Statement& row, model::Writing& writing, std::string_view table);

// Every record of `sql`, its parameters bound by `bind`, each read by `read`.
template <typename Record>
std::vector<Record> read_all(const Journal& journal, const std::string& sql,
                             const std::function<void(SQLite::Statement&)>& bind,
                             Record (*read)(SQLite::Statement&))
{
    std::vector<Record> out;
    Access::read(journal, [&](SQLite::Database& database) {
        SQLite::Statement query(database, sql);
        bind(query);
        while (query.executeStep()) {
            out.push_back(read(query));
        }
    });
    return out;
}

// The record of `select` (a SELECT that ends where a WHERE can follow) whose `id_column` is
// `number`, read by `read`.
template <typename Record>
std::optional<Record> find_by_number(const Journal& journal, const std::string& select,
                                     std::string_view id_column, std::int64_t number,
                                     Record (*read)(SQLite::Statement&))
{
    auto found = read_all(
        journal, select + " WHERE " + std::string(id_column) + " = ?",
        [&](SQLite::Statement& query) { query.bind(1, number); }, read);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

// The answer `index` of `writing`, or empty.
std::string answer(const model::Writing& writing, std::size_t index);

} // namespace peer::journal::rows

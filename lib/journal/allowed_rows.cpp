#include "allowed_rows.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace peer::journal::rows {

namespace {

// Runs `insert` once for each of `allowed`, bound to (text, record kind, record).
void insert_each(SQLite::Statement& insert, const std::vector<std::string>& allowed,
                 std::string_view record_kind, const std::string& record)
{
    for (const auto& text : allowed) {
        insert.bind(1, text);
        insert.bind(2, std::string(record_kind));
        insert.bind(3, record);
        insert.exec();
        insert.reset();
    }
}

} // namespace

void record_allowed(SQLite::Database& database, const std::vector<std::string>& allowed,
                    std::string_view record_kind, const std::string& record_uuid)
{
    SQLite::Statement insert(database, "INSERT OR IGNORE INTO allowed_identifier (text, "
                                       "record_kind, record_uuid) VALUES (?, ?, ?)");
    insert_each(insert, allowed, record_kind, record_uuid);
}

void record_allowed(SQLite::Database& database, const std::vector<std::string>& allowed,
                    std::string_view record_kind, std::string_view table, std::string_view column,
                    const std::string& value)
{
    if (allowed.empty()) {
        return;
    }
    SQLite::Statement insert(
        database, fmt::format("INSERT OR IGNORE INTO allowed_identifier (text, record_kind, "
                              "record_uuid) SELECT ?, ?, uuid FROM {} WHERE {} = ?",
                              table, column));
    insert_each(insert, allowed, record_kind, value);
}

void forget_allowed(SQLite::Database& database, std::string_view record_kind,
                    const std::string& record_uuid)
{
    SQLite::Statement forget(
        database, "DELETE FROM allowed_identifier WHERE record_kind = ? AND record_uuid = ?");
    forget.bind(1, std::string(record_kind));
    forget.bind(2, record_uuid);
    forget.exec();
}

} // namespace peer::journal::rows

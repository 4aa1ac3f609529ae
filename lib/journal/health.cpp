#include "access.hpp"
#include <peer/journal/health.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace peer::journal {

namespace {

// An identifier quoted for SQL. Used only for table names read from sqlite_schema.
std::string quoted_identifier(const std::string& name)
{
    std::string quoted = "\"";
    for (char c : name) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

} // namespace

Health check_health(Journal& journal)
{
    Health health;
    health.path = journal.path().string();
    health.latest_schema_version = latest_schema_version();
    health.sqlite_version = sqlite3_libversion();
    Access::read(journal, [&](SQLite::Database& database) {
        health.schema_version = database.execAndGet("PRAGMA user_version").getInt();
        health.journal_mode = database.execAndGet("PRAGMA journal_mode").getString();

        SQLite::Statement integrity(database, "PRAGMA integrity_check");
        while (integrity.executeStep()) {
            health.integrity.push_back(integrity.getColumn(0).getString());
        }

        SQLite::Statement foreign_keys(database, "PRAGMA foreign_key_check");
        while (foreign_keys.executeStep()) {
            health.foreign_key_issues.push_back({foreign_keys.getColumn(0).getString(),
                                                 foreign_keys.getColumn(1).getInt64(),
                                                 foreign_keys.getColumn(2).getString()});
        }

        // The tables people know of: the full-text index's own shadow tables are left out.
        SQLite::Statement tables(database, "SELECT name FROM pragma_table_list "
                                           "WHERE schema = 'main' AND type IN ('table', 'virtual') "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (tables.executeStep()) {
            TableRows row{tables.getColumn(0).getString(), 0};
            row.rows = database.execAndGet("SELECT count(*) FROM " + quoted_identifier(row.table))
                           .getInt64();
            health.tables.push_back(std::move(row));
        }
    });
    return health;
}

} // namespace peer::journal

#include "access.hpp"
#include "stored.hpp"
#include <peer/journal/health.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <array>
#include <optional>
#include <utility>

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

// The keyword columns, each with the reader that must accept its values.
struct KeywordColumn {
    const char* table;
    const char* column;
    bool (*readable)(std::string_view);
};

template <typename E>
bool is_keyword(std::string_view text)
{
    return model::parse_keyword<E>(text).has_value();
}

const std::array k_keyword_columns{
    KeywordColumn{"staff", "role", is_keyword<model::Role>},
    KeywordColumn{"staff", "employer", is_keyword<model::Employer>},
    KeywordColumn{"staff", "degree", is_keyword<model::Degree>},
    KeywordColumn{"staff", "supervisor_training", is_keyword<model::Training>},
    KeywordColumn{"placement", "level", is_keyword<model::Level>},
    KeywordColumn{"log_entry", "mode", is_keyword<model::Mode>},
    KeywordColumn{"log_entry", "presence", is_keyword<model::Presence>},
    KeywordColumn{"reflection", "phase", is_keyword<model::Phase>},
    KeywordColumn{"reflection", "with_whom", is_keyword<model::Company>},
    KeywordColumn{"briefing", "kind", is_keyword<model::BriefingKind>},
};

// Every stored value of `column` that `readable` refuses. The names come from the lists above,
// never from the journal.
void check_column(SQLite::Database& database, const char* table, const char* column,
                  bool (*readable)(std::string_view), std::vector<StoredValueIssue>& out)
{
    SQLite::Statement query(database, std::string("SELECT rowid, ") + column + " FROM " + table
                                          + " WHERE " + column + " IS NOT NULL");
    while (query.executeStep()) {
        auto value = query.getColumn(1).getString();
        if (query.getColumn(1).getType() != SQLITE_TEXT || !readable(value)) {
            out.push_back({table, query.getColumn(0).getInt64(), column, std::move(value)});
        }
    }
}

bool is_date(std::string_view text)
{
    return parse_date(text).has_value();
}

} // namespace

Health check_health(const Journal& journal)
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

        for (const auto& date : stored::date_columns()) {
            check_column(database, date.table, date.column, is_date, health.stored_value_issues);
        }
        for (const auto& keyword : k_keyword_columns) {
            check_column(database, keyword.table, keyword.column, keyword.readable,
                         health.stored_value_issues);
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

namespace {

std::optional<LoosePermission> loose(const std::filesystem::path& path, unsigned unwanted)
{
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        return std::nullopt; // not there (no -wal yet, no drafts): nothing to tighten
    }
    const auto mode = static_cast<unsigned>(status.st_mode) & 07777U;
    if ((mode & unwanted) == 0) {
        return std::nullopt;
    }
    return LoosePermission{path.string(), mode, mode & ~unwanted};
}

} // namespace

std::vector<LoosePermission> loose_permissions(const std::filesystem::path& journal)
{
    constexpr unsigned k_others = 077;       // group and others: nothing
    constexpr unsigned k_others_write = 022; // group and others: no writing
    const auto folder =
        journal.parent_path().empty() ? std::filesystem::path(".") : journal.parent_path();
    std::vector<LoosePermission> out;
    for (const auto& [path, unwanted] :
         {std::pair{journal, k_others},
          std::pair{std::filesystem::path(journal.string() + "-wal"), k_others},
          std::pair{std::filesystem::path(journal.string() + "-shm"), k_others},
          std::pair{folder / "drafts", k_others}, std::pair{folder, k_others_write}}) {
        if (auto found = loose(path, unwanted)) {
            out.push_back(std::move(*found));
        }
    }
    return out;
}

std::vector<LoosePermission> tighten_permissions(const std::filesystem::path& journal)
{
    std::vector<LoosePermission> changed;
    for (const auto& found : loose_permissions(journal)) {
        if (::chmod(found.path.c_str(), found.wanted) == 0) {
            changed.push_back(found);
        }
    }
    return changed;
}

} // namespace peer::journal

#include "text_guard.hpp"

#include <peer/privacy/guard.hpp>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <exception>
#include <map>
#include <new>

namespace peer::journal {

namespace {

constexpr std::array k_unguarded{
    UnguardedColumn{"*", "uuid", "made by peer"},
    UnguardedColumn{"*", "record_uuid", "made by peer"},
    UnguardedColumn{"*", "created_at", "a timestamp peer writes"},
    UnguardedColumn{"*", "updated_at", "a timestamp peer writes"},
    UnguardedColumn{"*", "archived_at", "a timestamp peer writes"},
    UnguardedColumn{"*", "deleted_at", "a timestamp peer writes"},
    UnguardedColumn{"*", "date", "a date, written by format_date"},
    UnguardedColumn{"placement", "start_date", "a date, written by format_date"},
    UnguardedColumn{"placement", "end_date", "a date, written by format_date"},
    UnguardedColumn{"staff", "in_profession_since", "a date, written by format_date"},
    UnguardedColumn{"staff", "appointed", "a date, written by format_date"},
    UnguardedColumn{"staff", "master_started", "a date, written by format_date"},
    UnguardedColumn{"*", "kind", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"staff", "role", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"staff", "employer", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"staff", "degree", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"staff", "supervisor_training", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"placement", "level", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"log_entry", "mode", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"log_entry", "presence", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"log_observer_step", "step", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"reflection", "phase", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"reflection", "with_whom", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"reflection", "status", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"allowed_identifier", "record_kind", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"journal_meta", "key", "a name peer gives"},
    UnguardedColumn{"allowed_identifier", "text",
                    "the identifiers owners allowed: what the guard asks"},
};

bool unguarded(std::string_view table, std::string_view column)
{
    return std::ranges::any_of(k_unguarded, [&](const UnguardedColumn& c) {
        return (c.table == "*" || c.table == table) && c.column == column;
    });
}

// Every column of the journal's tables (not SQLite's, nor a virtual table's shadow tables) that
// can hold a text and is not unguarded, by table.
std::map<std::string, std::vector<std::string>> guarded_columns(SQLite::Database& database)
{
    SQLite::Statement query(database, R"(
        SELECT t.name, c.name FROM pragma_table_list AS t JOIN pragma_table_info(t.name) AS c
        WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite%'
          AND upper(c.type) NOT IN ('INTEGER', 'REAL')
        ORDER BY t.name, c.cid)");
    std::map<std::string, std::vector<std::string>> out;
    while (query.executeStep()) {
        auto table = query.getColumn(0).getString();
        auto column = query.getColumn(1).getString();
        if (!unguarded(table, column)) {
            out[table].push_back(std::move(column));
        }
    }
    return out;
}

} // namespace

std::span<const UnguardedColumn> unguarded_columns()
{
    return k_unguarded;
}

// peer_guard(column, value): NULL, or an error when `value` holds an identifier not allowed.
struct GuardFunction {
    static void call(sqlite3_context* context, int /*count*/, sqlite3_value** values) noexcept
    {
        try {
            auto& guard = *static_cast<TextGuard*>(sqlite3_user_data(context));
            if (sqlite3_value_type(values[1]) != SQLITE_TEXT) {
                sqlite3_result_null(context);
                return;
            }
            const std::string_view text(
                reinterpret_cast<const char*>(sqlite3_value_text(values[1])),
                static_cast<std::size_t>(sqlite3_value_bytes(values[1])));
            for (const auto& hit : privacy::find_identifiers(text)) {
                if (guard.m_allowed != nullptr
                    && std::ranges::find(*guard.m_allowed, hit.text) != guard.m_allowed->end()) {
                    continue;
                }
                const std::string column(
                    reinterpret_cast<const char*>(sqlite3_value_text(values[0])));
                const auto why = privacy::refusal(hit, false);
                guard.m_refusal = Text{fmt::format("{}: {}; nothing was written", column, why.en),
                                       fmt::format("{}: {}; inget skrevs", column, why.sv)};
                sqlite3_result_error(context, "peer_guard: an identifier that is not allowed", -1);
                return;
            }
            sqlite3_result_null(context);
        } catch (const std::bad_alloc&) {
            sqlite3_result_error_nomem(context);
        } catch (const std::exception& failure) {
            sqlite3_result_error(context, failure.what(), -1);
        }
    }
};

void TextGuard::install(SQLite::Database& database)
{
    database.createFunction("peer_guard", 2, false, this, &GuardFunction::call);
    for (const auto& [table, columns] : guarded_columns(database)) {
        std::string checks;
        for (const auto& column : columns) {
            const auto name = fmt::format("{}.{}", table, column);
            checks += fmt::format("{}peer_guard('{}', NEW.\"{}\")", checks.empty() ? "" : ", ",
                                  name, column);
            database.exec(fmt::format(
                "CREATE TEMP TRIGGER IF NOT EXISTS \"peer_guard_update_{0}_{1}\" BEFORE UPDATE "
                "OF \"{1}\" ON main.\"{0}\" WHEN NEW.\"{1}\" IS NOT OLD.\"{1}\" BEGIN SELECT "
                "peer_guard('{2}', NEW.\"{1}\"); END",
                table, column, name));
        }
        database.exec(fmt::format("CREATE TEMP TRIGGER IF NOT EXISTS \"peer_guard_insert_{0}\" "
                                  "BEFORE INSERT ON main.\"{0}\" BEGIN SELECT {1}; END",
                                  table, checks));
    }
}

} // namespace peer::journal

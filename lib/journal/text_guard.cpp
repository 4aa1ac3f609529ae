#include "text_guard.hpp"

#include <peer/privacy/guard.hpp>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <exception>

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
    UnguardedColumn{"individual_plan", "due_date", "a date, written by format_date"},
    UnguardedColumn{"individual_plan", "review_date", "a date, written by format_date"},
    UnguardedColumn{"individual_plan", "reviewed_on", "a date, written by format_date"},
    UnguardedColumn{"*", "kind", "a keyword its CHECK constraint limits"},
    UnguardedColumn{"individual_plan", "outcome", "a keyword its CHECK constraint limits"},
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
// can hold a text and is not unguarded, with its index, by table.
TextGuard::ColumnsByTable guarded_columns(SQLite::Database& database)
{
    SQLite::Statement query(database, R"(
        SELECT t.name, c.cid, c.name FROM pragma_table_list AS t
        JOIN pragma_table_info(t.name) AS c
        WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite%'
          AND upper(c.type) NOT IN ('INTEGER', 'REAL')
        ORDER BY t.name, c.cid)");
    TextGuard::ColumnsByTable out;
    while (query.executeStep()) {
        auto table = query.getColumn(0).getString();
        auto column = query.getColumn(2).getString();
        if (!unguarded(table, column)) {
            out[table].push_back(
                {query.getColumn(1).getInt(), fmt::format("{}.{}", table, column)});
        }
    }
    return out;
}

std::string_view text_of(sqlite3_value* value)
{
    return {reinterpret_cast<const char*>(sqlite3_value_text(value)),
            static_cast<std::size_t>(sqlite3_value_bytes(value))};
}

} // namespace

std::span<const UnguardedColumn> unguarded_columns()
{
    return k_unguarded;
}

std::optional<Text> TextGuard::refusal(std::string_view column, std::string_view text) const
{
    for (const auto& hit : privacy::find_identifiers(text)) {
        if (m_allowed != nullptr && std::ranges::find(*m_allowed, hit.text) != m_allowed->end()) {
            continue;
        }
        const auto why = privacy::refusal(hit, false);
        return Text{fmt::format("{}: {}; nothing was written", column, why.en),
                    fmt::format("{}: {}; inget skrevs", column, why.sv)};
    }
    return std::nullopt;
}

// SQLite's hooks, which call C functions that must not throw.
struct GuardHooks {
    // Before each row is inserted or updated: the guarded texts it writes (an update's, those
    // it changes) go through the guard, and the first refusal is kept for the commit hook.
    static void preupdate(void* guard_pointer, sqlite3* database, int operation, const char* schema,
                          const char* table, sqlite3_int64 /*key*/,
                          sqlite3_int64 /*new_key*/) noexcept
    {
        auto& guard = *static_cast<TextGuard*>(guard_pointer);
        if (operation == SQLITE_DELETE || guard.m_refusal || std::string_view(schema) != "main") {
            return;
        }
        if (!guard.m_columns) {
            guard.m_refusal = Text{"the journal was written before its guard was ready; nothing "
                                   "was written",
                                   "journalen skrevs innan dess kontroll var redo; inget skrevs"};
            return;
        }
        const auto found = guard.m_columns->find(std::string_view(table));
        if (found == guard.m_columns->end()) {
            return;
        }
        try {
            for (const auto& column : found->second) {
                sqlite3_value* value = nullptr;
                if (sqlite3_preupdate_new(database, column.index, &value) != SQLITE_OK
                    || sqlite3_value_type(value) != SQLITE_TEXT) {
                    continue;
                }
                sqlite3_value* before = nullptr;
                if (operation == SQLITE_UPDATE
                    && sqlite3_preupdate_old(database, column.index, &before) == SQLITE_OK
                    && sqlite3_value_type(before) == SQLITE_TEXT
                    && text_of(before) == text_of(value)) {
                    continue; // as it was: an old text is not judged again
                }
                if ((guard.m_refusal = guard.refusal(column.name, text_of(value)))) {
                    return;
                }
            }
        } catch (const std::exception&) {
            guard.m_refusal = Text{"the patient-data guard failed; nothing was written",
                                   "integritetskontrollen misslyckades; inget skrevs"};
        }
    }

    // A transaction that wrote a refused text is rolled back instead of committed.
    static int commit(void* guard_pointer) noexcept
    {
        return static_cast<TextGuard*>(guard_pointer)->m_refusal ? 1 : 0;
    }
};

void TextGuard::install(SQLite::Database& database)
{
    m_database = &database;
    sqlite3_preupdate_hook(database.getHandle(), &GuardHooks::preupdate, this);
    sqlite3_commit_hook(database.getHandle(), &GuardHooks::commit, this);
}

void TextGuard::prepare_to_write()
{
    if (!m_columns) {
        m_columns = guarded_columns(*m_database);
    }
}

} // namespace peer::journal

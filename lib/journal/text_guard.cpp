#include "text_guard.hpp"

#include <peer/core/error.hpp>
#include <peer/privacy/guard.hpp>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <exception>
#include <map>
#include <new>
#include <stdexcept>

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
std::map<std::string, std::vector<std::string>, std::less<>>
guarded_columns(SQLite::Database& database)
{
    SQLite::Statement query(database, R"(
        SELECT t.name, c.name FROM pragma_table_list AS t JOIN pragma_table_info(t.name) AS c
        WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite%'
          AND upper(c.type) NOT IN ('INTEGER', 'REAL')
        ORDER BY t.name, c.cid)");
    std::map<std::string, std::vector<std::string>, std::less<>> out;
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
            const auto text = [&](int i) {
                return std::string_view(
                    reinterpret_cast<const char*>(sqlite3_value_text(values[i])),
                    static_cast<std::size_t>(sqlite3_value_bytes(values[i])));
            };
            guard.m_refusal = guard.refusal(text(0), text(1));
            if (guard.m_refusal) {
                sqlite3_result_error(context, "peer_guard: an identifier that is not allowed", -1);
            } else {
                sqlite3_result_null(context);
            }
        } catch (const std::bad_alloc&) {
            sqlite3_result_error_nomem(context);
        } catch (const std::exception& failure) {
            sqlite3_result_error(context, failure.what(), -1);
        }
    }
};

void TextGuard::install(SQLite::Database& database)
{
    m_database = &database;
    database.createFunction("peer_guard", 2, false, this, &GuardFunction::call);
    m_columns = guarded_columns(database);
    for (const auto& [table, columns] : m_columns) {
        create_triggers(table, columns);
    }
}

void TextGuard::create_triggers(const std::string& table, const std::vector<std::string>& columns)
{
    std::string checks;
    for (const auto& column : columns) {
        const auto name = fmt::format("{}.{}", table, column);
        checks +=
            fmt::format("{}peer_guard('{}', NEW.\"{}\")", checks.empty() ? "" : ", ", name, column);
        m_database->exec(fmt::format(
            "CREATE TEMP TRIGGER IF NOT EXISTS \"peer_guard_update_{0}_{1}\" BEFORE UPDATE "
            "OF \"{1}\" ON main.\"{0}\" WHEN NEW.\"{1}\" IS NOT OLD.\"{1}\" BEGIN SELECT "
            "peer_guard('{2}', NEW.\"{1}\"); END",
            table, column, name));
    }
    m_database->exec(fmt::format("CREATE TEMP TRIGGER IF NOT EXISTS \"peer_guard_insert_{0}\" "
                                 "BEFORE INSERT ON main.\"{0}\" BEGIN SELECT {1}; END",
                                 table, checks));
}

void TextGuard::drop_triggers(const std::string& table, const std::vector<std::string>& columns)
{
    m_database->exec(fmt::format("DROP TRIGGER IF EXISTS temp.\"peer_guard_insert_{}\"", table));
    for (const auto& column : columns) {
        m_database->exec(
            fmt::format("DROP TRIGGER IF EXISTS temp.\"peer_guard_update_{}_{}\"", table, column));
    }
}

TextGuard::Suspension TextGuard::suspend(std::string_view table,
                                         const std::vector<std::string_view>& checked)
{
    const auto found = m_columns.find(table);
    const auto& columns = found != m_columns.end() ? found->second : std::vector<std::string>{};
    if (!std::ranges::equal(columns, checked)) {
        throw std::logic_error(
            fmt::format("a batch checks {} of table {}, whose guarded columns are {}",
                        fmt::join(checked, ", "), table, fmt::join(columns, ", ")));
    }
    drop_triggers(std::string(table), columns);
    return {*this, std::string(table)};
}

void TextGuard::Suspension::resume()
{
    if (!m_resumed) {
        m_guard.create_triggers(m_table, m_guard.m_columns.at(m_table));
        m_resumed = true;
    }
}

TextGuard::Suspension::~Suspension()
{
    try {
        resume();
    } catch (const std::exception&) {
        // Only on a failed batch: its transaction is rolled back, and the drop of the triggers
        // with it.
    }
}

void TextGuard::check(std::string_view column, std::string_view text) const
{
    if (auto refused = refusal(column, text)) {
        throw Error(ExitCode::invalid_data, std::move(*refused));
    }
}

} // namespace peer::journal

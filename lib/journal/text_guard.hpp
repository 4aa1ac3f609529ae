#pragma once
// The journal's own patient-data guard: no text column of the journal takes an identifier that
// its owner did not allow, whatever code writes it. The use cases check first, to say where in a
// file or which option holds what they refuse; this is what makes forgetting impossible.
//
// On every connection, a temporary trigger before each INSERT into a table, and before each
// UPDATE that changes a column, passes every text column to peer_guard(column, value), which
// fails the statement when the value holds an identifier (privacy::find_identifiers) that is not
// allowed. They are TEMP triggers, which SQLITE_DBCONFIG_ENABLE_TRIGGER (off during a log
// import, for the search index's) leaves on. The columns are read from the schema, so a column a
// later migration adds is guarded without anyone remembering to; only those of unguarded_columns()
// are not, each for its reason.

#include <peer/core/text.hpp>

#include <SQLiteCpp/Database.h>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace peer::journal {

// A text column the guard does not read, and why: its values are made by peer (uuids, dates,
// timestamps), are keywords its CHECK constraint limits, or are the allowed identifiers themselves.
// A `table` of "*" is the column of that name in every table.
struct UnguardedColumn {
    std::string_view table;
    std::string_view column;
    std::string_view why;
};
std::span<const UnguardedColumn> unguarded_columns();

class TextGuard {
public:
    TextGuard() = default;
    TextGuard(const TextGuard&) = delete;
    TextGuard& operator=(const TextGuard&) = delete;

    // Registers peer_guard on `database` and creates its triggers. `database` outlives the guard.
    void install(SQLite::Database& database);

    // While an Allowing lives, the texts written may hold the identifiers of `allowed`: what
    // the owner of the record being written allowed with --allow-identifier.
    class [[nodiscard]] Allowing {
    public:
        Allowing(const Allowing&) = delete;
        Allowing& operator=(const Allowing&) = delete;
        ~Allowing() { m_guard.m_allowed = m_before; }

    private:
        friend TextGuard;
        Allowing(TextGuard& guard, const std::vector<std::string>& allowed)
            : m_guard(guard), m_before(std::exchange(guard.m_allowed, &allowed))
        {
        }
        TextGuard& m_guard;
        const std::vector<std::string>* m_before;
    };
    Allowing allow(const std::vector<std::string>& allowed) { return {*this, allowed}; }

    // A batch that writes many rows into `table` and checks their texts itself (check()) turns
    // the table's triggers off while a Suspension lives, for a trigger costs more than the row it
    // guards. The batch names the columns it checks: unless they are every guarded column of the
    // table, suspend() throws std::logic_error, so that a column added later cannot be missed.
    class [[nodiscard]] Suspension {
    public:
        Suspension(const Suspension&) = delete;
        Suspension& operator=(const Suspension&) = delete;
        ~Suspension(); // resumes, if the batch has not (it has failed)

        // Turns the triggers on again, before the batch commits.
        void resume();

    private:
        friend TextGuard;
        Suspension(TextGuard& guard, std::string table) : m_guard(guard), m_table(std::move(table))
        {
        }
        TextGuard& m_guard;
        std::string m_table;
        bool m_resumed = false;
    };
    Suspension suspend(std::string_view table, const std::vector<std::string_view>& checked);

    // Throws Error (invalid data) when `text`, for `column` ("log_entry.note"), holds an
    // identifier that is not allowed.
    void check(std::string_view column, std::string_view text) const;

    // Why the guard failed the last statement that failed, once: it is cleared when taken.
    std::optional<Text> take_refusal() { return std::exchange(m_refusal, std::nullopt); }

private:
    friend struct GuardFunction;
    // Why `text` may not be stored in `column`, when it may not.
    [[nodiscard]] std::optional<Text> refusal(std::string_view column, std::string_view text) const;

    void create_triggers(const std::string& table, const std::vector<std::string>& columns);
    void drop_triggers(const std::string& table, const std::vector<std::string>& columns);

    SQLite::Database* m_database = nullptr;
    std::map<std::string, std::vector<std::string>, std::less<>> m_columns; // guarded, by table
    const std::vector<std::string>* m_allowed = nullptr;
    std::optional<Text> m_refusal;
};

} // namespace peer::journal

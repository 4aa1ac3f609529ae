#pragma once
// The journal's own patient-data guard: no text column of the journal takes an identifier that
// its owner did not allow, whatever code writes it. The use cases check first, to say where in a
// file or which option holds what they refuse; this is what makes forgetting impossible.
//
// SQLite's pre-update hook shows every row a statement inserts or updates: each text column of
// it (of an update, each it changes) goes through the guard (privacy::find_identifiers), and a
// transaction that wrote an identifier not allowed is rolled back by the commit hook instead of
// committed (SQLITE_CONSTRAINT_COMMITHOOK; Journal::transaction throws the refusal). The columns
// are read from the schema, so a column a later migration adds is guarded without anyone
// remembering to; only those of unguarded_columns() are not, each for its reason. Nothing of
// this is stored in the journal file: another program that writes to it is not guarded.

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

    // Sets `database`'s hooks. `database` outlives the guard.
    void install(SQLite::Database& database);

    // Reads the guarded columns of the schema, the first time: before the first write (a row
    // written before is refused), so that a command that only reads does not pay for it.
    void prepare_to_write();

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

    // Why the guard refused the transaction, once: it is cleared when taken, or when the next
    // transaction begins.
    std::optional<Text> take_refusal() { return std::exchange(m_refusal, std::nullopt); }

    struct Column {
        int index;        // in its table
        std::string name; // "log_entry.note"
    };
    using ColumnsByTable = std::map<std::string, std::vector<Column>, std::less<>>;

private:
    friend struct GuardHooks;
    // Why `text` may not be stored in `column`, when it may not.
    [[nodiscard]] std::optional<Text> refusal(std::string_view column, std::string_view text) const;

    SQLite::Database* m_database = nullptr;
    // The guarded columns by table, once read.
    std::optional<ColumnsByTable> m_columns;
    const std::vector<std::string>* m_allowed = nullptr;
    std::optional<Text> m_refusal;
};

} // namespace peer::journal

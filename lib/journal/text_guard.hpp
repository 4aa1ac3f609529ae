#pragma once
// The journal's own patient-data guard: no text column of the journal takes an identifier that
// its owner did not allow, whatever code writes it. The use cases check first, to say where in a
// file or which option holds what they refuse; this is what makes forgetting impossible.
//
// On every connection, a temporary trigger before each INSERT into a table, and before each
// UPDATE that changes a column, passes every text column to peer_guard(column, value), which
// fails the statement when the value holds an identifier (privacy::find_identifiers) that is not
// allowed. The columns are read from the schema, so a column a later migration adds is guarded
// without anyone remembering to; only those of unguarded_columns() are not, each for its reason.

#include <peer/core/text.hpp>

#include <SQLiteCpp/Database.h>

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

    // Registers peer_guard on `database` and creates its triggers (again, after a migration).
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

    // Why the guard failed the last statement that failed, once: it is cleared when taken.
    std::optional<Text> take_refusal() { return std::exchange(m_refusal, std::nullopt); }

private:
    friend struct GuardFunction;
    const std::vector<std::string>* m_allowed = nullptr;
    std::optional<Text> m_refusal;
};

} // namespace peer::journal

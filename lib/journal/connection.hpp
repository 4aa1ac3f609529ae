#pragma once
// The journal's SQLite connection, with the statements its row code prepares kept for as long
// as the connection lives: a statement is compiled once per connection, not once per row.

#include "text_guard.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace peer::journal {

// Prepared statements by their SQL text. A statement is lent for one use (a Lease): it comes
// reset, with its bindings cleared, because both are done when a lease ends, so that no cached
// statement stays in progress (holding a read open, or keeping COMMIT waiting) or keeps a pointer
// bound with bindNoCopy past its use. While a statement is lent, asking for the same SQL again
// (a function that calls itself, a query run inside the loop of the same query) gets another
// statement of its own, which is kept too.
class StatementCache {
    struct Entry {
        SQLite::Statement statement;
        bool lent = false;
    };

public:
    class Lease {
    public:
        Lease(Lease&& other) noexcept : m_entry(std::exchange(other.m_entry, nullptr)) {}
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Lease& operator=(Lease&&) = delete;
        ~Lease();

        SQLite::Statement& operator*() const { return m_entry->statement; }
        SQLite::Statement* operator->() const { return &m_entry->statement; }

    private:
        friend StatementCache;
        explicit Lease(Entry& entry) : m_entry(&entry) {}

        Entry* m_entry;
    };

    explicit StatementCache(SQLite::Database& database) : m_database(database) {}
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // The statement of `sql`, prepared the first time it is asked for.
    Lease lease(std::string_view sql);

    // How many statements have been prepared (for the tests).
    [[nodiscard]] std::size_t prepared() const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const noexcept
        {
            return std::hash<std::string_view>{}(sql);
        }
    };

    SQLite::Database& m_database;
    std::unordered_map<std::string, std::vector<std::unique_ptr<Entry>>, Hash, std::equal_to<>>
        m_entries;
};

// The connection the journal owns; its cache's statements are finalized before it closes.
class Connection : public SQLite::Database {
public:
    using SQLite::Database::Database;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // The cached statement of `sql`, for one use.
    StatementCache::Lease statement(std::string_view sql) { return m_statements.lease(sql); }
    [[nodiscard]] const StatementCache& statements() const { return m_statements; }

    // The guard no text column passes without (text_guard.hpp).
    TextGuard& guard() { return m_guard; }

private:
    TextGuard m_guard; // its hooks are set on this connection (Journal::prepare)
    StatementCache m_statements{*this};
};

} // namespace peer::journal

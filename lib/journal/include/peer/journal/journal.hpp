#pragma once
// The journal: one SQLite file per user. It is the only module that speaks SQL.

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>

namespace peer::journal {

class Connection; // lib/journal/connection.hpp: the SQLite connection and its statements

// The schema version this build writes (the number of the newest migration).
int latest_schema_version();

enum class OpenMode {
    existing, // the journal must exist; a missing one is refused with a hint to run `peer init`
    create,   // create it (mode 0600, missing directories 0700) when it does not exist
};

class Journal {
public:
    // Opens the journal at `path` and brings its schema up to date, one migration per
    // transaction. Throws JournalError, with the file left as it was, when the file is not a
    // peer journal, was written by a newer peer, is locked, damaged or out of reach.
    // A second peer process waits up to `busy_timeout` for the journal before giving up.
    Journal(const std::filesystem::path& path, OpenMode mode,
            std::chrono::milliseconds busy_timeout = default_busy_timeout);

    static constexpr std::chrono::milliseconds default_busy_timeout{10'000};

    // A journal in memory, for tests.
    static Journal in_memory();

    Journal(Journal&&) noexcept;
    Journal& operator=(Journal&&) noexcept;
    ~Journal();

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] bool was_created() const { return m_created; }
    [[nodiscard]] int schema_version() const;
    // The schema version the file had before this open migrated it (0 for a new journal).
    [[nodiscard]] int opened_at_version() const { return m_opened_at_version; }

    // Runs `work` in one write transaction, begun with BEGIN IMMEDIATE so that a second writer
    // waits on the busy timeout rather than failing. The journal's functions called inside
    // `work` join that transaction, so a use case that calls several of them writes all of it
    // or none. Commits when `work` returns; rolls back when it throws. SQLite failures come out
    // as JournalError.
    void write(const std::function<void()>& work);

    // Like write(), but commits only when `work` returns true; false rolls everything back
    // (a batch that found errors, or a dry run). Returns what `work` returned.
    bool write_if(const std::function<bool()>& work);

    // Runs `work` on one consistent snapshot of the journal: the queries inside it all see the
    // same journal.
    void read(const std::function<void()>& work) const;
    // The journal's queries take a const Journal&, and only its writers a Journal&: a query
    // cannot call write() or a writer. That is as far as the compiler sees: the SQL of a read
    // runs on the same connection, in a deferred transaction that SQLite would let write, and
    // the statements it prepares are cached all the same.

private:
    friend struct Access; // lib/journal/access.hpp: the SQL of the journal's own modules

    Journal(std::filesystem::path path, std::unique_ptr<Connection> database, bool created);
    void prepare(OpenMode mode);
    void migrate();
    // A transaction, or a savepoint inside the one already open.
    bool transaction(bool write, const std::function<bool(Connection&)>& work) const;

    std::filesystem::path m_path;
    std::unique_ptr<Connection> m_database; // with the statements prepared on it, cached
    bool m_created = false;
    int m_opened_at_version = 0;
    mutable int m_depth = 0; // how many transactions and savepoints are open
};

} // namespace peer::journal

#pragma once
// Activities and log entries as rows, with their statements prepared once: what a batch import
// writes, row after row, inside one transaction.

#include <peer/journal/activities.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace peer::journal::rows {

std::optional<model::Activity> load_activity(SQLite::Database& database, std::string_view code);

class ActivityWriter {
public:
    explicit ActivityWriter(SQLite::Database& database);
    // Adds the activity, or updates the one with its code; says which, or that nothing changed.
    ActivitySaved upsert(const model::Activity& activity);

private:
    void write_lists(std::int64_t row, const model::Activity& activity);

    SQLite::Database& m_database;
    SQLite::Statement m_insert;
    SQLite::Statement m_update;
};

// The row of every activity, by code.
std::unordered_map<std::string, std::int64_t> activity_rows(SQLite::Database& database);

class LogWriter {
public:
    // `context` says who logs; its people must be in the journal.
    LogWriter(SQLite::Database& database, const LogContext& context);
    std::int64_t insert(const model::LogEntry& entry, std::int64_t activity_row);

private:
    std::int64_t person(const std::string& handle);

    SQLite::Database& m_database;
    SQLite::Statement m_insert;
    SQLite::Statement m_step;
    std::string m_created_at;
    std::optional<std::int64_t> m_author;
    std::optional<std::int64_t> m_pair;
    std::unordered_map<std::string, std::int64_t> m_people;
};

// Indexing the notes of a batch of log entries for search once, at the end of the batch, rather
// than row by row from the trigger (see schemas/002_writing.sql). While it lives, the
// connection's triggers are off; finish() indexes what was added, before the transaction
// commits, and a rollback undoes it all.
class DeferredNoteIndex {
public:
    explicit DeferredNoteIndex(SQLite::Database& database);
    ~DeferredNoteIndex();
    DeferredNoteIndex(const DeferredNoteIndex&) = delete;
    DeferredNoteIndex& operator=(const DeferredNoteIndex&) = delete;

    // Indexes the notes of the entries added since construction.
    void finish();

private:
    void enable_triggers(bool on);

    SQLite::Database& m_database;
    std::int64_t m_last_before = 0;
};

} // namespace peer::journal::rows

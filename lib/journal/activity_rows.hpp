#pragma once
// Activities and log entries as rows, with their statements from the connection's cache: what a
// batch import writes, row after row, inside one transaction.

#include <peer/journal/activities.hpp>

#include "connection.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace peer::journal::rows {

std::optional<model::Activity> load_activity(Connection& connection, std::string_view code);

// Every activity, by code, with its outcomes and tags, read in one query.
std::vector<model::Activity> all_activities(Connection& connection);

class ActivityWriter {
public:
    explicit ActivityWriter(Connection& connection);
    // Adds the activity, or updates the one with its code; says which, or that nothing changed.
    ActivitySaved upsert(const model::Activity& activity);

private:
    Connection& m_connection;
    std::string m_now; // created_at and updated_at of what this writer writes
};

// The row of every activity, by code.
std::unordered_map<std::string, std::int64_t> activity_rows(Connection& connection);

// The catalogue's codes as typed codes find them: exactly, else without regard to case when
// that finds one code only.
class CodeMatcher {
public:
    explicit CodeMatcher(std::vector<std::string> codes);
    [[nodiscard]] std::optional<std::string> find(std::string_view typed) const;
    [[nodiscard]] const std::vector<std::string>& codes() const { return m_codes; }

private:
    std::vector<std::string> m_codes;
    std::unordered_map<std::string, std::string> m_folded; // folded -> code; "" when several
};

// Every code of the catalogue.
std::vector<std::string> activity_codes(Connection& connection);

class LogWriter {
public:
    // `context` says who logs; its people must be in the journal.
    LogWriter(Connection& connection, const LogContext& context);
    std::int64_t insert(const model::LogEntry& entry, std::int64_t activity_row);
    // Changes the entry with its number in place: all but its author, pair and uuid.
    void update(const model::LogEntry& entry, std::int64_t activity_row);

private:
    std::int64_t person(const std::string& handle);
    void insert_steps(std::int64_t row, const std::vector<model::ObserverStep>& steps);
    // The partners after the first (log_entry_partner); the first is the row's partner_id.
    void insert_other_partners(std::int64_t row, const std::vector<std::string>& partners);

    Connection& m_connection;
    std::string m_created_at;
    std::optional<std::int64_t> m_author;
    std::optional<std::int64_t> m_pair;
    std::unordered_map<std::string, std::int64_t> m_people;
};

// The partners of the log entry `l` (its partner_id joined as `p`) as one text, "bea,cem": the
// first named, then the others (log_entry_partner) in their order; "" when none.
inline constexpr std::string_view k_partners_of_entry = R"(coalesce(p.handle || coalesce(
    (SELECT ',' || group_concat(handle, ',') FROM (
        SELECT o.handle FROM log_entry_partner x JOIN person o ON o.id = x.person_id
        WHERE x.log_entry_id = l.id ORDER BY x.position)), ''), ''))";

// How many times the journal holds each entry of one author, by what makes two entries the same:
// day, activity, mode, partners (in any order), patients, presence and note.
class LogEntryCounts {
public:
    LogEntryCounts(Connection& connection, const std::string& author);
    // Whether the journal holds one more such entry than has been taken; takes it.
    bool take(const model::LogEntry& entry, std::int64_t activity_row);

private:
    std::unordered_map<std::string, std::int64_t> m_counts;
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

#pragma once
// Batches: a unit's catalogue or a log written row after row, with the statements prepared once,
// all in one transaction. What a batch import of a million rows needs.

#include <peer/journal/activities.hpp>
#include <peer/journal/journal.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace peer::journal {

class CatalogueBatch {
public:
    // Adds the activity, or updates the one with its code; says which, or that nothing changed.
    // `allowed` are the texts of it its owner allowed (--allow-identifier), recorded with it.
    ActivitySaved upsert(const model::Activity& activity,
                         const std::vector<std::string>& allowed = {});

    struct Rows;
    explicit CatalogueBatch(std::unique_ptr<Rows> rows);
    ~CatalogueBatch();
    CatalogueBatch(const CatalogueBatch&) = delete;
    CatalogueBatch& operator=(const CatalogueBatch&) = delete;

private:
    std::unique_ptr<Rows> m_rows;
};

class LogBatch {
public:
    struct Activity {
        std::int64_t handle = 0; // what insert() takes
        std::string code;        // as the catalogue writes it
    };
    // The catalogue's activity with this code, found as journal::find_activity finds one.
    [[nodiscard]] std::optional<Activity> activity(std::string_view code) const;
    // The catalogue's code nearest to an unknown `code`, when it is a likely typo.
    [[nodiscard]] std::optional<std::string> nearest_code(std::string_view code) const;
    // Adds an entry of the batch's owner, unless the journal holds the same entry already (the
    // same day, activity, mode, partner, patients, presence and note), counted with
    // multiplicity: a file that holds an entry twice adds it until the journal holds it twice.
    // So importing a file again changes nothing. Returns whether it was added. `allowed` are
    // the texts of its note its owner allowed, recorded with it.
    bool insert(const model::LogEntry& entry, std::int64_t activity,
                const std::vector<std::string>& allowed = {});

    struct Rows;
    explicit LogBatch(std::unique_ptr<Rows> rows);
    ~LogBatch();
    LogBatch(const LogBatch&) = delete;
    LogBatch& operator=(const LogBatch&) = delete;

private:
    std::unique_ptr<Rows> m_rows;
};

// Runs `work` with a catalogue batch in one write transaction; commits only when `work` returns
// true (false: a batch that found errors, or a dry run).
bool write_catalogue(Journal& journal, const std::function<bool(CatalogueBatch&)>& work);

// The same for log entries of the owner of `context`. Their notes are indexed for search once,
// when `work` returns true, rather than row by row.
bool write_log(Journal& journal, const LogContext& context,
               const std::function<bool(LogBatch&)>& work);

} // namespace peer::journal

#pragma once
// What `peer doctor` reports about a journal.

#include <peer/journal/journal.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace peer::journal {

struct TableRows {
    std::string table;
    std::int64_t rows = 0;
};

// A row whose foreign key points at a row that does not exist.
struct ForeignKeyIssue {
    std::string table;
    std::int64_t rowid = 0;
    std::string parent;
};

// A stored value that peer cannot read back: a date or keyword that another tool wrote, or
// damage.
struct StoredValueIssue {
    std::string table;
    std::int64_t rowid = 0;
    std::string column;
    std::string value;
};

struct Health {
    std::string path;
    int schema_version = 0;
    int latest_schema_version = 0;
    std::string sqlite_version;
    std::string journal_mode;
    std::vector<std::string> integrity;                // PRAGMA integrity_check: {"ok"} when sound
    std::vector<ForeignKeyIssue> foreign_key_issues;   // PRAGMA foreign_key_check
    std::vector<StoredValueIssue> stored_value_issues; // dates and keywords that do not parse
    std::vector<TableRows> tables;                     // every table of the journal, by name

    [[nodiscard]] bool integrity_ok() const { return integrity == std::vector<std::string>{"ok"}; }
    [[nodiscard]] bool healthy() const
    {
        return integrity_ok() && foreign_key_issues.empty() && stored_value_issues.empty()
               && schema_version == latest_schema_version;
    }
};

Health check_health(const Journal& journal);

} // namespace peer::journal

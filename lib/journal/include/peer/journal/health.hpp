#pragma once
// What `peer doctor` reports about a journal.

#include <peer/journal/journal.hpp>

#include <cstdint>
#include <filesystem>
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

// A file or folder of the journal that others may read or write: the journal and its -wal and
// -shm files, and its drafts folder, which only their owner should (no group or other bits);
// the journal's folder, which others should not write to.
struct LoosePermission {
    std::string path;
    unsigned mode = 0;   // as it is: 0666
    unsigned wanted = 0; // as it should be: 0600
};
std::vector<LoosePermission> loose_permissions(const std::filesystem::path& journal);

// Takes from each what loose_permissions finds only what others should not have; never widens
// anything. Returns what it changed, as it was; what it could not change stays loose.
std::vector<LoosePermission> tighten_permissions(const std::filesystem::path& journal);

} // namespace peer::journal

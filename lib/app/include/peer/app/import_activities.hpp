#pragma once
// Batch imports of learning activities (a unit's catalogue) and of log entries: CSV, TOML or
// JSON Lines, streamed row by row, all in one transaction.

#include <peer/core/date.hpp>
#include <peer/core/diagnostic.hpp>
#include <peer/core/encoding.hpp>
#include <peer/journal/journal.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

namespace peer::app {

enum class ImportKind { catalogue, log };

struct ImportCounts {
    std::int64_t rows = 0;
    std::int64_t added = 0;     // catalogue: new codes; log: entries written
    std::int64_t updated = 0;   // catalogue: codes whose activity changed
    std::int64_t unchanged = 0; // catalogue: codes already as the file has them
};

struct ImportResult {
    Diagnostics diagnostics; // every problem of every file, each at its line
    ImportCounts counts;
    bool written = false; // false when anything was wrong, or on a dry run
};

// Called every few thousand rows with the bytes read so far and the total of all files.
using ProgressReport =
    std::function<void(std::uint64_t done, std::uint64_t total, std::int64_t rows)>;

struct ImportRequest {
    ImportKind kind = ImportKind::catalogue;
    std::vector<std::filesystem::path> files;
    bool dry_run = false;               // everything but the commit
    Date today{};                       // log entries: LOG-DATE judges each row's day against it
    Encoding encoding = Encoding::utf8; // of every file: Windows-1252 and Latin-1 are converted
    // Texts the privacy guard flags that are no patient's identifier (--allow-identifier): in
    // any row, recorded with the row's activity or entry.
    std::vector<std::string> allowed;
};

// Imports the files in one transaction: an error anywhere writes nothing, and every error is
// reported. The catalogue is upserted by code. Log entries are judged by the log rules and need
// a journal that has an owner.
ImportResult import_files(journal::Journal& journal, const ImportRequest& request,
                          const ProgressReport& progress);

} // namespace peer::app

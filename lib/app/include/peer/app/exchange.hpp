#pragma once
// Journals that talk: an export of the journal, whole or cut for one person, and the import of
// other journals' exports, merged record by record in one transaction.

#include <peer/core/date.hpp>
#include <peer/core/result.hpp>
#include <peer/core/text.hpp>
#include <peer/journal/journal.hpp>
#include <peer/model/enums.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace peer::app {

// What an export for staff may carry besides the log: the texts of these kinds.
struct Included {
    bool reflections = false;
    bool feedback = false;
    bool briefings = false;
    bool introductions = false;
};

// What the export is written as: the export file (docs/exchange.md), or xAPI statements for a
// Learning Record Store (docs/xapi.md) as one JSON array or one statement per line.
enum class ExportFormat { peer, xapi, xapi_lines };

struct ExportRequest {
    // Whom the export is for: a partner gets the feedback given to them and the pair's
    // briefings; staff get the log and, of the writing, dates, kinds and completeness. Empty:
    // everything the journal holds.
    std::string recipient;
    Included include;          // texts added to what the recipient gets
    std::optional<Date> since; // only records changed on or after this day (and what they need)
    std::string now;           // the export's time, UTC: "2026-11-05T08:30:00Z"
    ExportFormat format = ExportFormat::peer;
    // xAPI: the actors' account home (an absolute http(s) IRI); empty for the default,
    // exchange::k_xapi_default_home. The journal's texts are tagged with `lang`.
    std::string xapi_home;
    Lang lang = Lang::en;
    // `peer assess prepare`: only what the student brings to this talk (their self-assessment
    // of it, the records it cites and their introductions), for staff.
    std::optional<model::Talk> talk;
};

struct Exported {
    std::string text;            // the export file's bytes
    std::int64_t records = 0;    // its records, the header not counted
    std::int64_t withheld = 0;   // writing whose texts it leaves out
    std::int64_t statements = 0; // xAPI: the statements written (0 for the export file)
};

// The same records go whatever the format. Errors: the recipient is not in the journal, is the
// owner, or is a student who is not the owner's partner; a journal without owner cannot export
// for someone; an xAPI home that is not an absolute http(s) IRI (a usage error).
Result<Exported> export_journal(const journal::Journal& journal, const ExportRequest& request);

// What is wrong with an xAPI home that is not an absolute http(s) IRI, in both languages: the
// command line says it when it reads --xapi-home, export_journal if it is given one.
Text bad_xapi_home(const std::string& home);

struct MergeCounts {
    std::int64_t records = 0;   // read from the files
    std::int64_t added = 0;     // new to this journal
    std::int64_t updated = 0;   // changed here to the newer version of the file
    std::int64_t unchanged = 0; // already here as the file has them
    std::int64_t deleted = 0;   // deleted here by a tombstone of the file
    std::int64_t withheld = 0;  // writing without its texts, which a journal does not store
    std::int64_t conflicts = 0; // changed here and in the file, and kept as they are here
};

// A record the file changed that this journal keeps as it is.
struct Conflict {
    std::string file;
    int line = 0;
    std::string kind; // "reflection", "feedback", ...
    std::string uuid;
    Text reason;
};

struct MergeRequest {
    std::vector<std::filesystem::path> files;
    bool dry_run = false; // everything but the commit
};

struct Merged {
    MergeCounts counts;
    std::vector<Conflict> conflicts;
    Diagnostics warnings;
    bool written = false; // false on a dry run, or when nothing changed
};

// Merges the exports into the journal in one transaction. Any problem in any file (not an
// export, a line that is not a record, a record a journal cannot take, an identifier the guard
// refuses, an export of another placement, the same export twice) is an error at its FILE:LINE
// and nothing is written.
Result<Merged> import_exports(journal::Journal& journal, const MergeRequest& request);

} // namespace peer::app

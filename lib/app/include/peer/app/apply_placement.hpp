#pragma once
// Applying a placement file to the journal: what a clinical teacher does each term
// (`peer term apply`).

#include <peer/core/date.hpp>
#include <peer/core/result.hpp>
#include <peer/journal/journal.hpp>
#include <peer/journal/placements.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace peer::app {

struct ApplyRequest {
    std::filesystem::path file;
    std::optional<std::filesystem::path> rule_set; // for a file that names none
    std::optional<Date> as_of;                     // deadlines; default: the placement's end
    bool archive = false; // students and pairs the file no longer has are archived, not refused
    // Texts of the file the privacy guard flags that are no patient's identifier
    // (--allow-identifier), as its placement.allowed_identifiers: recorded with the placement.
    std::vector<std::string> allowed;
};

struct Applied {
    std::string placement;        // the placement's id
    journal::ApplyResult applied; // what changed; `refused` non-empty: nothing was written
    Diagnostics warnings;         // what the format check and the rules warn about
};

// Checks the file (format, then rules) and, when it has no errors, writes the placement in one
// transaction; the same file again changes nothing. A file with errors is a Problem holding
// every one of them, and nothing is written.
Result<Applied> apply_placement(journal::Journal& journal, const ApplyRequest& request);

} // namespace peer::app

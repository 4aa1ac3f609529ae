#pragma once
// Joining a placement in one's own journal: a student with the handout their teacher gave them,
// a member of staff with the whole placement file and their id (`peer term join`).

#include <peer/core/result.hpp>
#include <peer/journal/journal.hpp>
#include <peer/journal/placements.hpp>

#include <filesystem>
#include <string>

namespace peer::app {

struct Joined {
    std::string placement;        // the placement's id
    std::string owner;            // whom the journal belongs to now
    journal::ApplyResult applied; // what changed; `refused` non-empty: nothing was written
    Diagnostics warnings;         // what reading the file found that does not stop it
};

// Reads `file`, decides who joins (the handout's student, or `as` among the file's staff), and
// in one transaction writes the placement and makes the joiner the journal's owner, when it has
// none. A file with errors, a joiner who does not fit the file or the journal, is a Problem and
// nothing is written. `archive` lets a re-issued handout archive what it no longer holds.
Result<Joined> join_placement(journal::Journal& journal, const std::filesystem::path& file,
                              const std::string& as, bool archive);

} // namespace peer::app

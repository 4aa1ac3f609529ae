#pragma once
// The teacher's cohort view (peer cohort): students' exports read from files and directories,
// merged per student, and judged by the supervisor rules, as exchange::Cohort.

#include <peer/core/date.hpp>
#include <peer/core/diagnostic.hpp>
#include <peer/core/result.hpp>
#include <peer/exchange/cohort.hpp>

#include <filesystem>
#include <vector>

namespace peer::app {

struct CohortRequest {
    // Export files, and directories searched recursively for files named *.jsonl.
    std::vector<std::filesystem::path> paths;
    Date today{}; // what "no export for more than a week" and the rules' deadlines are judged on
};

struct CohortRead {
    exchange::Cohort cohort;
    // Files that could not be read or are not sound exports, each at its FILE:LINE: they were
    // left out, and the view holds the rest.
    Diagnostics skipped;
};

// Exports of the same student (the header's owner) are merged, a record in a newer export
// winning over the same record in an older one, and a tombstone removing it. Reads one student's
// files at a time. Errors: a path that does not exist, no export among the paths.
Result<CohortRead> cohort(const CohortRequest& request);

} // namespace peer::app

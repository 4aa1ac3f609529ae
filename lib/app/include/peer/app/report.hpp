#pragma once
// The student's report (peer report): the summary of the journal's records over a period,
// which the command line renders in one of the report's formats (peer/exchange/report.hpp).

#include <peer/core/date.hpp>
#include <peer/core/result.hpp>
#include <peer/exchange/summary.hpp>
#include <peer/journal/journal.hpp>

#include <optional>
#include <string>

namespace peer::app {

struct ReportRequest {
    std::optional<Date> from; // with `to`, the days of the report
    std::optional<Date> to;
    std::optional<int> week; // the placement's week N (1 is its first seven days)
    std::string placement;   // the placement's days; default: the owner's current placement
    Date today{};            // what the rules' deadlines and LOG-DATE are judged on
    bool all = false;        // every placement: all days, every placement's talks and plans,
                             // and how the criteria found at risk went
};

// The summary of the owner's records, with the rules that still fail for them: those of the
// placement's setup about the owner's pair and its supervisors, and the log rules (LOG-ROLES,
// LOG-DELEGATION, LOG-DATE) over the owner's entries of the period (of a whole placement's
// report, over all of them, so that those dated outside it show). Errors: the journal has no
// owner, the placement is not in it, the week is not one of the placement's.
Result<exchange::Summary> report(const journal::Journal& journal, const ReportRequest& request);

} // namespace peer::app

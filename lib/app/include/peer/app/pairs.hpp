#pragma once
// Pairs changed by hand between applies of a placement file: `peer pair add | remove`.

#include <peer/core/date.hpp>
#include <peer/core/result.hpp>
#include <peer/journal/journal.hpp>
#include <peer/model/placement.hpp>
#include <peer/placement_check/check.hpp>
#include <peer/rules/rule_set.hpp>

#include <string>

namespace peer::app {

struct PairAdded {
    placement_check::NewPairCheck check; // the failed rules, shown whether it was added or not
    bool added = false;                  // false: check.sound() is false and nothing was written
};

// Checks the pair as a pair of a placement file would be (its students, its supervisors, the
// rules, judged on `today`) and adds it when sound, in one transaction. A placement that is not
// there is a Problem.
Result<PairAdded> add_pair(journal::Journal& journal, const std::string& placement,
                           const model::Pair& pair, Date today, const rules::RuleSet& rules);

struct PairRemoved {
    bool archived = false; // kept, out of the active placement
};

// Splits the pair `student` is in. A pair with log entries is a Problem unless `archive`; so
// is a student in no pair of the placement.
Result<PairRemoved> remove_pair(journal::Journal& journal, const std::string& placement,
                                const std::string& student, bool archive);

} // namespace peer::app

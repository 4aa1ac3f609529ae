#pragma once
// The rules that fail and still stand, as the report and the cohort show them.

#include <peer/core/date.hpp>
#include <peer/exchange/summary.hpp>
#include <peer/model/placement.hpp>
#include <peer/rules/finding.hpp>

#include <vector>

namespace peer::app {

// A failed finding; about log entry `entry` when not 0.
exchange::OpenRule open_rule(const rules::Finding& finding, std::int64_t entry = 0);

// The failed findings of the setup by the built-in rule set, its deadlines judged on `today`
// (within the placement's days).
std::vector<exchange::OpenRule> setup_failures(const model::PlacementSetup& setup, Date today);

} // namespace peer::app

#include "open_rules.hpp"

#include <peer/placement_check/check.hpp>
#include <peer/rules/rule_set.hpp>

#include <algorithm>

namespace peer::app {

exchange::OpenRule open_rule(const rules::Finding& finding, std::int64_t entry)
{
    return {finding.rule,
            finding.verdict == rules::Verdict::error ? Severity::error : Severity::warning,
            entry == 0 ? finding.subject : std::string(), entry, finding.message};
}

std::vector<exchange::OpenRule> setup_failures(const model::PlacementSetup& setup, Date today)
{
    const auto& placement = setup.placement;
    const auto as_of = std::clamp(today, placement.start, placement.end);
    std::vector<exchange::OpenRule> out;
    for (const auto& finding :
         placement_check::check_setup(setup, rules::default_rule_set(), as_of)) {
        if (finding.verdict != rules::Verdict::passed) {
            out.push_back(open_rule(finding));
        }
    }
    return out;
}

} // namespace peer::app

#pragma once
// What the log rules ask of one entry, for `peer activity log` and log imports alike.

#include <peer/journal/activities.hpp>
#include <peer/model/activity.hpp>
#include <peer/rules/finding.hpp>
#include <peer/rules/rule_set.hpp>

#include <map>
#include <string>
#include <utility>

namespace peer::app {

// Why a journal without an owner cannot log: it must join a placement first.
Text missing_owner();

// The partner, when none is given and the owner's pair has exactly one other student.
void default_partner(model::LogEntry& entry, const journal::LogContext& context);

// LOG-ROLES and LOG-DELEGATION for an entry of the owner's.
rules::Findings check_entry(const model::LogEntry& entry, const journal::LogContext& context,
                            const rules::RuleSet& rules, const std::string& subject);

// check_entry for many entries: the verdicts depend only on the mode and the partner, so each
// combination is judged once. What an import of a million rows needs.
class EntryChecker {
public:
    EntryChecker(const journal::LogContext& context, const rules::RuleSet& rules);
    // The failed findings of the entry (passed ones are left out), about `subject`.
    rules::Findings failures(const model::LogEntry& entry, const std::string& subject);

private:
    const journal::LogContext& m_context;
    const rules::RuleSet& m_rules;
    std::map<std::pair<model::Mode, std::string>, rules::Findings> m_known;
};

} // namespace peer::app

#pragma once
// Finding the one record a person named by its id or number. A record that is not there is a
// Problem (invalid data) that names it and says where to look; every command that takes an id
// says it the same way.

#include <peer/core/result.hpp>
#include <peer/journal/journal.hpp>
#include <peer/journal/writing.hpp>
#include <peer/model/activity.hpp>
#include <peer/model/assessment.hpp>
#include <peer/model/person.hpp>
#include <peer/model/placement.hpp>
#include <peer/model/writing.hpp>
#include <peer/rules/rule_set.hpp>

#include <cstdint>
#include <filesystem>
#include <string>

namespace peer::app {

Result<model::Person> person(const journal::Journal& journal, const std::string& id);

// The placement with its staff, active students and active pairs.
Result<model::PlacementSetup> placement(const journal::Journal& journal, const std::string& id);

Result<model::Activity> activity(const journal::Journal& journal, const std::string& code);
Result<model::LogEntry> log_entry(const journal::Journal& journal, std::int64_t number);
Result<model::Reflection> reflection(const journal::Journal& journal, std::int64_t number);
Result<model::Feedback> feedback(const journal::Journal& journal, std::int64_t number);
Result<model::Briefing> briefing(const journal::Journal& journal, std::int64_t number);
Result<model::Introduction> introduction(const journal::Journal& journal, std::int64_t number);

// Who writes in the journal: its owner. A journal without one must join a placement first.
Result<journal::Writer> writer(const journal::Journal& journal);

// The rules to judge by: the rule set of `file`, or the built-in supervisor model when it is
// empty. A file with errors is a Problem with its diagnostics: a malformed rule set is never
// silently replaced.
Result<rules::RuleSet> rule_set(const std::string& file);

// The assessment form of `file` (docs/assessment-form.md); a file with errors is a Problem with
// every diagnostic, each at its line and column.
Result<model::AssessmentForm> assessment_form(const std::filesystem::path& file);
// The placement `id`, or the owner's when it is empty, when it has an assessment form; one
// without is a Problem that says how its teacher gives it one.
Result<model::Placement> placement_with_form(const journal::Journal& journal,
                                             const std::string& id);

// The problems themselves, for use cases that look up in their own way: with the code nearest
// to `code`, when it is a likely typo ("did you mean ...?").
Problem no_such_activity(const std::string& code, const std::optional<std::string>& nearest);
Problem no_such_activity(const journal::Journal& journal, const std::string& code);
Text missing_owner();

} // namespace peer::app

#pragma once
// The assessment talks and individual action plans in the journal: the owner's own
// self-assessments and plans, a supervisor's assessments and the plans they write, and those of
// others that came through exports. Each is saved in one transaction; written again, an
// assessment keeps its number and uuid and its judgements are replaced.

#include <peer/journal/journal.hpp>
#include <peer/journal/writing.hpp>
#include <peer/model/assessment.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace peer::journal {

// Adds the assessment (number 0: it gets a number and a uuid) or replaces the one with its
// number and uuid. Its evidence is saved by uuid. Returns its number.
std::int64_t save_assessment(Journal& journal, model::Assessment& assessment,
                             const AllowedIdentifiers& allowed);
std::optional<model::Assessment> find_assessment(const Journal& journal, std::int64_t number);

struct AssessmentFilter {
    std::string student;   // of this student; empty: any
    std::string assessor;  // by this person; empty: anyone
    std::string placement; // on this placement; empty: any
    std::optional<model::Talk> talk;
};
// By placement, talk (midway first), then self-assessment first.
std::vector<model::Assessment> list_assessments(const Journal& journal,
                                                const AssessmentFilter& filter);

// Adds the plan (number 0) or replaces the one with its number and uuid. Returns its number.
std::int64_t save_plan(Journal& journal, model::IndividualPlan& plan,
                       const AllowedIdentifiers& allowed);
std::optional<model::IndividualPlan> find_plan(const Journal& journal, std::int64_t number);

struct PlanFilter {
    std::string student;   // for this student; empty: any
    std::string placement; // on this placement; empty: any
    bool open_only = false;
};
// Oldest first.
std::vector<model::IndividualPlan> list_plans(const Journal& journal, const PlanFilter& filter);

// The uuid of record `number` of `kind` ("log_entry", "reflection", "feedback"); empty when
// there is none.
std::string uuid_of_record(const Journal& journal, std::string_view kind, std::int64_t number);

} // namespace peer::journal

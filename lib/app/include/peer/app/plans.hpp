#pragma once
// The individual action plans (`peer plan`) for a student at risk of not reaching the goals
// (docs/assessment.md): what is lacking, for which criteria of the placement's form, what to do
// by when, who reviews it and when; and the review's outcome.

#include <peer/core/date.hpp>
#include <peer/core/result.hpp>
#include <peer/journal/journal.hpp>
#include <peer/model/assessment.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace peer::app {

// `peer plan add`: a plan for the owner (a student) or, written by staff, for `student`. What is
// wrong with a field is placed in it: "criteria", "lacking", "actions", "review_date".
struct PlanRequest {
    std::string student;   // empty: the owner
    std::string placement; // empty: the student's placement
    std::vector<std::string> criteria;
    std::string lacking;
    std::string actions;
    std::optional<Date> due;
    std::string reviewer; // empty: the author
    std::optional<Date> review;
    std::optional<Date> date; // nullopt: today
    std::vector<std::string> allowed;
    Date today{};
};
Result<model::IndividualPlan> add_plan(journal::Journal& journal, const PlanRequest& request);

// `peer plan review N`: the outcome of plan N, by its author or its reviewer; the guard's hits
// are placed in "review_comment".
struct PlanReview {
    std::int64_t number = 0;
    model::PlanOutcome outcome = model::PlanOutcome::met;
    std::string comment;
    std::optional<Date> date; // nullopt: today
    std::vector<std::string> allowed;
    Date today{};
};
Result<model::IndividualPlan> review_plan(journal::Journal& journal, const PlanReview& review);

Result<model::IndividualPlan> plan(const journal::Journal& journal, std::int64_t number);
// The plans of the journal: a student's own, or all the students' a member of staff holds.
Result<std::vector<model::IndividualPlan>> list_plans(const journal::Journal& journal,
                                                      bool open_only);

} // namespace peer::app

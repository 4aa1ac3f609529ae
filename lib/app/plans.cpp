// The individual action plans: made by a student for themself or by staff for a student,
// reviewed by their author or reviewer.

#include "saving.hpp"
#include "talk_lookup.hpp"
#include <peer/app/lookup.hpp>
#include <peer/app/plans.hpp>
#include <peer/core/utf8.hpp>
#include <peer/journal/assessments.hpp>
#include <peer/privacy/guard.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace peer::app {

namespace {

Problem not_yours(std::string_view what, std::int64_t number, const std::string& author)
{
    return problem(
        ExitCode::invalid_data,
        {fmt::format("{} {} is {}'s: only they can change or delete it", what, number, author),
         fmt::format("{} {} är {}s: bara hen kan ändra eller radera den", what, number, author)});
}

} // namespace

Result<model::IndividualPlan> plan(const journal::Journal& journal, std::int64_t number)
{
    if (auto found = journal::find_plan(journal, number)) {
        return std::move(*found);
    }
    return problem(ExitCode::invalid_data,
                   {fmt::format("there is no action plan {}: see `peer plan list`", number),
                    fmt::format("det finns ingen handlingsplan {}: se `peer plan list`", number)});
}

Result<model::IndividualPlan> add_plan(journal::Journal& journal, const PlanRequest& request)
{
    Result<model::IndividualPlan> out = Problem{};
    journal.write_if([&] {
        const auto who = writer(journal);
        if (!who) {
            out = who.problem();
            return false;
        }
        model::IndividualPlan p;
        p.author = who->owner;
        if (who->staff) {
            if (request.student.empty()) {
                out = problem(ExitCode::usage,
                              {"you write in this journal as staff: name the student the plan is "
                               "for with --student ID",
                               "du skriver i den här journalen som personal: ange studenten "
                               "planen gäller med --student ID"});
                return false;
            }
            const auto student = person(journal, request.student);
            if (!student) {
                out = student.problem();
                return false;
            }
            p.student = student->id;
        } else {
            if (!request.student.empty() && request.student != who->owner) {
                out = problem(ExitCode::usage,
                              {"a student writes a plan for themself: leave out --student",
                               "en student skriver en plan för sig själv: utelämna --student"});
                return false;
            }
            p.student = who->owner;
        }
        const auto placement_id = placement_for(journal, request.placement, p.student);
        if (!placement_id) {
            out = placement_id.problem();
            return false;
        }
        auto with_form = placement_with_form(journal, *placement_id);
        Diagnostics found;
        const auto bad = [&](std::string_view field, Text message) {
            found.push_back({Severity::error, std::string(format_check::value),
                             Position{std::string(field), 1, 1}, std::move(message)});
        };
        if (with_form) {
            for (const auto& c : request.criteria) {
                if (with_form->assessment_form->find_criterion(c) == nullptr) {
                    bad("criteria",
                        {fmt::format("the form {} has no criterion {}: see `peer assess form`",
                                     with_form->assessment_form->id, c),
                         fmt::format("formuläret {} har inget kriterium {}: se `peer assess form`",
                                     with_form->assessment_form->id, c)});
                }
            }
        } else if (!request.criteria.empty()) {
            out = with_form.problem();
            return false;
        }
        if (!request.reviewer.empty()) {
            if (const auto reviewer = person(journal, request.reviewer); !reviewer) {
                out = reviewer.problem();
                return false;
            }
        }
        p.placement = *placement_id;
        p.criteria = request.criteria;
        p.lacking = to_nfc(request.lacking);
        p.actions = to_nfc(request.actions);
        p.date = request.date.value_or(request.today);
        p.review_date = request.review.value_or(p.date);
        p.due = request.due.value_or(p.review_date);
        p.reviewer = request.reviewer;
        if (p.lacking.empty()) {
            bad("lacking", {"say what is lacking", "skriv vad som brister"});
        }
        if (p.actions.empty()) {
            bad("actions", {"say what to do", "skriv vad som ska göras"});
        }
        if (!request.review) {
            bad("review_date", {"give the date of the review", "ange datum för uppföljningen"});
        } else if (p.review_date < p.date) {
            bad("review_date", {"the review comes after the plan is made",
                                "uppföljningen kommer efter att planen görs"});
        }
        auto screening =
            privacy::screen({{"lacking", p.lacking}, {"actions", p.actions}}, request.allowed);
        std::ranges::move(screening.diagnostics, std::back_inserter(found));
        if (has_errors(found)) {
            out = not_saved(std::move(found));
            return false;
        }
        journal::save_plan(journal, p, screening.allowed);
        out = std::move(p);
        return true;
    });
    return out;
}

Result<model::IndividualPlan> review_plan(journal::Journal& journal, const PlanReview& review)
{
    Result<model::IndividualPlan> out = Problem{};
    journal.write_if([&] {
        const auto who = writer(journal);
        if (!who) {
            out = who.problem();
            return false;
        }
        auto found = plan(journal, review.number);
        if (!found) {
            out = found.problem();
            return false;
        }
        if (found->author != who->owner && found->reviewer != who->owner) {
            out = not_yours("action plan", review.number, found->author);
            return false;
        }
        found->outcome = review.outcome;
        found->reviewed_on = review.date.value_or(review.today);
        found->review_comment = to_nfc(review.comment);
        auto screening =
            privacy::screen({{"review_comment", found->review_comment}}, review.allowed);
        if (has_errors(screening.diagnostics)) {
            out = not_saved(std::move(screening.diagnostics));
            return false;
        }
        journal::save_plan(journal, *found, screening.allowed);
        out = std::move(*found);
        return true;
    });
    return out;
}

Result<std::vector<model::IndividualPlan>> list_plans(const journal::Journal& journal,
                                                      bool open_only)
{
    Result<std::vector<model::IndividualPlan>> out = Problem{};
    journal.read([&] {
        const auto who = writer(journal);
        if (!who) {
            out = who.problem();
            return;
        }
        out = journal::list_plans(journal, {who->staff ? "" : who->owner, "", open_only});
    });
    return out;
}

} // namespace peer::app

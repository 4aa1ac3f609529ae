#include "open_rules.hpp"
#include <peer/app/assessment.hpp>
#include <peer/app/log_activity.hpp>
#include <peer/app/lookup.hpp>
#include <peer/app/report.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/facts.hpp>
#include <peer/journal/placements.hpp>
#include <peer/journal/writing.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace peer::app {

namespace {

// The days of the report: those asked for, else the placement's (all of them, or its week N);
// open at both ends without a placement.
Result<exchange::Period> report_period(const model::Placement* placement,
                                       const ReportRequest& request)
{
    if (request.from || request.to) {
        return exchange::Period{request.from, request.to};
    }
    if (placement == nullptr) {
        if (request.week) {
            return problem(ExitCode::invalid_data,
                           {"there is no placement to count the weeks of: join one with `peer "
                            "term join`, or give --from and --to",
                            "det finns ingen placering att räkna veckorna i: gå med i en med "
                            "`peer term join`, eller ange --from och --to"});
        }
        return exchange::Period{};
    }
    exchange::Period period{placement->start, placement->end};
    if (!request.week) {
        return period;
    }
    const auto days =
        std::chrono::sys_days(placement->end) - std::chrono::sys_days(placement->start);
    const auto weeks = static_cast<int>(days.count() / 7) + 1;
    if (*request.week < 1 || *request.week > weeks) {
        return problem(ExitCode::invalid_data,
                       {fmt::format("there is no week {} in the placement: its weeks are 1 to {}",
                                    *request.week, weeks),
                        fmt::format("placeringen har ingen vecka {}: dess veckor är 1 till {}",
                                    *request.week, weeks)});
    }
    const auto first =
        std::chrono::sys_days(placement->start) + std::chrono::days((*request.week - 1) * 7);
    return exchange::Period{Date(first),
                            std::min(placement->end, Date(first + std::chrono::days(6)))};
}

// The failed findings of the setup about the owner's pair and its supervisors.
std::vector<exchange::OpenRule> setup_rules(const model::PlacementSetup& setup,
                                            const std::string& owner, Date today)
{
    const auto* pair = setup.pair_of(owner);
    if (pair == nullptr) {
        return {};
    }
    auto out = setup_failures(setup, today);
    std::erase_if(out, [&](const exchange::OpenRule& r) {
        return r.subject != model::pair_name(*pair)
               && std::ranges::find(pair->supervisors, r.subject) == pair->supervisors.end();
    });
    return out;
}

// The log rules that fail for the owner's entries of `period`, entry by entry.
std::vector<exchange::OpenRule> log_rules(const journal::LogContext& context,
                                          const model::Facts& facts, const std::string& owner,
                                          const exchange::Period& period, Date today)
{
    EntryChecker checker(context, rules::default_rule_set(), today);
    std::vector<exchange::OpenRule> out;
    for (const auto& [author, entry] : facts.entries) {
        if (author == owner && period.contains(entry.date)) {
            for (const auto& finding : checker.failures(entry, "")) {
                out.push_back(open_rule(finding, entry.number));
            }
        }
    }
    return out;
}

// The talks, plans and TALK rules of the owner's placement (or of every one), into `summary`.
void add_talks(const journal::Journal& journal, const ReportRequest& request,
               const std::string& placement, exchange::Summary& summary)
{
    auto shown = show_talks(journal, {"", placement, request.all, "", request.today});
    if (!shown) {
        return; // no placement to show the talks of
    }
    for (const auto& talks : shown->placements) {
        const auto criteria = talks.form ? static_cast<int>(talks.form->criteria_count()) : 0;
        for (const auto& a : talks.assessments) {
            exchange::TalkLine line{talks.placement, a.talk, a.assessor,
                                    a.self(),        a.date, static_cast<int>(a.judgements.size()),
                                    criteria,        {}};
            for (const auto& j : a.judgements) {
                if (talks.form && talks.form->is_at_risk(j.level)) {
                    line.at_risk.push_back(j.criterion);
                }
            }
            summary.talks.push_back(std::move(line));
        }
        for (const auto& p : talks.plans) {
            summary.plans.push_back({p.number, p.placement, p.criteria, p.review_date, p.outcome,
                                     p.open() && p.review_date < request.today});
        }
        for (const auto& finding : talks.findings) {
            if (finding.verdict != rules::Verdict::passed) {
                summary.open_rules.push_back(open_rule(finding));
            }
        }
    }
    summary.progression = std::move(shown->progression);
}

} // namespace

Result<exchange::Summary> report(const journal::Journal& journal, const ReportRequest& request)
{
    const auto owner = journal::journal_owner(journal);
    if (!owner) {
        return problem(ExitCode::invalid_data, missing_owner());
    }
    const auto context = journal::log_context(journal);
    const auto placement_id = !request.placement.empty() ? request.placement
                              : context                  ? context->placement
                                                         : std::string();
    std::optional<model::PlacementSetup> setup;
    if (!placement_id.empty()) {
        auto found = placement(journal, placement_id);
        if (!found) {
            return found.problem();
        }
        setup = std::move(*found);
    }
    auto period = request.all ? Result<exchange::Period>(exchange::Period{})
                              : report_period(setup ? &setup->placement : nullptr, request);
    if (!period) {
        return period.problem();
    }
    const auto facts = journal::read_facts(journal);
    auto summary = exchange::summarise(facts, *owner, *period);
    if (setup) {
        summary.open_rules = setup_rules(*setup, *owner, request.today);
        summary.introductions = journal::list_introductions(journal, {"", setup->placement.id});
    }
    if (context) {
        // A report of the whole placement judges every entry: those dated outside it too.
        const bool whole = !request.from && !request.to && !request.week;
        std::ranges::move(
            log_rules(*context, facts, *owner, whole ? exchange::Period{} : *period, request.today),
            std::back_inserter(summary.open_rules));
    }
    add_talks(journal, request, placement_id, summary);
    return summary;
}

} // namespace peer::app

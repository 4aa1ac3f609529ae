#include <peer/app/lookup.hpp>
#include <peer/app/report.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/exchange.hpp>
#include <peer/journal/placements.hpp>

#include <fmt/format.h>

namespace peer::app {

namespace {

// The days of the placement `id`, or of the owner's current one when `id` is empty.
Result<exchange::Period> placement_days(const journal::Journal& journal, const std::string& id)
{
    if (id.empty()) {
        const auto context = journal::log_context(journal);
        if (!context) {
            return exchange::Period{};
        }
        return exchange::Period{context->placement_start, context->placement_end};
    }
    auto setup = placement(journal, id);
    if (!setup) {
        return setup.problem();
    }
    return exchange::Period{setup->placement.start, setup->placement.end};
}

} // namespace

Result<exchange::Summary> report(const journal::Journal& journal, const ReportRequest& request)
{
    const auto owner = journal::journal_owner(journal);
    if (!owner) {
        return problem(ExitCode::invalid_data, missing_owner());
    }
    exchange::Period period{request.from, request.to};
    if (!request.from && !request.to) {
        auto days = placement_days(journal, request.placement);
        if (!days) {
            return days.problem();
        }
        period = *days;
        if (request.week) {
            const auto weeks =
                period.from && period.to
                    ? ((std::chrono::sys_days(*period.to) - std::chrono::sys_days(*period.from))
                           .count()
                       / 7)
                          + 1
                    : 0;
            if (*request.week < 1 || *request.week > weeks) {
                return problem(ExitCode::invalid_data,
                               {fmt::format("there is no week {} in the placement: its weeks are "
                                            "1 to {}",
                                            *request.week, weeks),
                                fmt::format("placeringen har ingen vecka {}: dess veckor är 1 "
                                            "till {}",
                                            *request.week, weeks)});
            }
            const auto first =
                std::chrono::sys_days(*period.from) + std::chrono::days((*request.week - 1) * 7);
            period = {Date(first), std::min(*period.to, Date(first + std::chrono::days(6)))};
        }
    }
    return exchange::summarise(journal::read_records(journal), *owner, period);
}

} // namespace peer::app

#include <peer/app/lookup.hpp>
#include <peer/app/pairs.hpp>
#include <peer/journal/placements.hpp>

#include <fmt/format.h>

namespace peer::app {

Result<PairAdded> add_pair(journal::Journal& journal, const std::string& placement,
                           const model::Pair& pair, Date today, const rules::RuleSet& rules)
{
    Result<PairAdded> out = Problem{};
    journal.write([&] {
        const auto setup = app::placement(journal, placement);
        if (!setup) {
            out = setup.problem();
            return;
        }
        PairAdded added{placement_check::check_new_pair(*setup, pair, rules, today), false};
        if (added.check.sound()) {
            journal::add_pair(journal, placement, pair);
            added.added = true;
        }
        out = std::move(added);
    });
    return out;
}

Result<PairRemoved> remove_pair(journal::Journal& journal, const std::string& placement,
                                const std::string& student, bool archive)
{
    Result<PairRemoved> out = Problem{};
    journal.write([&] {
        if (const auto setup = app::placement(journal, placement); !setup) {
            out = setup.problem();
            return;
        }
        const auto result = journal::remove_pair(journal, placement, student, archive);
        switch (result.saved) {
        case journal::PairSaved::refused: {
            const auto& loss = result.refused.front();
            out = problem(ExitCode::invalid_data,
                          {fmt::format("removing the pair {} would lose {} log entries; pass "
                                       "--archive to move it out of the active placement instead",
                                       loss.id, loss.log_entries),
                           fmt::format("att ta bort paret {} skulle förlora {} loggposter; ange "
                                       "--archive för att i stället flytta det ur den aktiva "
                                       "placeringen",
                                       loss.id, loss.log_entries)});
            return;
        }
        case journal::PairSaved::not_found:
            out = problem(ExitCode::invalid_data,
                          {fmt::format("'{}' is in no pair of {}", student, placement),
                           fmt::format("'{}' finns inte i något par på {}", student, placement)});
            return;
        default:
            out = PairRemoved{result.saved == journal::PairSaved::archived};
        }
    });
    return out;
}

} // namespace peer::app

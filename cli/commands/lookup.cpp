#include "commands/lookup.hpp"

#include <peer/core/error.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/people.hpp>
#include <peer/journal/placements.hpp>

#include <fmt/format.h>

namespace peer::cli {

model::Person find_person_or_fail(journal::Journal& journal, const std::string& id)
{
    if (auto person = journal::find_person(journal, id)) {
        return *person;
    }
    throw Error(
        ExitCode::invalid_data,
        {fmt::format("there is no person '{}' in the journal; see `peer person list`", id),
         fmt::format("det finns ingen person '{}' i journalen; se `peer person list`", id)});
}

model::PlacementSetup find_placement_or_fail(journal::Journal& journal, const std::string& id)
{
    if (auto setup = journal::load_setup(journal, id)) {
        return *setup;
    }
    throw Error(
        ExitCode::invalid_data,
        {fmt::format("there is no placement '{}' in the journal; see `peer term list`", id),
         fmt::format("det finns ingen placering '{}' i journalen; se `peer term list`", id)});
}

model::Activity find_activity_or_fail(journal::Journal& journal, const std::string& code)
{
    if (auto activity = journal::find_activity(journal, code)) {
        return *activity;
    }
    throw Error(
        ExitCode::invalid_data,
        {fmt::format("there is no activity '{}' in the catalogue; see `peer activity list`", code),
         fmt::format("det finns ingen aktivitet '{}' i katalogen; se `peer activity list`", code)});
}

} // namespace peer::cli

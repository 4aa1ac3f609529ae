#include "commands/lookup.hpp"

#include <peer/core/error.hpp>
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

} // namespace peer::cli

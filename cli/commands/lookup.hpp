#pragma once
// Finding what a command names by id; an error (exit 1) naming the id when there is none.

#include <peer/journal/journal.hpp>
#include <peer/model/activity.hpp>
#include <peer/model/person.hpp>
#include <peer/model/placement.hpp>

#include <string>

namespace peer::cli {

model::Person find_person_or_fail(journal::Journal& journal, const std::string& id);

// The placement with its staff, active students and active pairs.
model::PlacementSetup find_placement_or_fail(journal::Journal& journal, const std::string& id);

model::Activity find_activity_or_fail(journal::Journal& journal, const std::string& code);

} // namespace peer::cli

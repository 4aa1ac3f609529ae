#pragma once
// People as rows: for the journal modules that write people inside a larger transaction
// (a term being applied).

#include <peer/model/person.hpp>

#include "connection.hpp"

#include <optional>
#include <string_view>

namespace peer::journal::rows {

std::optional<model::Person> load_person(Connection& connection, std::string_view id);
void insert_person(Connection& connection, const model::Person& person);
// Updates the row of `person.id`, which must exist.
void update_person(Connection& connection, const model::Person& person);

} // namespace peer::journal::rows

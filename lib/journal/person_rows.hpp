#pragma once
// People as rows: for the journal modules that read or write people inside a larger
// transaction (a term being applied).

#include <peer/model/person.hpp>

#include "connection.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace peer::journal::rows {

std::optional<model::Person> load_person(Connection& connection, std::string_view id);
void insert_person(Connection& connection, const model::Person& person);
// Updates the row of `person.id`, which must exist.
void update_person(Connection& connection, const model::Person& person);

// Everyone, by id, each with their qualifications, read in one query.
std::vector<model::Person> all_people(Connection& connection);

// The placement's staff, or its active students, by id, read in one query.
enum class Linked { staff, active_students };
std::vector<model::Person> placement_people(Connection& connection, std::int64_t placement,
                                            Linked linked);

} // namespace peer::journal::rows

#pragma once
// People as rows: for the journal modules that write people inside a larger transaction
// (a term being applied).

#include <peer/model/person.hpp>

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string_view>

namespace peer::journal::rows {

std::optional<model::Person> load_person(SQLite::Database& database, std::string_view id);
void insert_person(SQLite::Database& database, const model::Person& person);
// Updates the row of `person.id`, which must exist.
void update_person(SQLite::Database& database, const model::Person& person);

} // namespace peer::journal::rows

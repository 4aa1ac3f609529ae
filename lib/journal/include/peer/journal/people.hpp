#pragma once
// Students and staff in the journal.

#include <peer/journal/journal.hpp>
#include <peer/model/person.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace peer::journal {

std::optional<model::Person> find_person(const Journal& journal, std::string_view id);

// Everyone, by id.
std::vector<model::Person> list_people(const Journal& journal);

enum class PersonSaved { added, updated, unchanged, id_taken, not_found };

// Adds a new person in one transaction; id_taken when the id is someone's already. `allowed` are
// the texts of the person declared not to be a patient's identifier (--allow-identifier: a
// ward's phone number in a name): they are recorded with the person.
PersonSaved add_person(Journal& journal, const model::Person& person,
                       const std::vector<std::string>& allowed = {});

// Replaces what the journal holds about `person.id` in one transaction.
PersonSaved update_person(Journal& journal, const model::Person& person,
                          const std::vector<std::string>& allowed = {});

} // namespace peer::journal

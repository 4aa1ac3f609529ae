#include "access.hpp"
#include "allowed_rows.hpp"
#include <peer/journal/people.hpp>

#include "person_rows.hpp"

namespace peer::journal {

std::optional<model::Person> find_person(const Journal& journal, std::string_view id)
{
    std::optional<model::Person> person;
    Access::read(journal, [&](Connection& database) { person = rows::load_person(database, id); });
    return person;
}

std::vector<model::Person> list_people(const Journal& journal)
{
    std::vector<model::Person> people;
    Access::read(journal, [&](Connection& database) { people = rows::all_people(database); });
    return people;
}

PersonSaved add_person(Journal& journal, const model::Person& person,
                       const std::vector<std::string>& allowed)
{
    auto saved = PersonSaved::added;
    Access::write(journal, [&](Connection& database) {
        if (rows::load_person(database, person.id)) {
            saved = PersonSaved::id_taken;
            return;
        }
        const auto allowing = database.guard().allow(allowed);
        rows::insert_person(database, person);
        rows::record_allowed(database, allowed, "person", "person", "handle", person.id);
    });
    return saved;
}

PersonSaved update_person(Journal& journal, const model::Person& person,
                          const std::vector<std::string>& allowed)
{
    auto saved = PersonSaved::updated;
    Access::write(journal, [&](Connection& database) {
        const auto before = rows::load_person(database, person.id);
        if (!before) {
            saved = PersonSaved::not_found;
            return;
        }
        const auto allowing = database.guard().allow(allowed);
        if (*before == person) {
            saved = PersonSaved::unchanged;
        } else {
            rows::update_person(database, person);
        }
        rows::record_allowed(database, allowed, "person", "person", "handle", person.id);
    });
    return saved;
}

} // namespace peer::journal

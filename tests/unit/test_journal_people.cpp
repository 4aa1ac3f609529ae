#include "fixtures.hpp"

#include <peer/journal/journal.hpp>
#include <peer/journal/people.hpp>

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

using namespace peer;
using journal::PersonSaved;

TEST_SUITE("journal::people")
{
    TEST_CASE("a member of staff is stored with every qualification")
    {
        auto j = journal::Journal::in_memory();
        auto karin = test::supervisor();
        karin.name = "Karin Nilsson";
        karin.staff->specialist = {"surgical care", "wound care"};
        karin.staff->appointed = test::date("2020-01-01");
        karin.staff->teaching_ability_assessed = true;
        karin.staff->master_started = test::date("2021-09-01");

        CHECK(journal::add_person(j, karin) == PersonSaved::added);
        CHECK(journal::find_person(j, "karin") == karin);
    }

    TEST_CASE("a student has no staff facts")
    {
        auto j = journal::Journal::in_memory();
        const model::Person ali{"ali", "Ali Haddad", std::nullopt};
        CHECK(journal::add_person(j, ali) == PersonSaved::added);
        const auto found = journal::find_person(j, "ali");
        REQUIRE(found);
        CHECK(found->is_student());
    }

    TEST_CASE("an id already taken is refused and the first person kept")
    {
        auto j = journal::Journal::in_memory();
        CHECK(journal::add_person(j, test::supervisor()) == PersonSaved::added);
        const model::Person other{"karin", "Karin Berg", std::nullopt};
        CHECK(journal::add_person(j, other) == PersonSaved::id_taken);
        CHECK(journal::find_person(j, "karin")->name == "Test Person");
        CHECK(journal::list_people(j).size() == 1);
    }

    TEST_CASE("update_person changes, reports unchanged, and refuses unknown ids")
    {
        auto j = journal::Journal::in_memory();
        auto karin = test::supervisor();
        journal::add_person(j, karin);
        CHECK(journal::update_person(j, karin) == PersonSaved::unchanged);

        karin.staff->supervisor_training = model::Training::advanced;
        karin.staff->specialist = {"surgical care"};
        CHECK(journal::update_person(j, karin) == PersonSaved::updated);
        CHECK(journal::find_person(j, "karin") == karin);

        CHECK(journal::update_person(j, test::supervisor("nobody")) == PersonSaved::not_found);
        CHECK_FALSE(journal::find_person(j, "nobody"));
    }

    TEST_CASE("list_people is ordered by id")
    {
        auto j = journal::Journal::in_memory();
        journal::add_person(j, test::supervisor("karin"));
        journal::add_person(j, {"ali", "Ali Haddad", std::nullopt});
        journal::add_person(j, {"bea", "Bea Lind", std::nullopt});
        std::vector<std::string> ids;
        for (const auto& person : journal::list_people(j)) {
            ids.push_back(person.id);
        }
        CHECK(ids == std::vector<std::string>{"ali", "bea", "karin"});
    }
}

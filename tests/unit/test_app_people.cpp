// The use cases of `peer person`, `peer pair`, `peer search` and `peer term handout`.

#include "diagnostics.hpp"
#include "journals.hpp"

#include <peer/app/handout.hpp>
#include <peer/app/lookup.hpp>
#include <peer/app/pairs.hpp>
#include <peer/app/people.hpp>
#include <peer/app/search.hpp>

#include <doctest/doctest.h>

using namespace peer;

namespace {

constexpr const char* k_placement = "vt27-ort-avd5";
constexpr Date k_today{std::chrono::year{2027}, std::chrono::month{1}, std::chrono::day{20}};

app::PersonRequest supervisor(const std::string& id)
{
    app::PersonRequest r;
    r.id = id;
    r.name = "Nina Berg";
    r.staff.role = model::Role::supervisor;
    r.staff.profession = "nurse";
    r.staff.employer = model::Employer::healthcare;
    r.staff.degree = model::Degree::bachelor;
    r.staff.supervisor_training = model::Training::basic;
    return r;
}

std::int64_t people(journal::Journal& journal)
{
    return test::count(journal, "SELECT count(*) FROM person");
}

// Where each diagnostic of the problem is placed.
std::vector<std::string> fields(const Problem& problem)
{
    std::vector<std::string> out;
    for (const auto& d : problem.diagnostics) {
        out.push_back(d.where ? d.where->file : "");
    }
    return out;
}

} // namespace

TEST_SUITE("app::people")
{
    TEST_CASE("add_person adds a whole member of staff, and a student")
    {
        auto journal = journal::Journal::in_memory();
        const auto added = app::add_person(journal, supervisor("nina"));
        REQUIRE(added);
        REQUIRE(added->staff);
        CHECK(added->staff->profession == "nurse");
        app::PersonRequest student{"emil", "Emil Ek", true, {}, {}};
        CHECK(app::add_person(journal, student));
        CHECK(people(journal) == 2);
    }

    TEST_CASE("a member of staff without a required fact is refused at that fact's field")
    {
        auto journal = journal::Journal::in_memory();
        auto request = supervisor("nina");
        request.staff.degree.reset();
        request.staff.supervisor_training.reset();
        const auto added = app::add_person(journal, request);
        REQUIRE_FALSE(added);
        CHECK(added.problem().code == ExitCode::usage);
        CHECK(fields(added.problem()) == std::vector<std::string>{"degree", "supervisor_training"});
        CHECK(people(journal) == 0);
    }

    TEST_CASE("what add_person refuses, it writes nothing of")
    {
        auto journal = journal::Journal::in_memory();
        REQUIRE(app::add_person(journal, supervisor("nina")));
        SUBCASE("a taken id")
        {
            const auto again = app::add_person(journal, supervisor("nina"));
            REQUIRE_FALSE(again);
            CHECK(again.problem().diagnostics.back().message.en.starts_with(
                "the id 'nina' is taken by Nina Berg"));
        }
        SUBCASE("an id that cannot be one")
        {
            CHECK(app::add_person(journal, supervisor("-x")).problem().code == ExitCode::usage);
        }
        SUBCASE("a phone number in the name")
        {
            auto request = supervisor("olle");
            request.name = "Olle 070-123 45 67";
            const auto added = app::add_person(journal, request);
            REQUIRE_FALSE(added);
            CHECK(test::mentions(added.problem().diagnostics, "PRIVACY-PHONE"));
            CHECK(fields(added.problem()).front() == "name");
        }
        SUBCASE("staff facts for a student")
        {
            auto request = supervisor("olle");
            request.student = true;
            CHECK(app::add_person(journal, request).problem().code == ExitCode::usage);
        }
        CHECK(people(journal) == 1);
    }

    TEST_CASE("edit_person changes what is given, and says when nothing changed")
    {
        auto journal = journal::Journal::in_memory();
        REQUIRE(app::add_person(journal, supervisor("nina")));
        app::PersonRequest change{"nina", std::nullopt, false, {}, {}};
        change.staff.supervisor_training = model::Training::advanced;
        const auto edited = app::edit_person(journal, change);
        REQUIRE(edited);
        CHECK(edited->changed);
        CHECK(app::person(journal, "nina")->staff->supervisor_training
              == model::Training::advanced);
        const auto again = app::edit_person(journal, change);
        REQUIRE(again);
        CHECK_FALSE(again->changed);

        change.student = true;
        CHECK(app::edit_person(journal, change).problem().code == ExitCode::usage);
        CHECK_FALSE(app::edit_person(journal, {"nobody", "X", false, {}, {}}));
    }

    TEST_CASE("check_person judges staff with their team, and names who is not there")
    {
        auto journal = test::minimal_journal();
        app::StaffCheckRequest request;
        request.id = "karin";
        request.placement.start = k_today;
        request.as_of = k_today;
        const auto checked = app::check_person(journal, request);
        REQUIRE(checked);
        CHECK_FALSE(rules::has_errors(checked->findings));
        request.team = {"nobody"};
        const auto refused = app::check_person(journal, request);
        REQUIRE_FALSE(refused);
        CHECK(refused.problem().diagnostics.back().message.en.starts_with(
            "there is no person 'nobody'"));
        request.team.clear();
        request.rules_file = "no-such-rules.toml";
        CHECK_FALSE(app::check_person(journal, request));
    }
}

TEST_SUITE("app::pairs")
{
    TEST_CASE("add_pair adds a sound pair and leaves an unsound one out")
    {
        auto journal = test::minimal_journal();
        REQUIRE(app::remove_pair(journal, k_placement, "ali", false));
        const auto pairs = [&] { return test::count(journal, "SELECT count(*) FROM pair"); };
        const auto before = pairs();

        const auto unsound = app::add_pair(journal, k_placement, {{"ali", "bea"}, {"lena"}, ""},
                                           k_today, rules::default_rule_set());
        REQUIRE(unsound);
        CHECK_FALSE(unsound->added);
        CHECK(pairs() == before);

        const auto sound = app::add_pair(journal, k_placement, {{"ali", "bea"}, {"karin"}, ""},
                                         k_today, rules::default_rule_set());
        REQUIRE(sound);
        CHECK(sound->added);
        CHECK(pairs() == before + 1);
    }

    TEST_CASE("a placement or a pair that is not there is a problem")
    {
        auto journal = test::minimal_journal();
        CHECK_FALSE(app::add_pair(journal, "nope", {{"ali", "bea"}, {"karin"}, ""}, k_today,
                                  rules::default_rule_set()));
        const auto removed = app::remove_pair(journal, k_placement, "nobody", false);
        REQUIRE_FALSE(removed);
        CHECK(removed.problem().diagnostics.back().message.en
              == "'nobody' is in no pair of vt27-ort-avd5");
    }
}

TEST_SUITE("app::search and app::handout")
{
    TEST_CASE("a search without a word, or with a limit below 1, is a usage problem")
    {
        auto journal = test::alis_journal();
        journal::SearchQuery query;
        query.text = "  *  ";
        CHECK(app::search(journal, query).problem().code == ExitCode::usage);
        query.text = "wound";
        query.limit = 0;
        const auto limited = app::search(journal, query);
        REQUIRE_FALSE(limited);
        CHECK(fields(limited.problem()) == std::vector<std::string>{"limit"});
        query.limit = 5;
        CHECK(app::search(journal, query));
    }

    TEST_CASE("a handout is for a student of the placement only")
    {
        auto journal = test::minimal_journal();
        const auto text = app::handout(journal, k_placement, "ali");
        REQUIRE(text);
        CHECK(text->find("'bea'") != std::string::npos);
        CHECK(text->find("'cem'") == std::string::npos);
        CHECK_FALSE(app::handout(journal, k_placement, "karin"));
        CHECK_FALSE(app::handout(journal, "nope", "ali"));
    }
}

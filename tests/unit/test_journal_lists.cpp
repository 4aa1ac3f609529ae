// The listings read each row's lists in the same query as the row (json_group_object of rowid
// and item, rows::json_list): every item, in the order it was written.

#include "access.hpp"

#include <peer/core/error.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/journal.hpp>
#include <peer/journal/people.hpp>
#include <peer/journal/placements.hpp>

#include "fixtures.hpp"
#include "sql.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace peer;
using Strings = std::vector<std::string>;

namespace {

model::Activity activity(std::string code, Strings outcomes, Strings tags)
{
    model::Activity a;
    a.code = std::move(code);
    a.title = "Title of " + a.code;
    a.outcomes = std::move(outcomes);
    a.tags = std::move(tags);
    return a;
}

model::Person student(std::string id)
{
    return {std::move(id), "Student", std::nullopt};
}

model::Person specialist(std::string id, Strings fields)
{
    auto person = test::supervisor(std::move(id));
    person.staff->specialist = std::move(fields);
    return person;
}

// A placement whose lists are written out of alphabetical order.
model::PlacementSetup setup(std::string id, const char* start)
{
    model::PlacementSetup s;
    s.placement.id = std::move(id);
    s.placement.course = "OMVA14";
    s.placement.title = "Orthopaedic nursing";
    s.placement.university = "Lund University";
    s.placement.field = "orthopaedic care";
    s.placement.unit = "Ward 5";
    s.placement.start = test::date(start);
    s.placement.end = test::date("2027-12-31");
    s.placement.examiner = "olof";
    s.staff = {specialist("olof", {"surgery", "anaesthesia"}), specialist("karin", {}),
               test::supervisor("mia")};
    s.students = {student("dana"), student("cem"), student("bea"), student("ali"), student("eli")};
    s.pairs = {{{"dana", "cem"}, {"olof", "karin"}, ""},
               {{"bea", "eli", "ali"}, {"mia"}, "three: an odd number of students"}};
    return s;
}

} // namespace

TEST_SUITE("journal::lists")
{
    TEST_CASE("activity list gives every outcome and tag, in the order they were given")
    {
        auto j = journal::Journal::in_memory();
        const std::vector<model::Activity> catalogue{
            activity("C", {"LO4", "LO10", "LO2"}, {"wound", "asepsis"}),
            activity("A", {}, {}),
            // Items JSON must escape, and one that a separator could not hold.
            activity("B", {"quote \" and \\ backslash", "comma, here", "unit\x1fseparator"},
                     {"åäö", "ñ", ""}),
        };
        for (const auto& a : catalogue) {
            REQUIRE(journal::add_activity(j, a) == journal::ActivitySaved::added);
        }
        const auto listed = journal::list_activities(j, {});
        REQUIRE(listed.size() == 3);
        CHECK(listed[0] == catalogue[1]);
        CHECK(listed[1] == catalogue[2]);
        CHECK(listed[2] == catalogue[0]);
        for (const auto& a : listed) {
            CHECK(journal::find_activity(j, a.code) == a);
        }

        SUBCASE("an update that reorders a list is read back in its new order")
        {
            auto c = catalogue[0];
            c.outcomes = {"LO2", "LO4"};
            REQUIRE(journal::update_activity(j, c) == journal::ActivitySaved::updated);
            CHECK(journal::list_activities(j, {})[2] == c);
        }
        SUBCASE("the filters see the lists")
        {
            CHECK(journal::list_activities(j, {"asepsis", "", ""}).size() == 1);
            CHECK(journal::list_activities(j, {"", "LO10", ""}).size() == 1);
            CHECK(journal::list_activities(j, {"", "LO99", ""}).empty());
        }
    }

    TEST_CASE("json_list reads back every text json_group_object writes, by rowid")
    {
        auto j = journal::Journal::in_memory();
        const Strings texts{"plain",
                            "",
                            "quote \" backslash \\ slash /",
                            "tab\tnewline\ncarriage\rbell\a\x01\x1f",
                            "åäö ñ 漢字 🩺",
                            "{\"1\": \"not an object\"}"};
        journal::Access::read(j, [&](journal::Connection& c) {
            // An index on the text, so that the aggregate sees the rows out of their order.
            c.exec("CREATE TEMP TABLE item (text TEXT UNIQUE)");
            for (const auto& text : texts) {
                auto insert = c.statement("INSERT INTO item VALUES (?)");
                insert->bind(1, text);
                insert->exec();
            }
            auto query = c.statement(
                "SELECT (SELECT json_group_object(rowid, text) FROM item WHERE text >= ''),"
                " (SELECT json_group_object(rowid, text) FROM item WHERE 0)");
            REQUIRE(query->executeStep());
            CHECK(query->getColumn(0).getString().substr(0, 7) == "{\"2\":\"\"");
            CHECK(journal::rows::json_list(query->getColumn(0), {"item"}) == texts);
            CHECK(journal::rows::json_list(query->getColumn(1), {"item"}).empty());
        });
        SUBCASE("escapes SQLite does not write, but JSON has")
        {
            journal::Access::read(j, [&](journal::Connection& c) {
                auto query =
                    c.statement(R"(SELECT '{"10": "\u0041", "9": "\u00e5\/\ud83e\ude7a"}')");
                REQUIRE(query->executeStep());
                CHECK(journal::rows::json_list(query->getColumn(0), {"item"})
                      == Strings{"å/🩺", "A"});
            });
        }
        SUBCASE("anything else is a JournalError")
        {
            for (const char* bad :
                 {"", "null", "{", "[\"a\"]", "{\"1\": 1}", "{\"1\": null}", "{\"x\": \"a\"}",
                  "{\"\": \"a\"}", "{\"1\" \"a\"}", "{\"1\": \"a\"} x", "{\"1\": \"a\",}",
                  "{\"1\": \"\\ud800\"}", "{\"1\": \"\\x\"}", "{\"1\": \"open}"}) {
                CAPTURE(bad);
                journal::Access::read(j, [&](journal::Connection& c) {
                    auto query = c.statement("SELECT ?");
                    query->bind(1, bad);
                    REQUIRE(query->executeStep());
                    CHECK_THROWS_AS(journal::rows::json_list(query->getColumn(0), {"item", 1}),
                                    JournalError);
                });
            }
        }
    }

    TEST_CASE("a list item peer could not have written is a JournalError, not a wrong list")
    {
        auto j = journal::Journal::in_memory();
        REQUIRE(journal::add_activity(j, activity("A", {"LO1"}, {"tag"}))
                == journal::ActivitySaved::added);
        journal::Access::write(j, [](journal::Connection& c) {
            c.exec("INSERT INTO activity_tag (activity_id, tag) SELECT id, X'00ff' FROM activity");
        });
        CHECK_THROWS_AS(journal::list_activities(j, {}), JournalError);
        CHECK_THROWS_AS(journal::find_activity(j, "A"), JournalError);
    }

    TEST_CASE("person list gives everyone with every specialist field, in order")
    {
        auto j = journal::Journal::in_memory();
        const auto olof = specialist("olof", {"surgery", "anaesthesia", "geriatrics"});
        const auto karin = specialist("karin", {});
        const auto ali = student("ali");
        for (const auto& p : {olof, karin, ali}) {
            REQUIRE(journal::add_person(j, p) == journal::PersonSaved::added);
        }
        const auto people = journal::list_people(j);
        REQUIRE(people.size() == 3);
        CHECK(people[0] == ali);
        CHECK(people[1] == karin);
        CHECK(people[2] == olof);
        CHECK(journal::find_person(j, "olof") == olof);

        auto changed = olof;
        changed.staff->specialist = {"geriatrics", "surgery"};
        REQUIRE(journal::update_person(j, changed) == journal::PersonSaved::updated);
        CHECK(journal::list_people(j)[2] == changed);
    }

    TEST_CASE("a placement's staff, students and pairs come back whole, pairs in order")
    {
        auto j = journal::Journal::in_memory();
        const auto s = setup("vt27-ort-avd5", "2027-01-18");
        REQUIRE(journal::apply_setup(j, s, false).refused.empty());
        const auto loaded = journal::load_setup(j, s.placement.id);
        REQUIRE(loaded);
        CHECK(loaded->placement == s.placement);
        // Staff and students by id; their qualifications whole.
        REQUIRE(loaded->staff.size() == 3);
        CHECK(loaded->staff[0] == s.staff[1]);
        CHECK(loaded->staff[1] == s.staff[2]);
        CHECK(loaded->staff[2] == s.staff[0]);
        Strings students;
        for (const auto& p : loaded->students) {
            students.push_back(p.id);
            CHECK_FALSE(p.staff);
        }
        CHECK(students == Strings{"ali", "bea", "cem", "dana", "eli"});
        // Each pair's students and supervisors as they were written.
        CHECK(loaded->pairs == s.pairs);

        SUBCASE("a student moved out is not listed")
        {
            auto fewer = s;
            fewer.students.pop_back();
            fewer.pairs[1].students = {"bea", "ali"};
            fewer.pairs[1].reason.clear();
            REQUIRE(journal::apply_setup(j, fewer, false).refused.empty());
            const auto again = journal::load_setup(j, s.placement.id);
            CHECK(again->students.size() == 4);
            CHECK(again->pairs == fewer.pairs);
        }
    }

    TEST_CASE("placement list gives every placement, by start date")
    {
        auto j = journal::Journal::in_memory();
        const auto later = setup("ht27-ort-avd5", "2027-08-30");
        const auto earlier = setup("vt27-ort-avd5", "2027-01-18");
        journal::apply_setup(j, later, false);
        journal::apply_setup(j, earlier, false);
        const auto placements = journal::list_placements(j);
        REQUIRE(placements.size() == 2);
        CHECK(placements[0] == earlier.placement);
        CHECK(placements[1] == later.placement);
    }
}

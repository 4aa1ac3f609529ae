#include <peer/app/catalogue.hpp>

#include <doctest/doctest.h>

using namespace peer;

TEST_SUITE("app::catalogue")
{
    TEST_CASE("add_activity adds a code with its title once")
    {
        auto journal = journal::Journal::in_memory();
        app::ActivityChanges changes;
        changes.title = "Wound care";
        changes.tags = std::vector<std::string>{"wound"};
        const auto added = app::add_activity(journal, "SUR-WOUND-01", changes);
        REQUIRE(added);
        CHECK(added->activity.title == "Wound care");
        CHECK(journal::find_activity(journal, "SUR-WOUND-01")->tags
              == std::vector<std::string>{"wound"});
        const auto again = app::add_activity(journal, "SUR-WOUND-01", changes);
        REQUIRE_FALSE(again);
        CHECK(again.problem().diagnostics.front().message.en.starts_with(
            "the code 'SUR-WOUND-01' is taken"));
    }

    TEST_CASE("add_activity refuses a bad code, an empty title and an identifier in a text")
    {
        auto journal = journal::Journal::in_memory();
        app::ActivityChanges changes;
        changes.title = "Wound care";
        SUBCASE("a code that cannot be one")
        {
            CHECK(app::add_activity(journal, "a b", changes).problem().code == ExitCode::usage);
        }
        SUBCASE("an empty title")
        {
            changes.title = "";
            CHECK_FALSE(app::add_activity(journal, "SUR-WOUND-01", changes));
        }
        SUBCASE("a phone number in what, placed in its field")
        {
            changes.what = "Call 070-123 45 67 first";
            const auto added = app::add_activity(journal, "SUR-WOUND-01", changes);
            REQUIRE_FALSE(added);
            const auto& d = added.problem().diagnostics.front();
            CHECK(d.id == "PRIVACY-PHONE");
            REQUIRE(d.where);
            CHECK(d.where->file == "what");
            CHECK(d.where->column == 6);
        }
        CHECK_FALSE(journal::find_activity(journal, "SUR-WOUND-01"));
    }

    TEST_CASE("edit_activity changes only what is given, and says when nothing changed")
    {
        auto journal = journal::Journal::in_memory();
        app::ActivityChanges changes;
        changes.title = "Wound care";
        changes.unit = "Ward 12";
        REQUIRE(app::add_activity(journal, "SUR-WOUND-01", changes));
        app::ActivityChanges edit;
        edit.how = "Aseptic technique";
        const auto edited = app::edit_activity(journal, "SUR-WOUND-01", edit);
        REQUIRE(edited);
        CHECK(edited->changed);
        CHECK(edited->activity.unit == "Ward 12");
        CHECK(journal::find_activity(journal, "SUR-WOUND-01")->how == "Aseptic technique");
        CHECK_FALSE(app::edit_activity(journal, "SUR-WOUND-01", edit)->changed);
        CHECK_FALSE(app::edit_activity(journal, "NOPE", edit));
    }
}

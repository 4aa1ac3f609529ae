#include "diagnostics.hpp"
#include "journals.hpp"

#include <peer/app/log_activity.hpp>
#include <peer/app/lookup.hpp>
#include <peer/formats/placement_file.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/placements.hpp>

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <algorithm>

using namespace peer;

namespace {

std::int64_t entries(journal::Journal& journal)
{
    return test::count(journal, "SELECT count(*) FROM log_entry");
}

model::LogEntry entry(model::Mode mode = model::Mode::perform)
{
    model::LogEntry e;
    e.code = "SUR-WOUND-01";
    e.mode = mode;
    e.date = Date{std::chrono::year{2027}, std::chrono::month{1}, std::chrono::day{19}};
    return e;
}

constexpr Date k_today{std::chrono::year{2027}, std::chrono::month{1}, std::chrono::day{20}};

} // namespace

TEST_SUITE("app::log_activity")
{
    TEST_CASE("log_activity saves the entry with the pair's partner and returns its number")
    {
        auto journal = test::alis_journal();
        const auto logged =
            app::log_activity(journal, {entry(), {}, k_today}, rules::default_rule_set());
        REQUIRE(logged);
        CHECK(logged->entry.number == 1);
        CHECK(logged->entry.partners == std::vector<std::string>{"bea"});
        CHECK(logged->warnings.empty());
        CHECK(entries(journal) == 1);
    }

    TEST_CASE("log_activity refuses what it cannot log, as a value, and writes nothing")
    {
        auto journal = test::alis_journal();
        SUBCASE("an activity the catalogue does not have")
        {
            auto e = entry();
            e.code = "NOPE";
            const auto logged =
                app::log_activity(journal, {e, {}, k_today}, rules::default_rule_set());
            REQUIRE_FALSE(logged);
            CHECK(logged.problem().code == ExitCode::invalid_data);
            CHECK(logged.problem().diagnostics.back().message.en.starts_with(
                "there is no activity 'NOPE'"));
        }
        SUBCASE("a partner who is not of the owner's pair (LOG-ROLES)")
        {
            auto e = entry();
            e.partners = {"cem"};
            const auto logged =
                app::log_activity(journal, {e, {}, k_today}, rules::default_rule_set());
            REQUIRE_FALSE(logged);
            CHECK(test::mentions(logged.problem().diagnostics, "LOG-ROLES"));
            CHECK(logged.problem().diagnostics.back().message.en.ends_with("nothing was written"));
        }
        SUBCASE("a personal identity number in the note")
        {
            auto e = entry();
            e.note = "Pat 19121212-1212";
            const auto logged =
                app::log_activity(journal, {e, {}, k_today}, rules::default_rule_set());
            REQUIRE_FALSE(logged);
            CHECK(test::mentions(logged.problem().diagnostics, "PRIVACY-PIN"));
            const auto& d = logged.problem().diagnostics.front();
            REQUIRE(d.where);
            CHECK(d.where->file == "note");
            CHECK(d.where->column == 5);
        }
        CHECK(entries(journal) == 0);
    }

    TEST_CASE("log_activity needs a journal with an owner")
    {
        auto journal = journal::Journal::in_memory();
        const auto logged =
            app::log_activity(journal, {entry(), {}, k_today}, rules::default_rule_set());
        REQUIRE_FALSE(logged);
        CHECK(logged.problem().diagnostics.front().message == app::missing_owner());
    }

    TEST_CASE("log_activity records an allowed identifier and warns about one that matches none")
    {
        auto journal = test::alis_journal();
        auto e = entry();
        e.note = "Called 19121212-1212 (the ward's test number)";
        const auto logged = app::log_activity(
            journal, {e, {"19121212-1212", "070-1234567"}, k_today}, rules::default_rule_set());
        REQUIRE(logged);
        REQUIRE(logged->warnings.size() == 1);
        CHECK(logged->warnings[0].severity == Severity::warning);
        CHECK(logged->warnings[0].message.en.starts_with("--allow-identifier '070-1234567'"));
    }

    TEST_CASE("prepare_log fills in the partner without writing")
    {
        auto journal = test::alis_journal();
        const auto prepared = app::prepare_log(journal, entry(model::Mode::observe));
        REQUIRE(prepared);
        CHECK(prepared->partners == std::vector<std::string>{"bea"});
        CHECK(entries(journal) == 0);
        auto e = entry();
        e.code = "NOPE";
        CHECK_FALSE(app::prepare_log(journal, e));
    }

    TEST_CASE("LOG-DATE warns of a day outside the owner's placement or after today, and logs it")
    {
        auto journal = test::alis_journal();
        const auto placement = journal::log_context(journal);
        REQUIRE(placement);
        CHECK(format_date(placement->placement_start) == "2027-01-18");
        auto before = entry();
        before.date = Date{std::chrono::year{2027}, std::chrono::month{1}, std::chrono::day{15}};
        const auto early =
            app::log_activity(journal, {before, {}, k_today}, rules::default_rule_set());
        REQUIRE(early);
        REQUIRE(early->warnings.size() == 1);
        CHECK(early->warnings[0].id == "LOG-DATE");
        CHECK(early->warnings[0].message.en
              == "SUR-WOUND-01: dated 2027-01-15, outside the placement (2027-01-18 to "
                 "2027-02-26); was it another day?");

        auto ahead = entry();
        ahead.date = Date{std::chrono::year{2027}, std::chrono::month{1}, std::chrono::day{21}};
        const auto future =
            app::log_activity(journal, {ahead, {}, k_today}, rules::default_rule_set());
        REQUIRE(future);
        REQUIRE(future->warnings.size() == 1);
        CHECK(future->warnings[0].message.en.find("dated 2027-01-21, after today (2027-01-20)")
              != std::string::npos);
        CHECK(entries(journal) == 2);
    }
}

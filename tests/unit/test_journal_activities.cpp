#include "access.hpp"

#include <peer/formats/placement_file.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/journal.hpp>
#include <peer/journal/placements.hpp>

#include "fixtures.hpp"
#include "journals.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace peer;
using journal::ActivitySaved;
using model::Mode;
using model::ObserverStep;
using model::Presence;
using Codes = std::vector<std::string>;

namespace {

model::Activity wound_care()
{
    return {"SUR-WOUND-01",
            "Wound care after surgery",
            "Assess and dress a surgical wound",
            "Aseptic technique, per ward routine",
            "Prevents infection",
            {"LO4", "LO2"},
            "Ward 12",
            {"wound", "asepsis"}};
}

model::Activity pain()
{
    model::Activity a;
    a.code = "SUR-PAIN-01";
    a.title = "Pain assessment with NRS";
    a.outcomes = {"LO1"};
    a.tags = {"pain"};
    return a;
}

Codes codes_of(const std::vector<model::Activity>& activities)
{
    Codes codes;
    for (const auto& a : activities) {
        codes.push_back(a.code);
    }
    return codes;
}

// Ali's journal of the minimal placement (ali+bea, supervised by karin), with two activities.
journal::Journal alis_journal()
{
    auto j = test::minimal_journal("ali");
    REQUIRE(journal::add_activity(j, wound_care()) == ActivitySaved::added);
    REQUIRE(journal::add_activity(j, pain()) == ActivitySaved::added);
    return j;
}

model::LogEntry entry(const char* date, const char* code, Mode mode)
{
    model::LogEntry e;
    e.date = test::date(date);
    e.code = code;
    e.mode = mode;
    return e;
}

std::vector<model::LogEntry> history(journal::Journal& j, const journal::HistoryFilter& filter = {})
{
    std::vector<model::LogEntry> entries;
    journal::for_each_log_entry(j, filter, [&](const model::LogEntry& e) { entries.push_back(e); });
    return entries;
}

std::vector<std::int64_t> numbers(const std::vector<model::LogEntry>& entries)
{
    std::vector<std::int64_t> out;
    for (const auto& e : entries) {
        out.push_back(e.number);
    }
    return out;
}

} // namespace

TEST_SUITE("journal::activities")
{
    TEST_CASE("an added activity is found as it was given, and its code is taken")
    {
        auto j = journal::Journal::in_memory();
        CHECK_FALSE(journal::find_activity(j, "SUR-WOUND-01"));
        CHECK(journal::add_activity(j, wound_care()) == ActivitySaved::added);
        CHECK(journal::find_activity(j, "SUR-WOUND-01") == wound_care()); // lists in their order

        auto other = pain();
        other.code = "SUR-WOUND-01";
        CHECK(journal::add_activity(j, other) == ActivitySaved::code_taken);
        CHECK(journal::find_activity(j, "SUR-WOUND-01") == wound_care());
        CHECK(test::count(j, "SELECT count(*) FROM activity") == 1);
    }

    TEST_CASE("a code typed in another case finds its activity, unless two codes differ only so")
    {
        auto j = journal::Journal::in_memory();
        journal::add_activity(j, wound_care());
        const auto found = journal::find_activity(j, "sur-Wound-01");
        REQUIRE(found);
        CHECK(found->code == "SUR-WOUND-01");
        auto lower = pain();
        lower.code = "sur-wound-01";
        journal::add_activity(j, lower);
        CHECK(journal::find_activity(j, "sur-wound-01")->code == "sur-wound-01"); // exact first
        CHECK_FALSE(journal::find_activity(j, "Sur-Wound-01"));                   // which one?
    }

    TEST_CASE("update changes the activity of the code, or says nothing changed or it is not there")
    {
        auto j = journal::Journal::in_memory();
        journal::add_activity(j, wound_care());
        CHECK(journal::update_activity(j, wound_care()) == ActivitySaved::unchanged);

        auto changed = wound_care();
        changed.title = "Wound care";
        changed.tags = {"asepsis"};
        changed.outcomes = {"LO2", "LO4", "LO5"};
        changed.why.clear();
        CHECK(journal::update_activity(j, changed) == ActivitySaved::updated);
        CHECK(journal::find_activity(j, "SUR-WOUND-01") == changed);
        CHECK(test::count(j, "SELECT count(*) FROM activity_tag") == 1);
        CHECK(test::count(j, "SELECT count(*) FROM activity_outcome") == 3);
        CHECK(test::count(j, "SELECT count(*) FROM activity WHERE updated_at IS NOT NULL") == 1);

        CHECK(journal::update_activity(j, pain()) == ActivitySaved::not_found);
        CHECK_FALSE(journal::find_activity(j, "SUR-PAIN-01"));
    }

    TEST_CASE("list_activities by code, filtered by tag, outcome and text")
    {
        auto j = journal::Journal::in_memory();
        journal::add_activity(j, wound_care());
        journal::add_activity(j, pain());
        using Filter = journal::ActivityFilter;
        CHECK(codes_of(journal::list_activities(j, {})) == Codes{"SUR-PAIN-01", "SUR-WOUND-01"});
        CHECK(codes_of(journal::list_activities(j, Filter{"wound", "", ""}))
              == Codes{"SUR-WOUND-01"});
        CHECK(codes_of(journal::list_activities(j, Filter{"", "LO1", ""})) == Codes{"SUR-PAIN-01"});
        CHECK(journal::list_activities(j, Filter{"Wound", "", ""}).empty()); // tags match exactly
        SUBCASE("text, in any field and any case")
        {
            CHECK(codes_of(journal::list_activities(j, Filter{"", "", "nrs"}))
                  == Codes{"SUR-PAIN-01"});
            CHECK(codes_of(journal::list_activities(j, Filter{"", "", "ASEPTIC"}))
                  == Codes{"SUR-WOUND-01"}); // in how
            CHECK(codes_of(journal::list_activities(j, Filter{"", "", "sur-"}))
                  == Codes{"SUR-PAIN-01", "SUR-WOUND-01"});
            CHECK(journal::list_activities(j, Filter{"", "", "ward 12"}).empty()); // not the unit
        }
        SUBCASE("all filters at once")
        {
            CHECK(codes_of(journal::list_activities(j, Filter{"wound", "LO2", "infection"}))
                  == Codes{"SUR-WOUND-01"});
            CHECK(journal::list_activities(j, Filter{"wound", "LO1", ""}).empty());
        }
    }

    TEST_CASE("log_context is the owner's active pair and placement, or none without an owner")
    {
        auto j = journal::Journal::in_memory();
        CHECK_FALSE(journal::log_context(j));
        auto alis = alis_journal();
        const auto context = journal::log_context(alis);
        REQUIRE(context);
        CHECK(context->owner == "ali");
        CHECK(context->pair_students == Codes{"ali", "bea"});
        CHECK(context->placement == "vt27-ort-avd5");
        CHECK(context->programme_term == 3);
    }

    TEST_CASE("a logged entry is read back whole, with its number, pair and author")
    {
        auto j = alis_journal();
        const auto context = journal::log_context(j);
        REQUIRE(context);
        auto observed = entry("2027-01-19", "SUR-WOUND-01", Mode::observe);
        observed.partners = {"bea"};
        observed.patients = 2;
        observed.presence = Presence::partial;
        observed.note = "Bea dressed the wound; I observed.";
        observed.observer_steps = {ObserverStep::before, ObserverStep::after};
        CHECK(journal::add_log_entry(j, observed, *context) == 1);
        CHECK(journal::add_log_entry(j, entry("2027-01-18", "SUR-PAIN-01", Mode::perform), *context,
                                     {"070-1234567"})
              == 2);

        const auto entries = history(j);
        REQUIRE(entries.size() == 2);
        CHECK(entries[0].number == 2); // oldest date first
        CHECK(entries[0].partners.empty());
        CHECK_FALSE(entries[0].patients);
        CHECK_FALSE(entries[0].presence);
        CHECK(entries[0].observer_steps.empty());
        const auto& back = entries[1];
        CHECK(back.number == 1);
        CHECK(back.date == observed.date);
        CHECK(back.code == "SUR-WOUND-01");
        CHECK(back.mode == Mode::observe);
        CHECK(back.partners == std::vector<std::string>{"bea"});
        CHECK(back.patients == 2);
        CHECK(back.presence == Presence::partial);
        CHECK(back.note == observed.note);
        CHECK(back.observer_steps == observed.observer_steps);

        CHECK(test::count(j,
                          "SELECT count(*) FROM log_entry l JOIN person a ON a.id = l.author_id "
                          "JOIN pair_student ps ON ps.pair_id = l.pair_id AND ps.person_id = a.id "
                          "WHERE a.handle = 'ali'")
              == 2);
        CHECK(test::count(j,
                          "SELECT count(*) FROM allowed_identifier a JOIN log_entry l ON l.uuid = "
                          "a.record_uuid WHERE l.id = 2 AND a.record_kind = 'note' AND a.text = "
                          "'070-1234567'")
              == 1);
        CHECK(journal::find_log_entry(j, 1)->note == observed.note);
        CHECK_FALSE(journal::find_log_entry(j, 3));
    }

    TEST_CASE("for_each_log_entry passes only the entries of its filter, by date then number")
    {
        auto j = alis_journal();
        const auto context = journal::log_context(j);
        REQUIRE(context);
        auto with_bea = entry("2027-01-20", "SUR-WOUND-01", Mode::together);
        with_bea.partners = {"bea"};
        journal::add_log_entry(j, entry("2027-01-20", "SUR-PAIN-01", Mode::perform), *context); // 1
        journal::add_log_entry(j, entry("2027-01-18", "SUR-WOUND-01", Mode::perform),
                               *context);                                                      // 2
        journal::add_log_entry(j, with_bea, *context);                                         // 3
        journal::add_log_entry(j, entry("2027-01-25", "SUR-PAIN-01", Mode::retell), *context); // 4

        using Numbers = std::vector<std::int64_t>;
        journal::HistoryFilter filter;
        CHECK(numbers(history(j, filter)) == Numbers{2, 1, 3, 4});
        SUBCASE("from and to, both days included")
        {
            filter.from = test::date("2027-01-20");
            CHECK(numbers(history(j, filter)) == Numbers{1, 3, 4});
            filter.to = test::date("2027-01-20");
            CHECK(numbers(history(j, filter)) == Numbers{1, 3});
            filter.from = test::date("2027-01-21");
            CHECK(history(j, filter).empty());
        }
        SUBCASE("mode, code, partner and number")
        {
            filter.mode = Mode::perform;
            CHECK(numbers(history(j, filter)) == Numbers{2, 1});
            filter.code = "SUR-PAIN-01";
            CHECK(numbers(history(j, filter)) == Numbers{1});
            filter = {};
            filter.partner = "bea";
            CHECK(numbers(history(j, filter)) == Numbers{3});
            filter = {};
            filter.number = 4;
            CHECK(numbers(history(j, filter)) == Numbers{4});
            filter.mode = Mode::perform; // and: entry 4 is retold
            CHECK(history(j, filter).empty());
        }
    }

    TEST_CASE("progress_by_day counts each day's entries, its most patients and who was present")
    {
        auto j = alis_journal();
        CHECK(journal::progress_by_day(j).empty());
        const auto context = journal::log_context(j);
        REQUIRE(context);
        auto log = [&](const char* date, std::optional<int> patients,
                       std::optional<Presence> presence) {
            auto e = entry(date, "SUR-WOUND-01", Mode::perform);
            e.patients = patients;
            e.presence = presence;
            journal::add_log_entry(j, e, *context);
        };
        log("2027-01-19", 2, Presence::full);
        log("2027-01-18", std::nullopt, std::nullopt);
        log("2027-01-19", 4, Presence::partial);
        log("2027-01-19", 1, Presence::full);
        log("2027-01-21", 0, Presence::none);

        const auto days = journal::progress_by_day(j);
        REQUIRE(days.size() == 3); // only days with entries, in order
        CHECK(days[0].date == test::date("2027-01-18"));
        CHECK(days[0].entries == 1);
        CHECK(days[0].patients == 0);
        CHECK(days[0].with_full + days[0].with_partial + days[0].with_none == 0);
        CHECK(days[1].date == test::date("2027-01-19"));
        CHECK(days[1].entries == 3);
        CHECK(days[1].patients == 4);
        CHECK(days[1].with_full == 2);
        CHECK(days[1].with_partial == 1);
        CHECK(days[1].with_none == 0);
        CHECK(days[2].date == test::date("2027-01-21"));
        CHECK(days[2].entries == 1);
        CHECK(days[2].with_none == 1);
    }
}

// The journal's queries take a const Journal& (issue 10), its writers a Journal&, and reading
// writes no row.

#include "access.hpp"
#include <peer/journal/activities.hpp>
#include <peer/journal/health.hpp>
#include <peer/journal/journal.hpp>
#include <peer/journal/people.hpp>
#include <peer/journal/placements.hpp>
#include <peer/journal/search.hpp>
#include <peer/journal/writing.hpp>

#include "fixtures.hpp"
#include "journals.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <type_traits>

using namespace peer;
using journal::Journal;

// A writer cannot be handed a const journal; the queries can (the test case below calls each).
static_assert(
    !std::is_invocable_v<decltype(&journal::add_person), const Journal&, const model::Person&>);
static_assert(
    !std::is_invocable_v<decltype(&journal::claim_owner), const Journal&, const std::string&>);
static_assert(!std::is_invocable_v<decltype(&journal::apply_setup), const Journal&,
                                   const model::PlacementSetup&, bool>);
static_assert(
    !std::is_invocable_v<decltype(&journal::add_log_entry), const Journal&, const model::LogEntry&,
                         const journal::LogContext&, const std::vector<std::string>&>);
static_assert(!std::is_invocable_v<decltype(&journal::save_reflection), const Journal&,
                                   model::Reflection&, const journal::AllowedIdentifiers&>);

namespace {

// Ali's journal (tests/unit/journals.hpp), with something of every kind written.
Journal written_journal()
{
    auto j = test::alis_journal();
    const auto context = journal::log_context(j);
    REQUIRE(context);
    model::LogEntry entry;
    entry.date = test::date("2027-01-19");
    entry.code = "SUR-WOUND-01";
    entry.partners = {"bea"};
    entry.note = "Dressing changed, wound clean";
    journal::add_log_entry(j, entry, *context);

    model::Reflection reflection;
    reflection.author = "ali";
    reflection.date = test::date("2027-01-19");
    reflection.code = "SUR-WOUND-01";
    reflection.answers = {"The wound", "", "", "", "", "Ask first"};
    journal::save_reflection(j, reflection, {});

    model::Feedback feedback;
    feedback.author = "ali";
    feedback.recipient = "bea";
    feedback.date = test::date("2027-01-19");
    feedback.answers = {"Calm voice", "Morning round", "Pace", "Pause"};
    journal::save_feedback(j, feedback, {});

    model::Briefing briefing;
    briefing.author = "ali";
    briefing.date = test::date("2027-01-19");
    briefing.code = "SUR-WOUND-01";
    briefing.answers = {"Bea asks", "Her voice", "We slow down"};
    journal::save_briefing(j, briefing, {});
    return j;
}

int total_changes(const Journal& j)
{
    int changes = 0;
    journal::Access::read(j, [&](SQLite::Database& db) { changes = db.getTotalChanges(); });
    return changes;
}

} // namespace

TEST_SUITE("journal::queries")
{
    TEST_CASE("every query reads a const journal, and changes no row")
    {
        const auto owned = written_journal();
        const Journal& j = owned;
        const auto before = total_changes(j);
        REQUIRE(before > 0);

        CHECK(journal::find_activity(j, "SUR-WOUND-01"));
        CHECK(journal::list_activities(j, {}).size() == 1);
        const auto context = journal::log_context(j);
        REQUIRE(context);
        CHECK(context->pair_students == std::vector<std::string>{"ali", "bea"});
        int entries = 0;
        journal::for_each_log_entry(j, {}, [&](const model::LogEntry&) { ++entries; });
        CHECK(entries == 1);
        CHECK(journal::find_log_entry(j, 1));
        CHECK(journal::progress_by_day(j).size() == 1);

        CHECK(journal::find_person(j, "karin"));
        CHECK_FALSE(journal::list_people(j).empty());
        CHECK(journal::list_placements(j).size() == 1);
        CHECK(journal::load_setup(j, "vt27-ort-avd5"));
        CHECK(journal::journal_owner(j) == "ali");

        journal::SearchQuery query;
        query.text = "dressing";
        CHECK(journal::search(j, query).size() == 1);

        CHECK(journal::find_writer(j));
        CHECK(journal::find_reflection(j, 1));
        CHECK(journal::list_reflections(j, {}).size() == 1);
        CHECK(journal::last_action_plan(j, "SUR-WOUND-01"));
        CHECK(journal::find_feedback(j, 1));
        CHECK(journal::list_feedback(j, {}).size() == 1);
        CHECK(journal::find_briefing(j, 1));
        CHECK(journal::list_briefings(j, std::nullopt).size() == 1);
        CHECK(journal::check_health(j).healthy());

        CHECK(total_changes(j) == before);
    }
}

#include "access.hpp"
#include <peer/app/import_activities.hpp>
#include <peer/core/error.hpp>
#include <peer/formats/placement_file.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/placements.hpp>
#include <peer/journal/search.hpp>
#include <peer/journal/writing.hpp>

#include "fixtures.hpp"
#include "journals.hpp"
#include "scratch.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

using namespace peer;

namespace {

// A journal of ali's, of the minimal placement (ali+bea supervised by karin, cem+dana by olof),
// with one activity.
journal::Journal alis_journal(const std::string& owner = "ali")
{
    auto j = test::minimal_journal(owner);
    model::Activity pain;
    pain.code = "SUR-PAIN-01";
    pain.title = "Pain assessment with NRS";
    journal::add_activity(j, pain);
    return j;
}

model::Reflection reflection(std::vector<std::string> stages, bool draft = false)
{
    model::Reflection r;
    r.author = "ali";
    r.date = test::date("2026-11-05");
    r.code = "SUR-PAIN-01";
    r.answers = std::move(stages);
    r.draft = draft;
    return r;
}

} // namespace

TEST_SUITE("journal::writing")
{
    TEST_CASE("find_writer: a student addresses the partner and staff the students they supervise")
    {
        auto j = alis_journal();
        const auto ali = journal::find_writer(j);
        REQUIRE(ali);
        CHECK_FALSE(ali->staff);
        CHECK(ali->may_address == std::vector<std::string>{"bea"});

        auto k = alis_journal("karin");
        const auto karin = journal::find_writer(k);
        REQUIRE(karin);
        CHECK(karin->staff);
        CHECK(karin->may_address == std::vector<std::string>{"ali", "bea"});

        auto none = journal::Journal::in_memory();
        CHECK_FALSE(journal::find_writer(none));
    }

    TEST_CASE("save_reflection adds, then replaces, and find and list read it back")
    {
        auto j = alis_journal();
        auto r = reflection({"Desc", "", "", "", "", ""}, true);
        const auto number = journal::save_reflection(j, r, {});
        CHECK(number == 1);
        CHECK(r.uuid.size() == 36);
        auto found = journal::find_reflection(j, number);
        REQUIRE(found);
        CHECK(found->draft);
        CHECK(found->answers == r.answers);
        CHECK(found->code == "SUR-PAIN-01");

        found->answers = {"Desc", "Feel", "Eval", "Anal", "Conc", "Plan"};
        found->draft = false;
        CHECK(journal::save_reflection(j, *found, {}) == number);
        CHECK(journal::find_reflection(j, number)->answers.at(5) == "Plan");
        CHECK(journal::find_reflection(j, number)->uuid == r.uuid);
        CHECK(test::count(j, "SELECT count(*) FROM reflection") == 1);

        journal::ReflectionFilter drafts;
        drafts.drafts = true;
        CHECK(journal::list_reflections(j, drafts).empty());
        CHECK(journal::list_reflections(j, {}).size() == 1);
    }

    TEST_CASE("last_action_plan: the newest saved reflection's, not a draft's")
    {
        auto j = alis_journal();
        auto first = reflection({"a", "b", "c", "d", "e", "Ask first"});
        journal::save_reflection(j, first, {});
        auto draft = reflection({"a", "", "", "", "", "Draft plan"}, true);
        journal::save_reflection(j, draft, {});
        const auto plan = journal::last_action_plan(j, "SUR-PAIN-01");
        REQUIRE(plan);
        CHECK(plan->text == "Ask first");
        CHECK_FALSE(journal::last_action_plan(j, "SUR-PAIN-01", first.number));
        CHECK_FALSE(journal::last_action_plan(j, "OTHER"));
    }

    TEST_CASE(
        "an identifier is refused by the journal itself, unless allowed, and allowed ones are "
        "recorded")
    {
        auto j = alis_journal();
        auto r = reflection({"Patient 121212-1212", "", "", "", "", ""});
        CHECK_THROWS_AS(journal::save_reflection(j, r, {}), Error);
        CHECK(test::count(j, "SELECT count(*) FROM reflection") == 0);
        journal::save_reflection(j, r, {"121212-1212"});
        CHECK(test::count(j, "SELECT count(*) FROM allowed_identifier WHERE record_kind = "
                             "'reflection' AND text = '121212-1212'")
              == 1);
    }

    TEST_CASE("feedback: author, recipient and a stable id, and listed by direction")
    {
        auto j = alis_journal();
        model::Feedback f;
        f.author = "ali";
        f.recipient = "bea";
        f.date = test::date("2026-11-05");
        f.answers = {"Calm voice", "Morning round", "Pace", "Pause between questions"};
        CHECK(journal::save_feedback(j, f, {}) == 1);
        const auto found = journal::find_feedback(j, 1);
        REQUIRE(found);
        CHECK(found->uuid == f.uuid);
        CHECK(found->recipient == "bea");
        CHECK(found->answers == f.answers);
        CHECK(journal::list_feedback(j, {"ali", ""}).size() == 1);
        CHECK(journal::list_feedback(j, {"", "ali"}).empty());
    }

    TEST_CASE("briefings keep their kind's sections")
    {
        auto j = alis_journal();
        model::Briefing after;
        after.kind = model::BriefingKind::after;
        after.author = "ali";
        after.date = test::date("2026-11-05");
        after.code = "SUR-PAIN-01";
        after.answers = {"Went well", "Bea: slow down"};
        journal::save_briefing(j, after, {});
        const auto found = journal::find_briefing(j, after.number);
        REQUIRE(found);
        CHECK(found->kind == model::BriefingKind::after);
        CHECK(found->answers == after.answers);
        CHECK(journal::list_briefings(j, model::BriefingKind::before).empty());
    }

    TEST_CASE("search: ranked hits of every kind, prefixes, å ä ö in any case")
    {
        auto j = alis_journal();
        auto r = reflection({"Smärtskattning med NRS", "Ödmjuk", "", "", "", ""});
        journal::save_reflection(j, r, {});
        model::Feedback f;
        f.author = "ali";
        f.recipient = "bea";
        f.date = test::date("2026-11-06");
        f.answers = {"Lugn", "SMÄRTSKATTNING på ronden", "Tempo", "Pausa"};
        journal::save_feedback(j, f, {});

        journal::SearchQuery query;
        query.text = "smärt*";
        auto hits = journal::search(j, query);
        REQUIRE(hits.size() == 2);
        for (const auto& hit : hits) {
            REQUIRE(hit.matches.size() == 1);
            CHECK(hit.snippet.substr(hit.matches[0].first, hit.matches[0].second).size()
                  == std::string("Smärtskattning").size());
        }
        query.kinds = {model::WritingKind::feedback};
        hits = journal::search(j, query);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].kind == model::WritingKind::feedback);
        CHECK(hits[0].date == test::date("2026-11-06"));

        query.kinds.clear();
        query.from = test::date("2026-11-06");
        CHECK(journal::search(j, query).size() == 1);

        query = {};
        query.text = "ÖDMJUK";
        CHECK(journal::search(j, query).size() == 1);
        query.text = "odmjuk"; // ö is not o
        CHECK(journal::search(j, query).empty());
        query.text = "smärt"; // without * a whole word is wanted
        CHECK(journal::search(j, query).empty());
    }

    TEST_CASE("an import indexes its notes at its end, and the next entry is indexed as it is "
              "added")
    {
        auto j = alis_journal();
        test::ScratchDir dir;
        const auto log = dir / "log.csv";
        test::write_file(log, "date,code,mode,note\n"
                              "2026-11-05,SUR-PAIN-01,perform,Smärtskattning\n"
                              "2026-11-06,SUR-PAIN-01,perform,\n");
        const auto result = app::import_files(
            j,
            {app::ImportKind::log,
             {log},
             false,
             Date{std::chrono::year{2026}, std::chrono::month{12}, std::chrono::day{1}},
             Encoding::utf8,
             {}},
            nullptr);
        REQUIRE(result.written);
        CHECK(test::count(j, "SELECT count(*) FROM writing_search") == 1);

        const auto context = journal::log_context(j);
        REQUIRE(context);
        model::LogEntry entry;
        entry.date = test::date("2026-11-07");
        entry.code = "SUR-PAIN-01";
        entry.mode = model::Mode::perform;
        entry.note = "Smärtlindring";
        journal::add_log_entry(j, entry, *context);
        journal::SearchQuery query;
        query.text = "smärt*";
        CHECK(journal::search(j, query).size() == 2);
    }

    TEST_CASE("fts_query quotes every word, so nothing is taken for syntax")
    {
        CHECK(journal::fts_query("smärt* SUR-PAIN \"x") == "\"smärt\"* \"SUR-PAIN\" \"\"\"x\"");
        CHECK_FALSE(journal::fts_query("  * "));
    }
}

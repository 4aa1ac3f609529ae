#include "access.hpp"
#include "scratch.hpp"

#include <peer/formats/assessment_form.hpp>
#include <peer/formats/placement_file.hpp>
#include <peer/journal/journal.hpp>
#include <peer/journal/placements.hpp>

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <algorithm>

using namespace peer;
using journal::ChangeKind;

namespace {

model::PlacementSetup minimal()
{
    const auto path =
        std::filesystem::path(__FILE__).parent_path() / "../fixtures/placement/valid-minimal.toml";
    auto result = formats::read_placement_file(path);
    REQUIRE(result.file);
    return result.file->setup;
}

std::int64_t count(journal::Journal& j, const char* sql)
{
    std::int64_t n = 0;
    peer::journal::Access::read(j,
                                [&](SQLite::Database& db) { n = db.execAndGet(sql).getInt64(); });
    return n;
}

} // namespace

TEST_SUITE("journal::placements")
{
    TEST_CASE("apply writes the setup, and again changes nothing")
    {
        auto j = journal::Journal::in_memory();
        const auto setup = minimal();
        const auto first = journal::apply_setup(j, setup, false);
        CHECK(first.refused.empty());
        CHECK(first.changes.size() == 1 + 3 + 4 + 2);
        CHECK(journal::load_setup(j, "vt27-ort-avd5")->pairs == setup.pairs);
        CHECK(journal::apply_setup(j, setup, false).changes.empty());
    }

    TEST_CASE("load_setup gives back what was applied")
    {
        auto j = journal::Journal::in_memory();
        const auto setup = minimal();
        journal::apply_setup(j, setup, false);
        const auto loaded = journal::load_setup(j, "vt27-ort-avd5");
        REQUIRE(loaded);
        CHECK(loaded->placement == setup.placement);
        CHECK(loaded->students.size() == 4);
        CHECK(loaded->staff.size() == 3);
        CHECK_FALSE(journal::load_setup(j, "nothing"));
    }

    TEST_CASE("a placement's assessment form is kept with it, and a changed form is a change")
    {
        auto j = journal::Journal::in_memory();
        auto setup = minimal();
        auto form = formats::read_assessment_form(std::filesystem::path(__FILE__).parent_path()
                                                  / "../fixtures/assessment/three-levels.toml");
        REQUIRE(form.form);
        setup.placement.assessment_form = form.form;
        journal::apply_setup(j, setup, false);
        CHECK(journal::load_setup(j, "vt27-ort-avd5")->placement == setup.placement);
        CHECK(journal::apply_setup(j, setup, false).changes.empty());

        setup.placement.assessment_form->scale[1].name.en = "Passed";
        CHECK(journal::apply_setup(j, setup, false).changes.size() == 1);
        CHECK(journal::load_setup(j, "vt27-ort-avd5")->placement.assessment_form
              == setup.placement.assessment_form);
        CHECK(count(j, "SELECT count(*) FROM placement WHERE json_valid(assessment_form)") == 1);
    }

    TEST_CASE("an edited setup reports what changed")
    {
        auto j = journal::Journal::in_memory();
        auto setup = minimal();
        journal::apply_setup(j, setup, false);
        setup.pairs[0].supervisors = {"karin", "olof"};
        setup.students.pop_back(); // dana
        setup.pairs.pop_back();    // cem+dana
        const auto result = journal::apply_setup(j, setup, false);
        REQUIRE(result.refused.empty());
        auto has = [&](ChangeKind kind, const char* what, const char* id) {
            return std::ranges::any_of(result.changes, [&](const journal::Change& c) {
                return c.kind == kind && c.what == what && c.id == id;
            });
        };
        CHECK(has(ChangeKind::changed, "pair", "ali+bea"));
        CHECK(has(ChangeKind::removed, "student", "dana"));
        CHECK(has(ChangeKind::removed, "pair", "cem+dana"));
        CHECK(count(j, "SELECT count(*) FROM pair") == 1);
    }

    TEST_CASE("removing what has log entries is refused, or archived")
    {
        auto j = journal::Journal::in_memory();
        auto setup = minimal();
        journal::apply_setup(j, setup, false);
        peer::journal::Access::write(j, [](SQLite::Database& db) {
            db.exec(
                "INSERT INTO activity (uuid, code, title) VALUES ('a', 'W1', 'Wounds');"
                "INSERT INTO feedback (uuid, author_id, recipient_id, date, strength, "
                "situation, improve, how) SELECT 'f', a.id, b.id, '2027-01-20', 's', 't', "
                "'i', 'h' FROM person a, person b WHERE a.handle = 'cem' AND b.handle = 'dana'");
        });
        setup.students.pop_back();
        setup.pairs.pop_back();
        const auto refused = journal::apply_setup(j, setup, false);
        REQUIRE(refused.refused.size() == 1);
        CHECK(refused.refused[0].id == "dana");
        CHECK(refused.refused[0].feedback == 1);
        CHECK(refused.changes.empty());
        CHECK(count(j, "SELECT count(*) FROM placement_student") == 4);

        const auto archived = journal::apply_setup(j, setup, true);
        CHECK(archived.refused.empty());
        CHECK(count(j, "SELECT count(*) FROM placement_student WHERE archived_at IS NOT NULL")
              == 1);
        CHECK(count(j, "SELECT count(*) FROM feedback") == 1);
    }

    TEST_CASE("the owner is claimed once")
    {
        auto j = journal::Journal::in_memory();
        CHECK_FALSE(journal::journal_owner(j));
        CHECK(journal::claim_owner(j, "ali") == "ali");
        CHECK(journal::claim_owner(j, "bea") == "ali");
        CHECK(journal::journal_owner(j) == "ali");
    }
}

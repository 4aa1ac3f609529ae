#include "access.hpp"
#include "scratch.hpp"

#include <peer/app/join_placement.hpp>
#include <peer/formats/placement_file.hpp>
#include <peer/formats/placement_writer.hpp>

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

using namespace peer;

namespace {

const auto k_placement =
    std::filesystem::path(__FILE__).parent_path() / "../fixtures/placement/valid-minimal.toml";

// Ali's handout of the minimal placement, written to `scratch`.
std::filesystem::path alis_handout(const test::ScratchDir& scratch)
{
    auto read = formats::read_placement_file(k_placement);
    REQUIRE(read.file);
    const auto path = scratch / "ali.toml";
    test::write_file(path, formats::to_toml(formats::handout_for(read.file->setup, "ali")));
    return path;
}

std::int64_t placements(journal::Journal& journal)
{
    std::int64_t n = 0;
    journal::Access::read(journal, [&](SQLite::Database& db) {
        n = db.execAndGet("SELECT count(*) FROM placement").getInt64();
    });
    return n;
}

} // namespace

TEST_SUITE("app::join_placement")
{
    TEST_CASE("a student joins with their handout and owns the journal")
    {
        test::ScratchDir scratch;
        auto journal = journal::Journal::in_memory();
        const auto joined = app::join_placement(journal, alis_handout(scratch), "", false);
        REQUIRE(joined);
        CHECK(joined->placement == "vt27-ort-avd5");
        CHECK(joined->owner == "ali");
        CHECK_FALSE(joined->applied.changes.empty());
        CHECK(journal::journal_owner(journal) == "ali");
        SUBCASE("joining again changes nothing")
        {
            const auto again = app::join_placement(journal, alis_handout(scratch), "", false);
            REQUIRE(again);
            CHECK(again->applied.changes.empty());
        }
    }

    TEST_CASE("a member of staff joins the whole file with --as")
    {
        auto journal = journal::Journal::in_memory();
        const auto joined = app::join_placement(journal, k_placement, "karin", false);
        REQUIRE(joined);
        CHECK(joined->owner == "karin");
    }

    TEST_CASE("who cannot join is told so, and nothing is written")
    {
        test::ScratchDir scratch;
        auto journal = journal::Journal::in_memory();
        SUBCASE("a whole file without --as")
        {
            const auto joined = app::join_placement(journal, k_placement, "", false);
            REQUIRE_FALSE(joined);
            CHECK(joined.problem().diagnostics.back().message.en.find("--as YOUR-ID")
                  != std::string::npos);
        }
        SUBCASE("--as someone the file's staff does not have")
        {
            CHECK_FALSE(app::join_placement(journal, k_placement, "nobody", false));
        }
        SUBCASE("a handout of someone else than --as")
        {
            CHECK_FALSE(app::join_placement(journal, alis_handout(scratch), "bea", false));
        }
        SUBCASE("a journal that belongs to someone else: the placement is not written either")
        {
            journal::claim_owner(journal, "bea");
            const auto joined = app::join_placement(journal, alis_handout(scratch), "", false);
            REQUIRE_FALSE(joined);
            CHECK(joined.problem().diagnostics.back().message.en
                  == "this journal is bea's, and ali joins; join in ali's own journal");
        }
        SUBCASE("a file with errors")
        {
            test::write_file(scratch / "broken.toml", "[placement\n");
            const auto joined = app::join_placement(journal, scratch / "broken.toml", "", false);
            REQUIRE_FALSE(joined);
            CHECK(joined.problem().diagnostics.front().id == "FMT-SYNTAX");
        }
        CHECK(placements(journal) == 0);
    }
}

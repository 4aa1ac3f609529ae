#include "journals.hpp"

#include <peer/formats/placement_file.hpp>
#include <peer/journal/journal.hpp>
#include <peer/journal/placements.hpp>

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace peer;
using journal::PairSaved;

namespace {

constexpr const char* k_placement = "vt27-ort-avd5";

// The minimal placement: ali+bea supervised by karin, cem+dana by olof.
journal::Journal applied()
{
    return test::minimal_journal();
}

std::int64_t count(journal::Journal& j, const std::string& sql)
{
    std::int64_t n = 0;
    journal::Access::read(j, [&](SQLite::Database& db) { n = db.execAndGet(sql).getInt64(); });
    return n;
}

std::vector<model::Pair> active_pairs(journal::Journal& j)
{
    const auto setup = journal::load_setup(j, k_placement);
    REQUIRE(setup);
    return setup->pairs;
}

// A log entry of ali's in the pair ali is in.
void log_in_alis_pair(journal::Journal& j)
{
    journal::Access::write(j, [](SQLite::Database& db) {
        db.exec("INSERT INTO activity (uuid, code, title) VALUES ('a', 'W1', 'Wounds');"
                "INSERT INTO log_entry (uuid, date, activity_id, mode, author_id, pair_id) "
                "SELECT 'l', '2027-01-20', 1, 'perform', p.id, ps.pair_id FROM person p "
                "JOIN pair_student ps ON ps.person_id = p.id WHERE p.handle = 'ali'");
    });
    REQUIRE(count(j, "SELECT count(*) FROM log_entry WHERE pair_id IS NOT NULL") == 1);
}

} // namespace

TEST_SUITE("journal::pairs")
{
    TEST_CASE("a pair removed by hand and added again, with its supervisors and reason")
    {
        auto j = applied();
        const auto removed = journal::remove_pair(j, k_placement, "bea", false);
        CHECK(removed.saved == PairSaved::removed);
        CHECK(removed.refused.empty());
        CHECK(count(j, "SELECT count(*) FROM pair") == 1);
        CHECK(count(j, "SELECT count(*) FROM pair_student") == 2);
        CHECK(count(j, "SELECT count(*) FROM pair_supervisor") == 1);
        REQUIRE(active_pairs(j).size() == 1);
        CHECK(active_pairs(j)[0].students == std::vector<std::string>{"cem", "dana"});

        const model::Pair pair{{"bea", "ali"}, {"olof", "karin"}, "Bea asked for Olof"};
        const auto added = journal::add_pair(j, k_placement, pair);
        CHECK(added.saved == PairSaved::added);
        const auto pairs = active_pairs(j);
        REQUIRE(pairs.size() == 2);
        CHECK(std::ranges::find(pairs, pair) != pairs.end()); // in the order given
        CHECK(count(j, "SELECT count(*) FROM pair WHERE uuid IS NULL OR uuid = ''") == 0);
    }

    TEST_CASE("an unknown placement, or a student in no pair, is not found and changes nothing")
    {
        auto j = applied();
        CHECK(journal::add_pair(j, "nothing", {{"ali", "bea"}, {"karin"}, ""}).saved
              == PairSaved::not_found);
        CHECK(journal::remove_pair(j, "nothing", "ali", false).saved == PairSaved::not_found);
        CHECK(journal::remove_pair(j, k_placement, "nobody", true).saved == PairSaved::not_found);
        CHECK(journal::remove_pair(j, k_placement, "karin", true).saved == PairSaved::not_found);
        CHECK(count(j, "SELECT count(*) FROM pair") == 2);
        CHECK(count(j, "SELECT count(*) FROM pair_student") == 4);
    }

    TEST_CASE("a pair with log entries is refused, with what it would lose, or archived")
    {
        auto j = applied();
        log_in_alis_pair(j);

        const auto refused = journal::remove_pair(j, k_placement, "ali", false);
        CHECK(refused.saved == PairSaved::refused);
        REQUIRE(refused.refused.size() == 1);
        CHECK(refused.refused[0].what == "pair");
        CHECK(refused.refused[0].id == "ali+bea");
        CHECK(refused.refused[0].log_entries == 1);
        CHECK(active_pairs(j).size() == 2);
        CHECK(count(j, "SELECT count(*) FROM pair WHERE archived_at IS NOT NULL") == 0);

        const auto archived = journal::remove_pair(j, k_placement, "ali", true);
        CHECK(archived.saved == PairSaved::archived);
        CHECK(archived.refused.empty());
        REQUIRE(active_pairs(j).size() == 1);
        CHECK(active_pairs(j)[0].students == std::vector<std::string>{"cem", "dana"});
        // Kept, with its students and its entry, out of the active placement.
        CHECK(count(j, "SELECT count(*) FROM pair WHERE archived_at IS NOT NULL") == 1);
        CHECK(count(j, "SELECT count(*) FROM pair_student") == 4);
        CHECK(count(j, "SELECT count(*) FROM log_entry l JOIN pair p ON p.id = l.pair_id "
                       "WHERE p.archived_at IS NOT NULL")
              == 1);
        // An archived pair is no longer one to remove; a new pair for ali may be added.
        CHECK(journal::remove_pair(j, k_placement, "ali", true).saved == PairSaved::not_found);
        CHECK(journal::add_pair(j, k_placement, {{"ali", "bea"}, {"karin"}, ""}).saved
              == PairSaved::added);
        CHECK(active_pairs(j).size() == 2);
    }

    TEST_CASE("pairs changed inside a write that fails are left as they were")
    {
        auto j = applied();
        CHECK_THROWS_AS(j.write([&] {
            journal::remove_pair(j, k_placement, "ali", false);
            journal::add_pair(j, k_placement, {{"ali", "dana"}, {"karin"}, ""});
            throw std::runtime_error("the command failed after its writes");
        }),
                        std::runtime_error);
        const auto pairs = active_pairs(j);
        REQUIRE(pairs.size() == 2);
        CHECK(pairs[0].students == std::vector<std::string>{"ali", "bea"});
        CHECK(pairs[1].students == std::vector<std::string>{"cem", "dana"});
    }
}

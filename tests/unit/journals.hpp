#pragma once
// Journals for the tests: the minimal placement of tests/fixtures/placement/valid-minimal.toml
// (ali+bea supervised by karin, cem+dana by olof), applied in memory.

#include "access.hpp"

#include <peer/formats/placement_file.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/placements.hpp>

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <string>

namespace peer::test {

inline std::filesystem::path fixture(const std::string& name)
{
    return std::filesystem::path(__FILE__).parent_path() / "../fixtures" / name;
}

// The minimal placement applied; owned by `owner` unless it is empty.
inline journal::Journal minimal_journal(const std::string& owner = "")
{
    auto journal = journal::Journal::in_memory();
    auto read = formats::read_placement_file(fixture("placement/valid-minimal.toml"));
    REQUIRE(read.file);
    REQUIRE(journal::apply_setup(journal, read.file->setup, false).refused.empty());
    if (!owner.empty()) {
        journal::claim_owner(journal, owner);
    }
    return journal;
}

// Ali's journal: the minimal placement, Ali its owner (his partner is Bea), one activity.
inline journal::Journal alis_journal()
{
    auto journal = minimal_journal("ali");
    journal::add_activity(journal, {"SUR-WOUND-01", "Wound care", "", "", "", {}, "", {}});
    return journal;
}

// The one number a query such as "SELECT count(*) FROM reflection" gives.
inline std::int64_t count(journal::Journal& journal, const std::string& sql)
{
    std::int64_t n = 0;
    journal::Access::read(journal,
                          [&](SQLite::Database& db) { n = db.execAndGet(sql).getInt64(); });
    return n;
}

// The one text a query such as "SELECT description FROM reflection" gives.
inline std::string text(journal::Journal& journal, const std::string& sql)
{
    std::string out;
    journal::Access::read(journal,
                          [&](SQLite::Database& db) { out = db.execAndGet(sql).getString(); });
    return out;
}

} // namespace peer::test

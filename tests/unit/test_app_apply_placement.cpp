#include <peer/app/apply_placement.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace peer;

namespace {

// A request to apply the fixture `name`, with the built-in rule set and the default date.
app::ApplyRequest fixture(const char* name)
{
    app::ApplyRequest request;
    request.file = std::filesystem::path(__FILE__).parent_path() / "../fixtures/placement" / name;
    return request;
}

} // namespace

TEST_SUITE("app::apply_placement")
{
    TEST_CASE("apply_placement writes a sound file, and the same file again changes nothing")
    {
        auto journal = journal::Journal::in_memory();
        const auto applied = app::apply_placement(journal, fixture("valid-minimal.toml"));
        REQUIRE(applied);
        CHECK(applied->placement == "vt27-ort-avd5");
        CHECK_FALSE(applied->applied.changes.empty());
        CHECK(applied->applied.refused.empty());
        CHECK(journal::list_placements(journal).size() == 1);
        const auto again = app::apply_placement(journal, fixture("valid-minimal.toml"));
        REQUIRE(again);
        CHECK(again->applied.changes.empty());
    }

    TEST_CASE("apply_placement refuses a file with errors with every error, and writes nothing")
    {
        auto journal = journal::Journal::in_memory();
        const auto applied = app::apply_placement(journal, fixture("bad-level.toml"));
        REQUIRE_FALSE(applied);
        const auto& diagnostics = applied.problem().diagnostics;
        CHECK(std::ranges::any_of(diagnostics, [](const auto& d) { return d.id == "FMT-VALUE"; }));
        CHECK(diagnostics.back().message.en.ends_with("has errors; nothing was written"));
        CHECK(journal::list_placements(journal).empty());
    }
}

#include "scratch.hpp"

#include <peer/placement_check/check.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace peer;

namespace {

const std::filesystem::path k_examples =
    std::filesystem::path(__FILE__).parent_path() / "../../examples";
const std::filesystem::path k_fixtures =
    std::filesystem::path(__FILE__).parent_path() / "../fixtures/placement";

bool has(const Diagnostics& diagnostics, std::string_view id, int line)
{
    return std::ranges::any_of(diagnostics, [&](const Diagnostic& d) {
        return d.id == id && d.where && d.where->line == line;
    });
}

} // namespace

TEST_SUITE("placement_check::check")
{
    TEST_CASE("the example placement passes with one warning")
    {
        const auto checked = placement_check::check_placement_file(k_examples / "placement.toml",
                                                                   std::nullopt, std::nullopt);
        REQUIRE(checked.diagnostics.size() == 1);
        CHECK(checked.diagnostics[0].id == "PAIR-SIZE");
        CHECK(checked.diagnostics[0].severity == Severity::warning);
        CHECK(checked.rule_set == "Region Skåne supervisor model");
        CHECK(checked.findings.size() > 40);
    }

    TEST_CASE("the broken example reports format and rule problems at their lines")
    {
        const auto checked = placement_check::check_placement_file(
            k_examples / "placement-broken.toml", std::nullopt, std::nullopt);
        CHECK(has(checked.diagnostics, "CT-NO-EXAM", 35));
        CHECK(has(checked.diagnostics, "FMT-KEY", 75));
        CHECK(has(checked.diagnostics, "SUP-TRAINING", 129));
        CHECK(has(checked.diagnostics, "PAIR-SIZE", 245));
        CHECK(std::ranges::is_sorted(checked.diagnostics, {},
                                     [](const Diagnostic& d) { return d.where->line; }));
    }

    TEST_CASE("a novice must have a team in every pair they supervise")
    {
        const auto checked = placement_check::check_placement_file(
            k_fixtures / "valid-minimal.toml", std::nullopt, std::nullopt);
        REQUIRE(checked.file);
        auto setup = checked.file->setup;
        setup.staff[1].staff->in_profession_since = parse_date("2026-06-01"); // olof, a novice
        setup.pairs[0].supervisors = {"karin", "olof"};                       // a team here
        const auto findings =
            placement_check::check_setup(setup, rules::default_rule_set(), setup.placement.end);
        const auto olof = std::ranges::find_if(findings, [](const rules::Finding& f) {
            return f.subject == "olof" && f.rule == "SUP-EXPERIENCE";
        });
        REQUIRE(olof != findings.end());
        CHECK(olof->verdict == rules::Verdict::error); // alone with cem+dana
    }

    TEST_CASE("deadlines are judged on the placement's end unless told otherwise")
    {
        model::Placement placement;
        placement.end = *parse_date("2027-02-26");
        CHECK(placement_check::default_as_of(placement) == placement.end);
    }
}

TEST_SUITE("placement_check::check_new_pair")
{
    TEST_CASE("a new pair is judged with the placement's other pairs")
    {
        const auto checked = placement_check::check_placement_file(
            k_fixtures / "valid-minimal.toml", std::nullopt, std::nullopt);
        REQUIRE(checked.file);
        auto setup = checked.file->setup;
        setup.pairs.pop_back(); // cem and dana are free again
        const auto& rules = rules::default_rule_set();
        const auto as_of = setup.placement.end;

        CHECK(placement_check::check_new_pair(setup, {{"cem", "dana"}, {"olof"}, ""}, rules, as_of)
                  .sound());

        const auto taken =
            placement_check::check_new_pair(setup, {{"cem", "ali"}, {"olof"}, ""}, rules, as_of);
        REQUIRE(taken.problems.size() == 1);
        CHECK(taken.problems[0].id == "FMT-DUPLICATE");

        const auto stranger =
            placement_check::check_new_pair(setup, {{"cem", "zed"}, {"nobody"}, ""}, rules, as_of);
        CHECK(stranger.problems.size() == 2);
        CHECK(stranger.problems[0].id == "PAIR-PLACEMENT");

        const auto three = placement_check::check_new_pair(
            setup, {{"cem", "dana", "ali"}, {"olof"}, ""}, rules, as_of);
        CHECK_FALSE(three.sound());

        setup.staff[1].staff->in_profession_since = parse_date("2026-06-01"); // olof, a novice
        const auto novice =
            placement_check::check_new_pair(setup, {{"cem", "dana"}, {"olof"}, ""}, rules, as_of);
        CHECK_FALSE(novice.sound());
        CHECK(std::ranges::any_of(novice.failures,
                                  [](const auto& f) { return f.rule == "SUP-EXPERIENCE"; }));
    }
}

#include "fixtures.hpp"

#include <peer/rules/check.hpp>
#include <peer/rules/rule_set.hpp>

#include <doctest/doctest.h>

using namespace peer;
using rules::PairFacts;
using rules::Verdict;
using test::date;
using test::finding_of;
using test::placement;
using test::supervisor;

namespace {

PairFacts pair_of(std::vector<std::string> students)
{
    PairFacts pair;
    pair.subject = "pair";
    pair.placement = "ht26-kir-avd12";
    for (auto& id : students) {
        pair.students.push_back({id, "ht26-kir-avd12"});
    }
    pair.supervisors = {supervisor("karin")};
    return pair;
}

Verdict verdict(const PairFacts& pair, std::string_view rule,
                const rules::PlacementContext& context = placement())
{
    return finding_of(
               rules::check_pair(pair, context, date("2026-11-22"), rules::default_rule_set()),
               rule)
        .verdict;
}

} // namespace

TEST_SUITE("rules::pair")
{
    TEST_CASE("PAIR-SIZE")
    {
        CHECK(verdict(pair_of({"ali", "bea"}), "PAIR-SIZE") == Verdict::passed);
        CHECK(verdict(pair_of({"ali"}), "PAIR-SIZE") == Verdict::error);
        CHECK(verdict(pair_of({"ali", "bea", "cem"}), "PAIR-SIZE") == Verdict::error);
        auto three = pair_of({"ali", "bea", "cem"});
        three.reason = "an odd number of students on the ward";
        CHECK(verdict(three, "PAIR-SIZE") == Verdict::warning);
        three.reason = "   ";
        CHECK(verdict(three, "PAIR-SIZE") == Verdict::error);
        auto four = pair_of({"ali", "bea", "cem", "dan"});
        four.reason = "too many students";
        CHECK(verdict(four, "PAIR-SIZE") == Verdict::error);
    }

    TEST_CASE("PAIR-PLACEMENT")
    {
        auto pair = pair_of({"ali", "bea"});
        CHECK(verdict(pair, "PAIR-PLACEMENT") == Verdict::passed);
        pair.students[1].placement = "ht26-med-avd3";
        const auto f = finding_of(
            rules::check_pair(pair, placement(), date("2026-11-22"), rules::default_rule_set()),
            "PAIR-PLACEMENT");
        CHECK(f.verdict == Verdict::error);
        CHECK(f.message.en.find("bea") != std::string::npos);
    }

    TEST_CASE("PAIR-SUPERVISED")
    {
        auto pair = pair_of({"ali", "bea"});
        SUBCASE("one valid supervisor")
        {
            CHECK(verdict(pair, "PAIR-SUPERVISED") == Verdict::passed);
        }
        SUBCASE("no supervisor")
        {
            pair.supervisors.clear();
            CHECK(verdict(pair, "PAIR-SUPERVISED") == Verdict::error);
        }
        SUBCASE("a novice alone fails, and passes in a team with an experienced supervisor")
        {
            auto novice = supervisor("nils");
            novice.staff->in_profession_since = date("2026-03-01");
            pair.supervisors = {novice};
            CHECK(verdict(pair, "PAIR-SUPERVISED") == Verdict::error);
            pair.supervisors = {novice, supervisor("karin")};
            CHECK(verdict(pair, "PAIR-SUPERVISED") == Verdict::passed);
        }
        SUBCASE("an advanced-level placement needs a supervisor qualified for it")
        {
            const auto advanced = placement("2026-11-02", model::Level::advanced);
            CHECK(verdict(pair, "PAIR-SUPERVISED", advanced) == Verdict::error);
            auto specialist = supervisor("maria");
            specialist.staff->specialist = {"surgical care"};
            pair.supervisors.push_back(specialist);
            CHECK(verdict(pair, "PAIR-SUPERVISED", advanced) == Verdict::passed);
        }
    }
}

#include "fixtures.hpp"

#include <peer/rules/check.hpp>
#include <peer/rules/rule_set.hpp>

#include <doctest/doctest.h>

using namespace peer;
using rules::Verdict;
using test::date;
using test::finding_of;
using test::has_finding;

namespace {

// Ali on a placement from 2026-11-02 to 2026-12-11 (halfway: 2026-11-21), judged on `today`.
rules::TalkFacts talks(const char* today)
{
    rules::TalkFacts t;
    t.subject = "ali · ht26";
    t.start = date("2026-11-02");
    t.end = date("2026-12-11");
    t.today = date(today);
    return t;
}

rules::Findings check(const rules::TalkFacts& t)
{
    return rules::check_talks(t, rules::default_rule_set());
}

Verdict verdict(const rules::TalkFacts& t, std::string_view rule)
{
    return finding_of(check(t), rule).verdict;
}

} // namespace

TEST_SUITE("rules::talks")
{
    TEST_CASE("TALK-MIDWAY-TIMING: by halfway, judged once held or once halfway has passed")
    {
        auto t = talks("2026-11-20");
        CHECK_FALSE(has_finding(check(t), "TALK-MIDWAY-TIMING"));
        t.today = date("2026-11-22");
        CHECK(verdict(t, "TALK-MIDWAY-TIMING") == Verdict::warning);
        CHECK(finding_of(check(t), "TALK-MIDWAY-TIMING").message.en
              == "no midway talk yet: it was due by 2026-11-21");
        t.midway = date("2026-11-21");
        CHECK(verdict(t, "TALK-MIDWAY-TIMING") == Verdict::passed);
        t.midway = date("2026-11-24");
        CHECK(verdict(t, "TALK-MIDWAY-TIMING") == Verdict::warning);
    }

    TEST_CASE("TALK-MIDWAY-TIMING: the rule set moves halfway and can make it an error")
    {
        auto rules = rules::default_rule_set();
        rules.midway_by_percent = 75;
        rules.severity["TALK-MIDWAY-TIMING"] = Severity::error;
        auto t = talks("2026-12-01");
        t.midway = date("2026-11-24");
        CHECK(finding_of(rules::check_talks(t, rules), "TALK-MIDWAY-TIMING").verdict
              == Verdict::passed);
        t.midway = date("2026-12-03");
        CHECK(finding_of(rules::check_talks(t, rules), "TALK-MIDWAY-TIMING").verdict
              == Verdict::error);
    }

    TEST_CASE("TALK-MIDWAY-GAP: three weeks from midway to final")
    {
        auto t = talks("2026-12-11");
        t.midway = date("2026-11-20");
        CHECK_FALSE(has_finding(check(t), "TALK-MIDWAY-GAP"));
        t.final_talk = date("2026-12-11");
        CHECK(verdict(t, "TALK-MIDWAY-GAP") == Verdict::passed);
        t.final_talk = date("2026-12-10");
        CHECK(verdict(t, "TALK-MIDWAY-GAP") == Verdict::warning);
        auto shorter = rules::default_rule_set();
        shorter.weeks_between = 2;
        CHECK(finding_of(rules::check_talks(t, shorter), "TALK-MIDWAY-GAP").verdict
              == Verdict::passed);
    }

    TEST_CASE("TALK-PLAN: a student at risk at midway has a plan within a week")
    {
        auto t = talks("2026-11-25");
        t.midway = date("2026-11-20");
        CHECK_FALSE(has_finding(check(t), "TALK-PLAN")); // nothing at risk
        t.at_risk = {"care-assess"};
        CHECK(verdict(t, "TALK-PLAN") == Verdict::warning); // due by 2026-11-27
        t.today = date("2026-11-28");
        CHECK(verdict(t, "TALK-PLAN") == Verdict::error);
        t.plans = {date("2026-11-28")};
        CHECK(verdict(t, "TALK-PLAN") == Verdict::error); // a day late
        t.plans = {date("2026-11-27")};
        CHECK(verdict(t, "TALK-PLAN") == Verdict::passed);
        t.plans = {date("2026-11-10")}; // made before the talk: it counts
        CHECK(verdict(t, "TALK-PLAN") == Verdict::passed);
    }

    TEST_CASE("TALK-FINAL-MIDWAY and TALK-FINAL-ALL: only with a final talk")
    {
        auto t = talks("2026-12-11");
        CHECK_FALSE(has_finding(check(t), "TALK-FINAL-MIDWAY"));
        CHECK_FALSE(has_finding(check(t), "TALK-FINAL-ALL"));
        t.final_talk = date("2026-12-10");
        CHECK(verdict(t, "TALK-FINAL-MIDWAY") == Verdict::error);
        CHECK(verdict(t, "TALK-FINAL-ALL") == Verdict::passed);
        t.midway = date("2026-11-20");
        CHECK(verdict(t, "TALK-FINAL-MIDWAY") == Verdict::passed);
        t.unjudged_at_final = {"pro-leadership", "safe-load"};
        CHECK(verdict(t, "TALK-FINAL-ALL") == Verdict::error);
        CHECK(finding_of(check(t), "TALK-FINAL-ALL").message.sv
              == "slutbedömningen lämnar pro-leadership, safe-load obedömda");
    }

    TEST_CASE("the talks' thresholds are read from a rule set's [talks] and checked")
    {
        const auto read =
            rules::parse_rule_set("[talks]\nweeks_between = 4\nplan_within_days = 3\n",
                                  "region.toml", rules::default_rule_set());
        REQUIRE(read.rule_set);
        CHECK(read.rule_set->weeks_between == 4);
        CHECK(read.rule_set->plan_within_days == 3);
        CHECK(read.rule_set->midway_by_percent == 50);
        const auto bad = rules::parse_rule_set("[talks]\nmidway_by_percent = 0\nweeks = 3\n",
                                               "region.toml", rules::default_rule_set());
        CHECK_FALSE(bad.rule_set);
        REQUIRE(bad.diagnostics.size() == 2);
        CHECK(bad.diagnostics[0].where->line == 2);
        CHECK(bad.diagnostics[1].where->line == 3);
    }
}

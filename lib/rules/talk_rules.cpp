// The rules of the assessment talks: TALK-MIDWAY-TIMING, TALK-MIDWAY-GAP, TALK-PLAN,
// TALK-FINAL-MIDWAY and TALK-FINAL-ALL.

#include "finding_builder.hpp"

#include <peer/rules/check.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <chrono>

namespace peer::rules {

using detail::fact;
using detail::failed;
using detail::passed;

namespace {

Date plus_days(Date date, long long days)
{
    return Date{std::chrono::sys_days(date) + std::chrono::days(days)};
}

long long days_between(Date from, Date to)
{
    return (std::chrono::sys_days(to) - std::chrono::sys_days(from)).count();
}

std::optional<Finding> midway_timing(const TalkFacts& t, const RuleSet& rules)
{
    const auto latest =
        plus_days(t.start, days_between(t.start, t.end) * rules.midway_by_percent / 100);
    const std::vector<Fact> facts{fact("midway", t.midway), fact("latest", format_date(latest))};
    if (!t.midway) {
        if (t.today <= latest) {
            return std::nullopt;
        }
        return failed("TALK-MIDWAY-TIMING", rules, t.subject, facts,
                      {fmt::format("no midway talk yet: it was due by {}", format_date(latest)),
                       fmt::format("inget halvtidssamtal än: det skulle hållas senast {}",
                                   format_date(latest))});
    }
    if (*t.midway > latest) {
        return failed(
            "TALK-MIDWAY-TIMING", rules, t.subject, facts,
            {fmt::format("the midway talk on {} came after {}, {}% through the placement",
                         format_date(*t.midway), format_date(latest), rules.midway_by_percent),
             fmt::format("halvtidssamtalet {} kom efter {}, {} % in i placeringen",
                         format_date(*t.midway), format_date(latest), rules.midway_by_percent)});
    }
    return passed("TALK-MIDWAY-TIMING", t.subject, facts,
                  {fmt::format("the midway talk was held by {}", format_date(latest)),
                   fmt::format("halvtidssamtalet hölls senast {}", format_date(latest))});
}

std::optional<Finding> midway_gap(const TalkFacts& t, const RuleSet& rules)
{
    if (!t.midway || !t.final_talk) {
        return std::nullopt;
    }
    const auto weeks = days_between(*t.midway, *t.final_talk) / 7;
    const std::vector<Fact> facts{fact("midway", t.midway), fact("final", t.final_talk),
                                  fact("weeks_between", std::to_string(rules.weeks_between))};
    if (days_between(*t.midway, *t.final_talk) < 7LL * rules.weeks_between) {
        return failed("TALK-MIDWAY-GAP", rules, t.subject, facts,
                      {fmt::format("{} full week(s) from the midway talk to the final one; at "
                                   "least {} leave time to act on it",
                                   weeks, rules.weeks_between),
                       fmt::format("{} hela veckor från halvtidssamtalet till slutsamtalet; minst "
                                   "{} ger tid att agera på det",
                                   weeks, rules.weeks_between)});
    }
    return passed("TALK-MIDWAY-GAP", t.subject, facts,
                  {fmt::format("{} week(s) between the talks", weeks),
                   fmt::format("{} veckor mellan samtalen", weeks)});
}

std::optional<Finding> plan_after_risk(const TalkFacts& t, const RuleSet& rules)
{
    if (!t.midway || t.at_risk.empty()) {
        return std::nullopt;
    }
    const auto due = plus_days(*t.midway, rules.plan_within_days);
    const auto risk = fmt::format("{}", fmt::join(t.at_risk, ", "));
    const std::vector<Fact> facts{fact("midway", t.midway), fact("at_risk", risk),
                                  fact("due", format_date(due))};
    const bool planned = std::ranges::any_of(t.plans, [&](Date made) { return made <= due; });
    if (planned) {
        return passed(
            "TALK-PLAN", t.subject, facts,
            {fmt::format("at risk in {}, with an action plan by {}", risk, format_date(due)),
             fmt::format("i riskzonen för {}, med en handlingsplan senast {}", risk,
                         format_date(due))});
    }
    if (t.today <= due) {
        return Finding{"TALK-PLAN",
                       Verdict::warning,
                       t.subject,
                       facts,
                       {fmt::format("at risk in {}: an action plan is due by {} (`peer plan add`)",
                                    risk, format_date(due)),
                        fmt::format("i riskzonen för {}: en handlingsplan behövs senast {} "
                                    "(`peer plan add`)",
                                    risk, format_date(due))}};
    }
    return failed("TALK-PLAN", rules, t.subject, facts,
                  {fmt::format("at risk in {} at the midway talk, and no action plan by {}", risk,
                               format_date(due)),
                   fmt::format("i riskzonen för {} vid halvtidssamtalet, och ingen handlingsplan "
                               "senast {}",
                               risk, format_date(due))});
}

std::vector<Finding> final_rules(const TalkFacts& t, const RuleSet& rules)
{
    if (!t.final_talk) {
        return {};
    }
    std::vector<Finding> out;
    const std::vector<Fact> held{fact("midway", t.midway), fact("final", t.final_talk)};
    if (!t.midway || *t.midway > *t.final_talk) {
        out.push_back(failed("TALK-FINAL-MIDWAY", rules, t.subject, held,
                             {"a final assessment without a midway one before it",
                              "en slutbedömning utan halvtidsbedömning före"}));
    } else {
        out.push_back(passed("TALK-FINAL-MIDWAY", t.subject, held,
                             {"the midway talk came first", "halvtidssamtalet kom först"}));
    }
    const auto unjudged = fmt::format("{}", fmt::join(t.unjudged_at_final, ", "));
    if (!t.unjudged_at_final.empty()) {
        out.push_back(failed("TALK-FINAL-ALL", rules, t.subject, {fact("unjudged", unjudged)},
                             {fmt::format("the final assessment leaves {} unjudged", unjudged),
                              fmt::format("slutbedömningen lämnar {} obedömda", unjudged)}));
    } else {
        out.push_back(passed("TALK-FINAL-ALL", t.subject, {},
                             {"every criterion judged", "varje kriterium bedömt"}));
    }
    return out;
}

} // namespace

Findings check_talks(const TalkFacts& talks, const RuleSet& rules)
{
    Findings out;
    for (auto finding :
         {midway_timing(talks, rules), midway_gap(talks, rules), plan_after_risk(talks, rules)}) {
        if (finding) {
            out.push_back(std::move(*finding));
        }
    }
    std::ranges::move(final_rules(talks, rules), std::back_inserter(out));
    return out;
}

} // namespace peer::rules

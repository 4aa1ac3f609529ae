#pragma once
// One-line fixtures for the rule tests: people and placements in the supervisor model.

#include <peer/core/date.hpp>
#include <peer/model/person.hpp>
#include <peer/rules/check.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace peer::test {

inline Date date(const char* text)
{
    auto parsed = parse_date(text);
    REQUIRE_MESSAGE(parsed, text);
    return *parsed;
}

inline model::Person staff(std::string id, model::Role role, model::Qualifications q = {})
{
    q.role = role;
    if (q.profession.empty()) {
        q.profession = "nurse";
    }
    return {std::move(id), "Test Person", q};
}

// A supervisor who meets every rule at basic level: a nurse with a bachelor's degree in
// nursing, basic supervisor training, in the profession since 2018.
inline model::Person supervisor(std::string id = "karin")
{
    model::Qualifications q;
    q.employer = model::Employer::healthcare;
    q.degree = model::Degree::bachelor;
    q.degree_field = "nursing";
    q.supervisor_training = model::Training::basic;
    q.in_profession_since = date("2018-06-15");
    return staff(std::move(id), model::Role::supervisor, q);
}

inline rules::PlacementContext placement(const char* start = "2026-11-02",
                                         model::Level level = model::Level::basic)
{
    rules::PlacementContext context;
    context.level = level;
    context.field = "surgical care";
    context.profession = "nurse";
    context.start = date(start);
    context.supervises = true;
    return context;
}

// The finding of `rule`; fails the test when there is none.
inline rules::Finding finding_of(const rules::Findings& findings, std::string_view rule)
{
    auto found = std::ranges::find_if(findings, [&](const auto& f) { return f.rule == rule; });
    REQUIRE_MESSAGE(found != findings.end(), "no finding for " << rule);
    return *found;
}

inline bool has_finding(const rules::Findings& findings, std::string_view rule)
{
    return std::ranges::any_of(findings, [&](const auto& f) { return f.rule == rule; });
}

} // namespace peer::test

// PAIR-SIZE, PAIR-PLACEMENT and PAIR-SUPERVISED.

#include "finding_builder.hpp"

#include <peer/rules/check.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace peer::rules {

using detail::fact;
using detail::failed;
using detail::finding;
using detail::passed;

namespace {

std::string student_ids(const PairFacts& pair)
{
    std::string ids;
    for (const auto& student : pair.students) {
        ids += (ids.empty() ? "" : ", ") + student.id;
    }
    return ids;
}

Finding check_size(const PairFacts& pair, const RuleSet& rules)
{
    const auto size = static_cast<int>(pair.students.size());
    const bool has_reason = pair.reason.find_first_not_of(" \t\r\n") != std::string::npos;
    const std::vector<Fact> facts{fact("students", student_ids(pair)),
                                  fact("reason", std::string(has_reason ? "stated" : ""))};
    if (size == rules.pair_students) {
        return passed("PAIR-SIZE", pair.subject, facts,
                      {fmt::format("{} students", size), fmt::format("{} studenter", size)});
    }
    if (size > rules.pair_students && size <= rules.pair_students_with_reason) {
        if (has_reason) {
            return failed("PAIR-SIZE", rules, pair.subject, facts,
                          {fmt::format("{} students, for a stated reason", size),
                           fmt::format("{} studenter, av ett angivet skäl", size)});
        }
        return finding("PAIR-SIZE", Verdict::error, pair.subject, facts,
                       {fmt::format("{} students share the pair without a stated reason; give "
                                    "the reason, or split the pair",
                                    size),
                        fmt::format("{} studenter delar paret utan angivet skäl; ange skälet, "
                                    "eller dela paret",
                                    size)});
    }
    return finding("PAIR-SIZE", Verdict::error, pair.subject, facts,
                   {fmt::format("a pair has {} students ({} with a stated reason), not {}",
                                rules.pair_students, rules.pair_students_with_reason, size),
                    fmt::format("ett par har {} studenter ({} med angivet skäl), inte {}",
                                rules.pair_students, rules.pair_students_with_reason, size)});
}

Finding check_placement(const PairFacts& pair, const RuleSet& rules)
{
    std::vector<Fact> facts{fact("placement", pair.placement)};
    std::vector<std::string> elsewhere;
    for (const auto& student : pair.students) {
        facts.push_back(fact(student.id + ".placement", student.placement));
        if (student.placement != pair.placement) {
            elsewhere.push_back(student.id);
        }
    }
    if (elsewhere.empty()) {
        return passed("PAIR-PLACEMENT", pair.subject, facts,
                      {fmt::format("all students belong to {}", pair.placement),
                       fmt::format("alla studenter hör till {}", pair.placement)});
    }
    const auto names = fmt::format("{}", fmt::join(elsewhere, ", "));
    return failed("PAIR-PLACEMENT", rules, pair.subject, facts,
                  {fmt::format("{} do(es) not belong to the placement {}", names, pair.placement),
                   fmt::format("{} hör inte till placeringen {}", names, pair.placement)});
}

Finding check_supervised(const PairFacts& pair, const PlacementContext& placement, Date as_of,
                         const RuleSet& rules)
{
    std::vector<std::string> valid;
    std::vector<std::string> all;
    for (const auto& supervisor : pair.supervisors) {
        all.push_back(supervisor.id);
        auto context = placement;
        context.examines = false;
        context.team.clear();
        for (const auto& other : pair.supervisors) {
            if (other.id != supervisor.id) {
                context.team.push_back(other);
            }
        }
        if (may_supervise(supervisor, context, as_of, rules)) {
            valid.push_back(supervisor.id);
        }
    }
    const std::vector<Fact> facts{fact("supervisors", fmt::format("{}", fmt::join(all, ", "))),
                                  fact("placement.level", placement.level)};
    if (pair.supervisors.empty()) {
        return failed("PAIR-SUPERVISED", rules, pair.subject, facts,
                      {"the pair has no supervisor; name at least one",
                       "paret har ingen handledare; ange minst en"});
    }
    if (valid.empty()) {
        return failed("PAIR-SUPERVISED", rules, pair.subject, facts,
                      {fmt::format("none of the pair's supervisors meets the supervisor rules at "
                                   "{}, alone or as a team (see their SUP- findings)",
                                   detail::english(placement.level)),
                       fmt::format("ingen av parets handledare uppfyller handledarreglerna på {}, "
                                   "ensam eller i team (se deras SUP-resultat)",
                                   detail::swedish(placement.level))});
    }
    const auto names = fmt::format("{}", fmt::join(valid, ", "));
    return passed("PAIR-SUPERVISED", pair.subject, facts,
                  {fmt::format("supervised by {}", names), fmt::format("handleds av {}", names)});
}

} // namespace

Findings check_pair(const PairFacts& pair, const PlacementContext& context, Date as_of,
                    const RuleSet& rules)
{
    return {check_size(pair, rules), check_placement(pair, rules),
            check_supervised(pair, context, as_of, rules)};
}

} // namespace peer::rules

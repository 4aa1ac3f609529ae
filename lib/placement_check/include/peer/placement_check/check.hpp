#pragma once
// Checking a placement setup against every rule that concerns its staff, pairs and examiner.

#include <peer/core/date.hpp>
#include <peer/core/diagnostic.hpp>
#include <peer/formats/placement_file.hpp>
#include <peer/model/placement.hpp>
#include <peer/rules/check.hpp>
#include <peer/rules/finding.hpp>
#include <peer/rules/rule_set.hpp>

#include <optional>

namespace peer::placement_check {

// What the placement tells the rules about any member of its staff: level, field, profession
// and days. (Whether they examine or supervise, and their team, is the person's.)
rules::PlacementContext placement_context(const model::Placement& placement);

// Every finding for the setup's staff (each judged on the placement's start, as a supervisor
// when they supervise a pair, as the examiner when they examine, with their pairs' other
// supervisors as their team) and for its pairs. Deadlines are judged on `as_of`.
rules::Findings check_setup(const model::PlacementSetup& setup, const rules::RuleSet& rules,
                            Date as_of);

// The findings that failed, as diagnostics at the line of the value they concern.
Diagnostics locate(const rules::Findings& findings, const formats::PlacementFile& file);

// The date deadlines are judged on when none is given: the placement's last day, so that the
// setup holds for the whole placement.
Date default_as_of(const model::Placement& placement);

struct NewPairCheck {
    Diagnostics problems;     // students not of the placement or already paired, unknown staff
    rules::Findings failures; // the failed rules of the pair and of the supervisors taking it on
    [[nodiscard]] bool sound() const { return problems.empty() && !rules::has_errors(failures); }
};

// Whether `pair` may join the placement's pairs: its students are students of the placement
// (PAIR-PLACEMENT) in no other pair, its supervisors are the placement's staff, and the pair and
// its supervisors pass the rules, judged with the placement's other pairs.
NewPairCheck check_new_pair(const model::PlacementSetup& setup, const model::Pair& pair,
                            const rules::RuleSet& rules, Date as_of);

struct CheckedFile {
    std::optional<formats::PlacementFile> file; // set when the format is sound
    Diagnostics diagnostics;  // format problems, rule set problems, failed rules: all of them
    rules::Findings findings; // every verdict, passed ones too
    std::string rule_set;     // the name of the rule set it was judged by
};

// The privacy guard over every string of the file: each identifier that neither the file's
// placement.allowed_identifiers nor `allowed` holds is an error at its line and column. The
// texts of `allowed` join the file's list, for the journal to record.
Diagnostics guard_file(formats::PlacementFile& file, const std::vector<std::string>& allowed);

// Reads a placement file and checks it: the format and the privacy guard (over every string of
// the file and of its rule set) first, then, when the format is sound, the rules, by the rule
// set the file names (placement.rules), else `rule_set_file`, else the built-in one. Deadlines
// are judged on `as_of`, else on default_as_of(). `allowed` as for guard_file().
CheckedFile check_placement_file(const std::filesystem::path& path,
                                 const std::optional<std::filesystem::path>& rule_set_file,
                                 std::optional<Date> as_of,
                                 const std::vector<std::string>& allowed = {});

} // namespace peer::placement_check

#pragma once
// Placements in the journal: applying a placement setup, reading it back, pairs changed by hand.

#include <peer/journal/journal.hpp>
#include <peer/model/placement.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::journal {

enum class ChangeKind { added, changed, removed, archived };

// One thing an apply did: "added student ali", "changed pair ali+bea".
struct Change {
    ChangeKind kind;
    std::string what; // "placement", "staff", "student", "pair"
    std::string id;
};

// What removing a student or a pair would lose.
struct Loss {
    std::string what; // "student", "pair"
    std::string id;
    std::int64_t log_entries = 0;
    std::int64_t reflections = 0;
    std::int64_t feedback = 0;
};

struct ApplyResult {
    std::vector<Change> changes; // empty: the journal already held the setup
    std::vector<Loss> refused;   // non-empty: nothing was written
};

// Writes the whole setup in one transaction: the placement, its staff and students, its pairs.
// Applying the same setup again changes nothing. Students and pairs the setup no longer has are
// removed, unless they have log entries, reflections or feedback: then nothing is written and
// `refused` says what would be lost, or, with `archive`, they are moved out of the active
// placement and kept.
ApplyResult apply_setup(Journal& journal, const model::PlacementSetup& setup, bool archive);

// Every placement, by id.
std::vector<model::Placement> list_placements(const Journal& journal);

// The placement with its staff, active students and active pairs.
std::optional<model::PlacementSetup> load_setup(const Journal& journal,
                                                std::string_view placement_id);

// The student whose journal this is, if it is set.
std::optional<std::string> journal_owner(const Journal& journal);

// Sets the owner when none is set; returns the owner the journal then has.
std::string claim_owner(Journal& journal, const std::string& student);

enum class PairSaved { added, removed, archived, refused, not_found };

struct PairResult {
    PairSaved saved = PairSaved::not_found;
    std::vector<Loss> refused;
};

// Adds a pair to a placement. The caller has checked it against the rules.
PairResult add_pair(Journal& journal, std::string_view placement_id, const model::Pair& pair);

// Removes the active pair `student` is in; a pair with log entries is refused, or archived.
PairResult remove_pair(Journal& journal, std::string_view placement_id, std::string_view student,
                       bool archive);

} // namespace peer::journal

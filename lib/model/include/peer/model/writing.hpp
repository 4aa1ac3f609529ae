#pragma once
// What students write: Gibbs reflections, constructive feedback, briefings and debriefings,
// introductions.

#include <peer/core/date.hpp>
#include <peer/model/enums.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace peer::model {

// What every written record has. `answers` follow the sections of the record's form
// (peer/forms/form.hpp), in order.
struct Writing {
    std::int64_t number = 0; // the record's number in the journal (0 before it is saved)
    std::string uuid;        // stable across journals, for exports
    std::string author;
    Date date{};
    std::optional<std::int64_t> entry; // the log entry it is about
    std::string code;                  // the activity it is about (the entry's, with an entry)
    std::vector<std::string> answers;
    bool operator==(const Writing&) const = default;
};

// Gibbs' six stages: description, feelings, evaluation, analysis, conclusion, action plan.
struct Reflection : Writing {
    std::optional<Phase> phase;
    Company company = Company::self;
    bool draft = false;
    bool operator==(const Reflection&) const = default;
};

// A strength and its situation, an improvement and how: from the author to the recipient.
struct Feedback : Writing {
    std::string recipient;
    bool operator==(const Feedback&) const = default;
};

// Before: who does what, observations, consequences. After: how it went, feedback.
struct Briefing : Writing {
    BriefingKind kind = BriefingKind::before;
    bool operator==(const Briefing&) const = default;
};

// A student's introduction to a placement: their goals, expectations and how they learn best;
// for their pair, the roles, how they cooperate and which activities come first. One per
// student and placement; it is about no log entry or activity.
struct Introduction : Writing {
    std::string placement;
    bool operator==(const Introduction&) const = default;
};

} // namespace peer::model

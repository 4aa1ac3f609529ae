#pragma once
// The rules as pure functions over domain values: no journal, no clock. Today's date and the
// placement's facts are parameters, so each rule can be tested with a one-line fixture.

#include <peer/core/date.hpp>
#include <peer/core/result.hpp>
#include <peer/model/enums.hpp>
#include <peer/model/person.hpp>
#include <peer/rules/finding.hpp>
#include <peer/rules/rule_set.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace peer::rules {

// What a placement tells the rules about a member of staff.
struct PlacementContext {
    model::Level level = model::Level::basic;
    std::string field;               // the placement's field ("surgical care"); empty when unknown
    std::string profession;          // the profession supervised ("nurse"); empty when unknown
    Date start{};                    // experience is judged on this day
    Date end{};                      // the last day, when known: what deadlines are judged on
                                     // unless another day is asked for
    std::vector<model::Person> team; // the others who supervise the same pair
    bool examines = false;           // the person is the placement's examiner
    bool supervises = false;         // the person supervises a pair (always so for a supervisor)
};

// Every rule that applies to this member of staff in this context, passed or failed. Experience
// is judged on the placement's start; the clinical teacher's deadline on `as_of`. A student gets
// no findings.
Findings check_staff(const model::Person& person, const PlacementContext& context, Date as_of,
                     const RuleSet& rules);

// Whether `person` may supervise on this placement, alone or with its team: no SUP-* rule
// fails with an error.
bool may_supervise(const model::Person& person, const PlacementContext& context, Date as_of,
                   const RuleSet& rules);

struct PairFacts {
    std::string subject;   // how messages name the pair: "ali+bea"
    std::string placement; // the placement the pair belongs to
    struct Student {
        std::string id;
        std::string placement; // the placement the student belongs to
    };
    std::vector<Student> students;
    std::string reason; // why three students share the pair
    std::vector<model::Person> supervisors;
};

// PAIR-SIZE, PAIR-PLACEMENT and PAIR-SUPERVISED. `context` is the placement's (team and
// examines are ignored: the pair's supervisors are the team).
Findings check_pair(const PairFacts& pair, const PlacementContext& context, Date as_of,
                    const RuleSet& rules);

struct LogFacts {
    std::string subject; // "entry 12"
    model::Mode mode = model::Mode::together;
    std::string author;                     // the journal's owner, who logs
    std::vector<std::string> partners;      // empty when none was named
    std::vector<std::string> pair_students; // the students of the author's pair
    int programme_term = 1;
    Date date{};            // the day of the entry
    Date placement_start{}; // the author's placement; Date{} when they have none
    Date placement_end{};
    Date today{};
};

// LOG-ROLES, LOG-DELEGATION and LOG-DATE.
Findings check_log_entry(const LogFacts& entry, const RuleSet& rules);

struct FeedbackFacts {
    std::string subject;
    std::string strength;
    std::string situation;
    std::string improve;
    std::string how;
};

// Whom feedback may go to: a student to their partners in their active pair, a member of staff
// to the students of the pairs they supervise (`may_address`). `to` empty: the only one there
// is. A name outside `may_address`, or none when there is a choice, is a Problem (usage when
// the name is missing, invalid data otherwise).
struct RecipientFacts {
    bool staff = false;
    std::vector<std::string> may_address;
};
Result<std::string> feedback_recipient(const RecipientFacts& author, const std::string& to);

// FB-CONSTRUCTIVE: all four parts are written.
Finding check_feedback(const FeedbackFacts& feedback, const RuleSet& rules);

struct ReflectionFacts {
    std::string subject;
    bool draft = false;
    // Gibbs' six stages, in order: description, feelings, evaluation, analysis, conclusion,
    // action plan.
    std::array<std::string, 6> stages;
};

// REF-GIBBS: a saved reflection has all six stages written; a draft may leave some empty.
Finding check_reflection(const ReflectionFacts& reflection, const RuleSet& rules);

// What the rules of the assessment talks judge, for one student on one placement: the
// supervisors' talks (a self-assessment is not a talk), the criteria they found at risk at
// midway, and the student's action plans.
struct TalkFacts {
    std::string subject; // "ali on ht26-kir-avd12"
    Date start{};        // the placement's days
    Date end{};
    std::optional<Date> midway;       // the first supervisor's midway assessment
    std::optional<Date> final_talk;   // the first supervisor's final assessment
    std::vector<std::string> at_risk; // criteria a supervisor judged at risk at midway
    std::vector<Date> plans;          // when each of the student's plans was made
    // Criteria of the form a supervisor's final assessment leaves unjudged.
    std::vector<std::string> unjudged_at_final;
    Date today{};
};

// TALK-MIDWAY-TIMING, TALK-MIDWAY-GAP, TALK-PLAN, TALK-FINAL-MIDWAY and TALK-FINAL-ALL: each
// when it applies (TALK-MIDWAY-TIMING once the midway talk is held or its day has passed).
Findings check_talks(const TalkFacts& talks, const RuleSet& rules);

} // namespace peer::rules

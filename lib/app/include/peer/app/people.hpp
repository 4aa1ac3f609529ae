#pragma once
// Students and staff, one at a time: `peer person add` and `peer person edit`. (Whole
// placements come in through apply_placement.hpp.)

#include <peer/core/date.hpp>
#include <peer/core/result.hpp>
#include <peer/journal/journal.hpp>
#include <peer/model/person.hpp>
#include <peer/rules/check.hpp>
#include <peer/rules/rule_set.hpp>

#include <optional>
#include <string>
#include <vector>

namespace peer::app {

// What a command says about a member of staff: each fact given, or not. The fields are named
// as files and options name them (supervisor_training: --supervisor-training).
struct StaffFacts {
    std::optional<model::Role> role;
    std::optional<std::string> profession;
    std::optional<model::Employer> employer;
    std::optional<model::Degree> degree;
    std::optional<std::string> degree_field;
    std::optional<std::vector<std::string>> specialist;
    std::optional<model::Training> supervisor_training;
    std::optional<Date> in_profession_since;
    std::optional<Date> appointed;
    std::optional<bool> teaching_ability_assessed;
    std::optional<Date> master_started;

    [[nodiscard]] bool any() const;
    // The keys of model::k_required_staff_facts that are not given.
    [[nodiscard]] std::vector<std::string> missing() const;
    // Sets each fact given.
    void apply_to(model::Qualifications& q) const;
};

struct PersonRequest {
    std::string id;
    std::optional<std::string> name;
    bool student = false; // add: a student, who has no staff facts
    StaffFacts staff;
    // Texts the privacy guard flags that are no patient's identifier (--allow-identifier):
    // recorded with the person. A journal needs no one's contact details, staff's neither.
    std::vector<std::string> allowed;
};

// Adds a student, or a member of staff with every required fact. Problems, with nothing
// written: an id that cannot be one or is taken, no name, staff facts for a student, a missing
// fact (each placed in the field of its key), an identifier in a text (at its field).
Result<model::Person> add_person(journal::Journal& journal, const PersonRequest& request);

struct EditedPerson {
    model::Person person;
    bool changed = true; // false: the journal already held it so
};

// Changes what the request gives of the person with its id; a student stays a student and a
// member of staff stays one.
Result<EditedPerson> edit_person(journal::Journal& journal, const PersonRequest& request);

// `peer person check`: one member of staff judged against the supervisor model.
struct StaffCheckRequest {
    std::string id;
    rules::PlacementContext placement; // its team is filled in from `team`
    std::vector<std::string> team;     // the ids of the others who supervise the same pair
    // A placement of the journal: `placement` and `team` are then what it says of the person
    // (its level, field, profession and days; the pairs they supervise, and with whom; whether
    // they examine).
    std::string placement_id;
    Date as_of{};           // deadlines are judged on this day
    std::string rules_file; // empty: the built-in rule set
};

struct StaffCheck {
    model::Person person; // a student gets no findings
    rules::PlacementContext placement;
    rules::RuleSet rule_set;
    rules::Findings findings;
};

// A person, a member of the team or a rule set file that is not there is a Problem.
Result<StaffCheck> check_person(const journal::Journal& journal, const StaffCheckRequest& request);

} // namespace peer::app

#pragma once
// A placement on one unit, and the pairs of students who learn there together.

#include <peer/core/date.hpp>
#include <peer/model/assessment.hpp>
#include <peer/model/enums.hpp>
#include <peer/model/person.hpp>

#include <optional>
#include <string>
#include <vector>

namespace peer::model {

struct Placement {
    std::string id; // "ht26-kir-avd12"
    std::string course;
    std::string title;
    std::string university;
    Level level = Level::basic;
    int programme_term = 1; // 1..6; delegation is trained from term 6
    std::string field;      // matched against staff's specialist and master's fields
    std::string profession; // the profession the students train for; may be empty
    std::string unit;
    Date start{};
    Date end{};
    std::string examiner; // a staff id
    std::string rules;    // a rule set file, as written in the placement file; may be empty
    // The form its assessment talks judge students by, when the placement names one.
    std::optional<AssessmentForm> assessment_form;

    bool operator==(const Placement&) const = default;
};

struct Pair {
    std::vector<std::string> students;    // student ids: two, three with a reason
    std::vector<std::string> supervisors; // staff ids; two or more make a team
    std::string reason;

    bool operator==(const Pair&) const = default;
};

// Everything one placement file describes.
struct PlacementSetup {
    Placement placement;
    std::vector<Person> staff;
    std::vector<Person> students;
    std::vector<Pair> pairs;
    std::string handout_student; // set in a handout: the student it was cut for
    // Texts of the setup that the privacy guard takes for identifiers but that are not a
    // patient's (a ward's phone number), as written: its teacher allowed them.
    std::vector<std::string> allowed_identifiers;

    [[nodiscard]] const Person* find_staff(std::string_view id) const;
    [[nodiscard]] const Person* find_student(std::string_view id) const;
    // The pair `student` belongs to, or nullptr.
    [[nodiscard]] const Pair* pair_of(std::string_view student) const;
};

// "ali+bea": how messages name a pair.
std::string pair_name(const Pair& pair);

} // namespace peer::model

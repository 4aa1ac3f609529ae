#pragma once
// Students and staff, with the facts the supervisor model judges staff by.

#include <peer/core/date.hpp>
#include <peer/model/enums.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::model {

struct Qualifications {
    Role role = Role::supervisor;
    std::string profession; // nurse, physiotherapist, ...
    Employer employer = Employer::healthcare;
    Degree degree = Degree::none;
    std::string degree_field;            // the field of the highest degree
    std::vector<std::string> specialist; // fields of specialist educations
    Training supervisor_training = Training::none;
    std::optional<Date> in_profession_since;
    // Clinical teachers (healthcare) only:
    std::optional<Date> appointed;
    bool teaching_ability_assessed = false;
    std::optional<Date> master_started;

    bool operator==(const Qualifications&) const = default;
};

// The facts every member of staff must have, by the keys files and options give them: a staff
// record without one of these is not whole.
inline constexpr std::array<std::string_view, 5> k_required_staff_facts{
    "role", "profession", "employer", "degree", "supervisor_training"};

bool is_required_staff_fact(std::string_view key);

struct Person {
    std::string id; // the short id people type: "anna", "karin"
    std::string name;
    std::optional<Qualifications> staff; // absent for a student

    [[nodiscard]] bool is_student() const { return !staff.has_value(); }
    bool operator==(const Person&) const = default;
};

// Whether `id` is a usable short id: 1 to 40 bytes of letters (å, ä, ö and other non-ASCII
// letters too), digits, '.', '_' and '-', starting with a letter or digit.
bool is_valid_id(std::string_view id);

// Field names are compared as people write them: case and surrounding spaces do not matter.
bool same_field(std::string_view a, std::string_view b);

} // namespace peer::model

#pragma once
// The options that describe a person, shared by `person add` and `person edit`.

#include "context.hpp"

#include <peer/model/person.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace peer::cli {

struct PersonOptions {
    std::string id;
    std::optional<std::string> name;
    bool student = false;
    std::optional<std::string> role;
    std::optional<std::string> profession;
    std::optional<std::string> employer;
    std::optional<std::string> degree;
    std::optional<std::string> degree_field;
    std::optional<std::vector<std::string>> specialist;
    std::optional<std::string> supervisor_training;
    std::optional<std::string> in_profession_since;
    std::optional<std::string> appointed;
    std::optional<std::string> teaching_ability_assessed;
    std::optional<std::string> master_started;

    [[nodiscard]] bool any_staff_option() const;
};

// Declares the options on `command`.
void add_person_options(CLI::App& command, PersonOptions& options, const Context& context);

// Sets each field of `q` that an option gives; throws UsageError for values that are not valid.
void apply_staff_options(const PersonOptions& options, model::Qualifications& q);

} // namespace peer::cli

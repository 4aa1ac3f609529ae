#pragma once
// The options that describe a person, shared by `person add` and `person edit`.

#include "context.hpp"
#include "render.hpp"

#include <peer/app/people.hpp>

#include <CLI/CLI.hpp>

#include <array>

namespace peer::cli {

// Declares the options on `command`, each stored in its field of `request`.
void add_person_options(CLI::App& command, app::PersonRequest& request, const Context& context);

// Where lib places what it says about a fact of the person, and the option that gives it.
inline constexpr std::array<FieldOption, 13> k_person_options{{
    {"id", "ID"},
    {"name", "--name"},
    {"role", "--role"},
    {"profession", "--profession"},
    {"employer", "--employer"},
    {"degree", "--degree"},
    {"degree_field", "--degree-field"},
    {"specialist", "--specialist"},
    {"supervisor_training", "--supervisor-training"},
    {"in_profession_since", "--in-profession-since"},
    {"appointed", "--appointed"},
    {"teaching_ability_assessed", "--teaching-ability-assessed"},
    {"master_started", "--master-started"},
}};

} // namespace peer::cli

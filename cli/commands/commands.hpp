#pragma once
// The subcommands of `peer`: one row each, one file each. The help listing is printed from this
// table. To add a subcommand, write cli/commands/NAME.cpp with a setup function and add its row.

#include "context.hpp"

#include <peer/core/text.hpp>

#include <CLI/CLI.hpp>

#include <span>
#include <string_view>

namespace peer::cli {

struct Command {
    std::string_view name;
    Text summary;
    // Adds the subcommand's options to `command` and sets its callback.
    void (*setup)(CLI::App& command, Context& context);
};

std::span<const Command> commands();

void setup_init(CLI::App& command, Context& context);
void setup_doctor(CLI::App& command, Context& context);
void setup_backup(CLI::App& command, Context& context);
void setup_person(CLI::App& command, Context& context);
void setup_rules(CLI::App& command, Context& context);
void setup_term(CLI::App& command, Context& context);
void setup_pair(CLI::App& command, Context& context);
void setup_activity(CLI::App& command, Context& context);
void setup_reflect(CLI::App& command, Context& context);
void setup_feedback(CLI::App& command, Context& context);
void setup_brief(CLI::App& command, Context& context);
void setup_intro(CLI::App& command, Context& context);
void setup_search(CLI::App& command, Context& context);
void setup_drafts(CLI::App& command, Context& context);
void setup_export(CLI::App& command, Context& context);
void setup_import(CLI::App& command, Context& context);
void setup_report(CLI::App& command, Context& context);
void setup_assess(CLI::App& command, Context& context);
void setup_plan(CLI::App& command, Context& context);
void setup_cohort(CLI::App& command, Context& context);

} // namespace peer::cli

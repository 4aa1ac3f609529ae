#pragma once
// The --rules FILE option: judge with another region's rule set instead of the built-in one
// (app::rule_set loads it).

#include "context.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace peer::cli {

void add_rule_set_option(CLI::App& command, std::string& file, const Context& context);

} // namespace peer::cli

#pragma once
// The --rules FILE option: judge with another region's rule set instead of the built-in one.

#include "context.hpp"

#include <peer/rules/rule_set.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace peer::cli {

void add_rule_set_option(CLI::App& command, std::optional<std::string>& file,
                         const Context& context);

// The rule set of `file`, or the built-in one. A rule set file with errors prints them and
// throws an Error with exit status 1: a malformed rule set is never silently replaced.
rules::RuleSet rule_set_from_option(const Context& context, const std::optional<std::string>& file);

} // namespace peer::cli

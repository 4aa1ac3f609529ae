#include "commands/rule_set_option.hpp"

#include "render.hpp"

#include <peer/core/error.hpp>

#include <fmt/format.h>

namespace peer::cli {

void add_rule_set_option(CLI::App& command, std::optional<std::string>& file,
                         const Context& context)
{
    command
        .add_option("--rules", file,
                    context.tr("A rule set file (TOML) to judge by instead of the built-in "
                               "supervisor model",
                               "En fil med regeluppsättning (TOML) att bedöma efter i stället "
                               "för den inbyggda handledarmodellen"))
        ->type_name(context.tr("FILE", "FIL"));
}

rules::RuleSet rule_set_from_option(const Context& context, const std::optional<std::string>& file)
{
    if (!file) {
        return rules::default_rule_set();
    }
    auto loaded = rules::load_rule_set(*file);
    print_diagnostics(context, loaded.diagnostics);
    if (!loaded.rule_set) {
        throw Error(ExitCode::invalid_data,
                    {fmt::format("the rule set {} has errors; nothing was checked", *file),
                     fmt::format("regeluppsättningen {} har fel; inget prövades", *file)});
    }
    return *loaded.rule_set;
}

} // namespace peer::cli

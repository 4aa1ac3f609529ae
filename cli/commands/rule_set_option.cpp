#include "commands/rule_set_option.hpp"

namespace peer::cli {

void add_rule_set_option(CLI::App& command, std::string& file, const Context& context)
{
    command
        .add_option("--rules", file,
                    context.tr("A rule set file (TOML) to judge by instead of the built-in "
                               "supervisor model",
                               "En fil med regeluppsättning (TOML) att bedöma efter i stället "
                               "för den inbyggda handledarmodellen"))
        ->type_name(context.tr("FILE", "FIL"));
}

} // namespace peer::cli

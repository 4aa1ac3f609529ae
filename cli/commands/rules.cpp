// peer rules: every rule with its id, severity and what it asks.

#include "commands/commands.hpp"
#include "commands/rule_set_option.hpp"
#include "render.hpp"

#include <peer/app/lookup.hpp>
#include <peer/rules/catalogue.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace peer::cli {

namespace {

ExitCode run_rules(Context& context, const std::string& file)
{
    const auto chosen = app::rule_set(file);
    if (!chosen) {
        return report_problem(context, chosen.problem());
    }
    const auto& rule_set = *chosen;
    auto severity = [&](const rules::RuleInfo& rule) { return rule_set.severity_of(rule.id); };
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& rule : rules::catalogue()) {
            list.push_back({{"id", rule.id},
                            {"severity", severity_keyword(severity(rule))},
                            {"hard_errors_too", rule.hard_errors_too},
                            {"applies_to", context.tr(rule.applies_to)},
                            {"summary", context.tr(rule.summary)},
                            {"source", rule.source}});
        }
        context.print_json({{"rule_set", {{"name", rule_set.name}, {"source", rule_set.source}}},
                            {"rules", list}});
        return ExitCode::ok;
    }
    context.out << context.format(
        "Rule set: {} ({})\n", "Regeluppsättning: {} ({})\n", rule_set.name,
        rule_set.source == "built-in" ? context.tr("built-in", "inbyggd") : rule_set.source);
    std::size_t width = 0;
    for (const auto& rule : rules::catalogue()) {
        width = std::max(width, rule.id.size());
    }
    for (const auto& rule : rules::catalogue()) {
        auto label = severity(rule) == Severity::error ? context.tr("error", "fel")
                                                       : context.tr("warning", "varning");
        if (rule.hard_errors_too && severity(rule) == Severity::warning) {
            label += context.tr("/error", "/fel");
        }
        context.out << fmt::format("{:<{}} {:<14} {}: {}\n", rule.id, width, label,
                                   context.tr(rule.applies_to), context.tr(rule.summary));
    }
    return ExitCode::ok;
}

} // namespace

void setup_rules(CLI::App& command, Context& context)
{
    auto file = std::make_shared<std::string>();
    add_rule_set_option(command, *file, context);
    command.footer(context.tr("Examples:\n  peer rules\n  peer --lang sv rules\n"
                              "  peer rules --rules region-halland.toml --json\n\n"
                              "docs/rules.md explains each rule with examples.\n",
                              "Exempel:\n  peer rules\n  peer --lang en rules\n"
                              "  peer rules --rules region-halland.toml --json\n\n"
                              "docs/rules.md förklarar varje regel med exempel.\n"));
    command.callback([&context, file] { context.exit = run_rules(context, *file); });
}

} // namespace peer::cli

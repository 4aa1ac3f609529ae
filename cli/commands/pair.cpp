// peer pair add | remove | list: pairs changed by hand between applies of a placement file.

#include "commands/commands.hpp"
#include "render.hpp"

#include <peer/app/lookup.hpp>
#include <peer/app/pairs.hpp>
#include <peer/core/utf8.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace peer::cli {

namespace {

struct PairOptions {
    std::string placement;
    std::vector<std::string> students;
    std::vector<std::string> supervisors;
    std::string reason;
    bool archive = false;
};

ExitCode run_add(Context& context, const PairOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const model::Pair pair{o.students, o.supervisors, o.reason};
    const auto added =
        app::add_pair(journal, o.placement, pair, today(), rules::default_rule_set());
    if (!added) {
        return report_problem(context, added.problem());
    }
    const auto& check = added->check;
    print_diagnostics(context, check.problems);
    if (!context.json) {
        print_findings(context, check.failures);
    }
    if (!added->added) {
        context.error({"the pair breaks the rules above; nothing was written",
                       "paret bryter mot reglerna ovan; inget skrevs"});
        return ExitCode::invalid_data;
    }
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& f : check.failures) {
            list.push_back(to_json(context, f));
        }
        context.print_json({{"placement", o.placement},
                            {"pair",
                             {{"students", pair.students},
                              {"supervisors", pair.supervisors},
                              {"reason", pair.reason}}},
                            {"findings", list}});
        return ExitCode::ok;
    }
    context.say(context.format("Added the pair {} to {}.", "Lade till paret {} på {}.",
                               model::pair_name(pair), o.placement));
    return ExitCode::ok;
}

ExitCode run_remove(Context& context, const PairOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto& student = o.students.front();
    const auto removed = app::remove_pair(journal, o.placement, student, o.archive);
    if (!removed) {
        return report_problem(context, removed.problem());
    }
    context.say(removed->archived
                    ? context.format("Archived {}'s pair.", "Arkiverade {}s par.", student)
                    : context.format("Removed {}'s pair.", "Tog bort {}s par.", student));
    return ExitCode::ok;
}

ExitCode run_list(Context& context, const std::string& placement)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto found = app::placement(journal, placement);
    if (!found) {
        return report_problem(context, found.problem());
    }
    const auto& setup = *found;
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& pair : setup.pairs) {
            list.push_back({{"students", pair.students},
                            {"supervisors", pair.supervisors},
                            {"reason", pair.reason}});
        }
        context.print_json(list);
        return ExitCode::ok;
    }
    for (const auto& pair : setup.pairs) {
        context.out << fmt::format(
            "{} {}{}\n", padded(fmt::format("{}", fmt::join(pair.students, " + ")), 30),
            fmt::join(pair.supervisors, ", "), pair.reason.empty() ? "" : " (" + pair.reason + ")");
    }
    return ExitCode::ok;
}

} // namespace

void setup_pair(CLI::App& command, Context& context)
{
    command.require_subcommand(1);
    auto add_options = std::make_shared<PairOptions>();
    auto* add = command.add_subcommand(
        "add", context.tr("Pair students of a placement", "Para ihop studenter på en placering"));
    add->add_option("PLACEMENT", add_options->placement,
                    context.tr("The placement's id", "Placeringens id"))
        ->required();
    add->add_option(
           "STUDENT", add_options->students,
           context.tr("Two students (three with --reason)", "Två studenter (tre med --reason)"))
        ->required();
    add->add_option(
           "--supervisor", add_options->supervisors,
           context.tr("A supervisor (repeat for a team)", "En handledare (upprepa för ett team)"))
        ->required();
    add->add_option(
        "--reason", add_options->reason,
        context.tr("Why three students share the pair", "Varför tre studenter delar paret"));
    add->footer(context.tr(
        "Examples:\n  peer pair add ht26-kir-avd12 ali bea --supervisor karin\n"
        "  peer pair add ht26-kir-avd12 cem dana emil --supervisor nils --supervisor karin \\\n"
        "      --reason \"odd number of students this term\"\n\n"
        "The pair is checked like a pair of a placement file (PAIR-SIZE, PAIR-PLACEMENT,\n"
        "PAIR-SUPERVISED and the supervisor rules); nothing is written when a rule fails.\n",
        "Exempel:\n  peer pair add ht26-kir-avd12 ali bea --supervisor karin\n"
        "  peer pair add ht26-kir-avd12 cem dana emil --supervisor nils --supervisor karin \\\n"
        "      --reason \"udda antal studenter denna termin\"\n\n"
        "Paret prövas som ett par i en placeringsfil (PAIR-SIZE, PAIR-PLACEMENT,\n"
        "PAIR-SUPERVISED och handledarreglerna); inget skrivs när en regel inte håller.\n"));
    add->callback([&context, add_options] { context.exit = run_add(context, *add_options); });

    auto remove_options = std::make_shared<PairOptions>();
    auto* remove =
        command.add_subcommand("remove", context.tr("Split the pair a student is in",
                                                    "Dela paret som en student ingår i"));
    remove
        ->add_option("PLACEMENT", remove_options->placement,
                     context.tr("The placement's id", "Placeringens id"))
        ->required();
    remove
        ->add_option("STUDENT", remove_options->students,
                     context.tr("A student of the pair", "En student i paret"))
        ->required()
        ->expected(1);
    remove->add_flag("--archive", remove_options->archive,
                     context.tr("Keep a pair with log entries, out of the active placement",
                                "Behåll ett par med loggposter, utanför den aktiva placeringen"));
    remove->footer(context.tr("Examples:\n  peer pair remove ht26-kir-avd12 ali\n",
                              "Exempel:\n  peer pair remove ht26-kir-avd12 ali\n"));
    remove->callback(
        [&context, remove_options] { context.exit = run_remove(context, *remove_options); });

    auto listed = std::make_shared<std::string>();
    auto* list = command.add_subcommand(
        "list", context.tr("List a placement's pairs", "Lista en placerings par"));
    list->add_option("PLACEMENT", *listed, context.tr("The placement's id", "Placeringens id"))
        ->required();
    list->footer(context.tr("Examples:\n  peer pair list ht26-kir-avd12 --json\n",
                            "Exempel:\n  peer pair list ht26-kir-avd12 --json\n"));
    list->callback([&context, listed] { context.exit = run_list(context, *listed); });
}

} // namespace peer::cli

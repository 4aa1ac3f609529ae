// peer import: other journals' exports, merged into this one.

#include "commands/commands.hpp"
#include "render.hpp"

#include <peer/app/exchange.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>

namespace peer::cli {

namespace {

struct ImportOptions {
    std::vector<std::string> files;
    bool dry_run = false;
};

nlohmann::json to_json(const Context& context, const app::Conflict& c)
{
    return {{"file", c.file},
            {"line", c.line},
            {"kind", c.kind},
            {"uuid", c.uuid},
            {"reason", context.tr(c.reason)}};
}

void print_conflicts(const Context& context, const std::vector<app::Conflict>& conflicts)
{
    for (const auto& c : conflicts) {
        context.err << fmt::format("{}:{}: {}: {} {}: {}\n", c.file, c.line,
                                   context.tr("conflict", "konflikt"), c.kind, c.uuid,
                                   context.tr(c.reason));
    }
}

ExitCode run_import(Context& context, const ImportOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto merged = app::import_exports(journal, {{o.files.begin(), o.files.end()}, o.dry_run});
    if (!merged) {
        return report_problem(context, merged.problem());
    }
    const auto& c = merged->counts;
    if (context.json) {
        auto conflicts = nlohmann::json::array();
        for (const auto& conflict : merged->conflicts) {
            conflicts.push_back(to_json(context, conflict));
        }
        context.print_json({{"files", o.files.size()},
                            {"records", c.records},
                            {"added", c.added},
                            {"updated", c.updated},
                            {"unchanged", c.unchanged},
                            {"deleted", c.deleted},
                            {"withheld", c.withheld},
                            {"conflicts", conflicts},
                            {"written", merged->written},
                            {"dry_run", o.dry_run}});
        return ExitCode::ok;
    }
    print_diagnostics(context, merged->warnings);
    if (o.dry_run) {
        print_conflicts(context, merged->conflicts);
    }
    if (c.added + c.updated + c.deleted == 0) {
        context.say(context.format(
            "Nothing changed: the {} records of the files were already in the journal{}.",
            "Inget ändrades: filernas {} poster fanns redan i journalen{}.", c.records,
            c.conflicts + c.withheld > 0
                ? context.format(" ({} conflicts, {} without texts)",
                                 " ({} konflikter, {} utan texter)", c.conflicts, c.withheld)
                : ""));
        return ExitCode::ok;
    }
    context.say(context.format(
        "{} {} records: {} added, {} updated, {} deleted, {} unchanged, {} conflicts, {} "
        "without texts.",
        "{} {} poster: {} nya, {} ändrade, {} borttagna, {} oförändrade, {} konflikter, {} utan "
        "texter.",
        o.dry_run ? context.tr("Would import", "Skulle importera")
                  : context.tr("Imported", "Importerade"),
        c.records, c.added, c.updated, c.deleted, c.unchanged, c.conflicts, c.withheld));
    if (c.conflicts > 0 && !o.dry_run) {
        context.say(context.tr("Run it again with --dry-run to see the conflicts.",
                               "Kör igen med --dry-run för att se konflikterna."));
    }
    return ExitCode::ok;
}

} // namespace

void setup_import(CLI::App& command, Context& context)
{
    auto o = std::make_shared<ImportOptions>();
    command
        .add_option("FILE", o->files,
                    context.tr("Exports of other journals (`peer export`)",
                               "Exporter från andra journaler (`peer export`)"))
        ->required();
    command.add_flag("--dry-run", o->dry_run,
                     context.tr("Check everything and list the conflicts, write nothing",
                                "Pröva allt och lista konflikterna, skriv inget"));
    command.footer(context.tr(
        "Examples:\n  peer import från-bea.jsonl\n  peer import --dry-run exports/*.jsonl\n\n"
        "One transaction: a problem in any file imports nothing, and is reported as FILE:LINE.\n"
        "A record already here is skipped; one changed in the file replaces this journal's when\n"
        "it is newer, else it is a conflict and this journal's is kept (and what you wrote is\n"
        "never replaced by someone else's file); a deletion travels. Importing a file again\n"
        "changes nothing.\n",
        "Exempel:\n  peer import från-bea.jsonl\n  peer import --dry-run exporter/*.jsonl\n\n"
        "En transaktion: ett problem i någon fil importerar inget, och rapporteras som FIL:RAD.\n"
        "En post som redan finns hoppas över; en som ändrats i filen ersätter journalens när den\n"
        "är nyare, annars är den en konflikt och journalens behålls (och det du skrivit ersätts\n"
        "aldrig av någon annans fil); en borttagning följer med. Samma fil igen ändrar inget.\n"));
    command.callback([&context, o] { context.exit = run_import(context, *o); });
}

} // namespace peer::cli

// peer activity import: catalogues and logs in batch, from CSV, TOML or JSON Lines.

#include "commands/commands.hpp"
#include "options.hpp"
#include "progress_bar.hpp"
#include "render.hpp"

#include <peer/app/import_activities.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>

namespace peer::cli {

namespace {

struct ImportOptions {
    std::vector<std::string> files;
    bool log = false;
    bool dry_run = false;
    Encoding encoding = Encoding::utf8;
    std::vector<std::string> allowed;
};

ExitCode run_import(Context& context, const ImportOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const app::ImportRequest request{o.log ? app::ImportKind::log : app::ImportKind::catalogue,
                                     {o.files.begin(), o.files.end()},
                                     o.dry_run,
                                     today(),
                                     o.encoding,
                                     o.allowed};
    app::ImportResult result;
    {
        ProgressBar bar(context);
        result = app::import_files(journal, request,
                                   [&](std::uint64_t done, std::uint64_t total, std::int64_t rows) {
                                       bar.update(done, total, rows);
                                   });
    }
    const auto& c = result.counts;
    const bool failed = has_errors(result.diagnostics);
    const auto exit = failed ? ExitCode::invalid_data : ExitCode::ok;
    if (context.json) {
        auto diagnostics = nlohmann::json::array();
        for (const auto& d : result.diagnostics) {
            diagnostics.push_back(to_json(context, d));
        }
        context.print_json({{"kind", o.log ? "log" : "catalogue"},
                            {"rows", c.rows},
                            {"added", c.added},
                            {"updated", c.updated},
                            {"unchanged", c.unchanged},
                            {"written", result.written},
                            {"dry_run", o.dry_run},
                            {"diagnostics", diagnostics}});
        return exit;
    }
    print_diagnostics(context, result.diagnostics);
    if (failed) {
        const auto errors = std::ranges::count_if(
            result.diagnostics, [](const Diagnostic& d) { return d.severity == Severity::error; });
        context.error(
            {fmt::format("{} problem(s) in {} row(s); nothing was written", errors, c.rows),
             fmt::format("{} problem i {} rad(er); inget skrevs", errors, c.rows)});
        return exit;
    }
    const auto verb = o.dry_run ? context.tr("Would import", "Skulle importera")
                                : context.tr("Imported", "Importerade");
    if (o.log) {
        context.say(context.format("{} {} log entries: {} added, {} already in the journal.",
                                   "{} {} loggposter: {} nya, {} fanns redan i journalen.", verb,
                                   c.rows, c.added, c.unchanged));
    } else {
        context.say(context.format("{} {} activities: {} added, {} updated, {} unchanged.",
                                   "{} {} aktiviteter: {} nya, {} ändrade, {} oförändrade.", verb,
                                   c.rows, c.added, c.updated, c.unchanged));
    }
    return exit;
}

} // namespace

void setup_activity_import(CLI::App& activity, Context& context)
{
    auto o = std::make_shared<ImportOptions>();
    auto* import = activity.add_subcommand(
        "import",
        context.tr("Import a catalogue of activities (or, with --log, log entries)",
                   "Importera en katalog med aktiviteter (eller, med --log, loggposter)"));
    import
        ->add_option("FILE", o->files,
                     context.tr("CSV (.csv), TOML (.toml) or JSON Lines (.jsonl) files",
                                "Filer i CSV (.csv), TOML (.toml) eller JSON Lines (.jsonl)"))
        ->required();
    import->add_flag("--log", o->log,
                     context.tr("The files hold log entries", "Filerna innehåller loggposter"));
    import->add_flag("--dry-run", o->dry_run,
                     context.tr("Check everything, write nothing", "Pröva allt, skriv inget"));
    import->add_option_function<std::string>(
        "--encoding",
        [&context, o](const std::string& text) {
            const auto encoding = parse_encoding(text);
    if (!encoding) {
        throw CLI::ValidationError("--encoding", context.format("unknown value '{}'; accepted: {}",
                                                                "okänt värde '{}'; tillåtna: {}",
                                                                text, accepted_encodings()));
    }
    o->encoding = *encoding;
},
        context.tr("The files' encoding: utf-8 (the default), windows-1252 (Excel on Windows) "
                   "or latin-1",
                   "Filernas teckenkodning: utf-8 (standard), windows-1252 (Excel i Windows) "
                   "eller latin-1"));
add_allow_identifier_option(*import, o->allowed, {"a file", "en fil"}, context);
import->footer(context.tr(
    "Examples:\n  peer activity import examples/activities.csv examples/activities.toml\n"
    "  peer activity import --log --dry-run examples/log.csv\n"
    "  peer activity import --encoding windows-1252 enhetens-lista.csv\n\n"
    "One transaction: an error anywhere writes nothing, and every bad row is reported as\n"
    "FILE:LINE. The catalogue is upserted by code; importing the same file again changes\n"
    "nothing. docs/activity-files.md describes the columns.\n",
    "Exempel:\n  peer activity import examples/activities.csv examples/activities.toml\n"
    "  peer activity import --log --dry-run examples/log.csv\n"
    "  peer activity import --encoding windows-1252 enhetens-lista.csv\n\n"
    "En transaktion: ett fel någonstans skriver inget, och varje felaktig rad rapporteras\n"
    "som FIL:RAD. Katalogen uppdateras per kod; samma fil en gång till ändrar inget.\n"
    "docs/activity-files.md beskriver kolumnerna.\n"));
    import->callback([&context, o] { context.exit = run_import(context, *o);
    } // namespace peer::cli
);
}

} // namespace peer::cli

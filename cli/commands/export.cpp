// peer export: the journal as a file, whole or for one person (what they need and no more).

#include "commands/commands.hpp"
#include "commands/include_option.hpp"
#include "options.hpp"
#include "render.hpp"

#include <peer/app/exchange.hpp>
#include <peer/core/files.hpp>
#include <peer/exchange/xapi.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>

namespace peer::cli {

namespace {

struct ExportOptions {
    std::string output = "-";
    std::string recipient;
    std::optional<Date> since;
    app::Included include;
    app::ExportFormat format = app::ExportFormat::peer;
    std::string xapi_home;
};

std::optional<app::ExportFormat> format_named(const std::string& name)
{
    if (name == "peer") {
        return app::ExportFormat::peer;
    }
    if (name == "xapi") {
        return app::ExportFormat::xapi;
    }
    if (name == "xapi-lines") {
        return app::ExportFormat::xapi_lines;
    }
    return std::nullopt;
}

std::string_view format_name(app::ExportFormat format)
{
    switch (format) {
    case app::ExportFormat::xapi:
        return "xapi";
    case app::ExportFormat::xapi_lines:
        return "xapi-lines";
    case app::ExportFormat::peer:
        break;
    }
    return "peer";
}

// --format peer|xapi|xapi-lines, and --xapi-home IRL for the xAPI formats.
void add_format_options(CLI::App& command, ExportOptions& o, const Context& context)
{
    auto* format = command.add_option_function<std::string>(
        "--format",
        [&o, &context](const std::string& name) {
            const auto chosen = format_named(name);
            if (!chosen) {
                throw CLI::ValidationError(
                    "--format",
                    context.format("unknown value '{}'; accepted: peer, xapi, xapi-lines",
                                   "okänt värde '{}'; tillåtna: peer, xapi, xapi-lines", name));
            }
            o.format = *chosen;
        },
        context.tr("peer (the export file, the default), xapi (xAPI statements for a Learning "
                   "Record Store, one JSON array) or xapi-lines (one statement per line)",
                   "peer (exportfilen, standard), xapi (xAPI-påståenden för ett Learning Record "
                   "Store, en JSON-array) eller xapi-lines (ett påstående per rad)"));
    command
        .add_option_function<std::string>(
            "--xapi-home",
            [&o, &context](const std::string& home) {
                if (!exchange::is_account_home(home)) {
                    throw CLI::ValidationError("--xapi-home", context.tr(app::bad_xapi_home(home)));
                }
                o.xapi_home = home;
            },
            context.format("xAPI: the home page of the accounts in your LRS, which with your id "
                           "names you there (default {})",
                           "xAPI: hemsidan för kontona i ditt LRS, som med ditt id namnger dig där "
                           "(standard {})",
                           exchange::k_xapi_default_home))
        ->needs(format);
}

// "Wrote 12 records to ali.jsonl.", or the statements for an xAPI format.
std::string written(const Context& context, const ExportOptions& o, const app::Exported& exported)
{
    if (o.format != app::ExportFormat::peer) {
        return o.recipient.empty() ? context.format("Wrote {} xAPI statements to {}.",
                                                    "Skrev {} xAPI-påståenden till {}.",
                                                    exported.statements, o.output)
                                   : context.format("Wrote {} xAPI statements for {} to {}.",
                                                    "Skrev {} xAPI-påståenden till {} i {}.",
                                                    exported.statements, o.recipient, o.output);
    }
    return o.recipient.empty()
               ? context.format("Wrote {} records to {}.", "Skrev {} poster till {}.",
                                exported.records, o.output)
               : context.format("Wrote {} records for {} to {}.", "Skrev {} poster till {} i {}.",
                                exported.records, o.recipient, o.output);
}

ExitCode run_export(Context& context, const ExportOptions& o)
{
    const auto journal = context.open_journal(journal::OpenMode::existing);
    const auto exported = app::export_journal(
        journal,
        {o.recipient, o.include, o.since, utc_now(), o.format, o.xapi_home, context.lang, {}});
    if (!exported) {
        return report_problem(context, exported.problem());
    }
    if (o.output == "-") {
        context.out << exported->text;
        return ExitCode::ok;
    }
    if (const auto error = write_file_atomically(o.output, exported->text)) {
        return report_problem(context, cannot_write(o.output, error));
    }
    if (context.json) {
        context.print_json(
            {{"file", o.output},
             {"for", o.recipient.empty() ? nlohmann::json() : nlohmann::json(o.recipient)},
             {"format", format_name(o.format)},
             {"records", exported->records},
             {"statements", exported->statements},
             {"withheld", exported->withheld}});
        return ExitCode::ok;
    }
    context.say(written(context, o, *exported));
    if (exported->withheld > 0) {
        context.say(context.format(
            "The texts of {} reflections, feedback and briefings were left out: add --include "
            "to send them.",
            "Texterna i {} reflektioner, återkopplingar och handledningar togs inte med: lägg "
            "till --include för att skicka dem.",
            exported->withheld));
    }
    return ExitCode::ok;
}

} // namespace

void setup_export(CLI::App& command, Context& context)
{
    auto o = std::make_shared<ExportOptions>();
    command.add_option("-o,--output", o->output,
                       context.tr("The file to write (- for stdout, the default)",
                                  "Filen att skriva (- för stdout, standard)"));
    auto* recipient = command.add_option(
        "--for", o->recipient,
        context.tr("Only what this person needs: your partner, or a member of staff",
                   "Bara det den här personen behöver: din studiekamrat, eller en i personalen"));
    add_include_option(command, o->include, context);
    command.get_option("--include")->needs(recipient);
    add_date_option(command, "--since", o->since,
                    context.tr("Only what changed on or after this day (and what it needs)",
                               "Bara det som ändrats denna dag eller senare (och det som behövs)"),
                    context);
    add_format_options(command, *o, context);
    command.footer(context.tr(
        "Examples:\n  peer export -o ali.jsonl\n  peer export --for bea -o till-bea.jsonl\n"
        "  peer export --for karin --include reflections -o till-karin.jsonl\n"
        "  peer export --since 2026-11-01 > since-november.jsonl\n"
        "  peer export --format xapi --xapi-home https://lrs.example.org/ -o ali.xapi.json\n"
        "  peer export --for karin --format xapi-lines > till-karin.xapi.jsonl\n\n"
        "JSON Lines (schemas/export.schema.json): a header, then one record per line. For a\n"
        "partner: the feedback you gave them and your briefings of the pair, with what they are\n"
        "about. For staff: your log, and of your writing the dates, kinds and which parts are\n"
        "written, not the texts, unless you --include them. `peer import` reads it.\n"
        "--format xapi writes the log entries, reflections and feedback among those records as\n"
        "xAPI statements for a Learning Record Store instead (docs/xapi.md).\n",
        "Exempel:\n  peer export -o ali.jsonl\n  peer export --for bea -o till-bea.jsonl\n"
        "  peer export --for karin --include reflections -o till-karin.jsonl\n"
        "  peer export --since 2026-11-01 > sedan-november.jsonl\n"
        "  peer export --format xapi --xapi-home https://lrs.example.org/ -o ali.xapi.json\n"
        "  peer export --for karin --format xapi-lines > till-karin.xapi.jsonl\n\n"
        "JSON Lines (schemas/export.schema.json): en rubrikrad, sedan en post per rad. Till en\n"
        "studiekamrat: återkopplingen du gett hen och dina handledningar i paret, med det de\n"
        "gäller. Till personal: din logg, och av det du skrivit datum, slag och vilka delar som\n"
        "är skrivna, inte texterna, om du inte tar med dem med --include. `peer import` läser\n"
        "filen. --format xapi skriver i stället loggposterna, reflektionerna och återkopplingen\n"
        "bland de posterna som xAPI-påståenden för ett Learning Record Store (docs/xapi.md).\n"));
    command.callback([&context, o] { context.exit = run_export(context, *o); });
}

} // namespace peer::cli

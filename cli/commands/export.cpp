// peer export: the journal as a file, whole or for one person (what they need and no more).

#include "commands/commands.hpp"
#include "options.hpp"
#include "render.hpp"

#include <peer/app/exchange.hpp>
#include <peer/core/files.hpp>

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
};

// --include reflections,feedback,briefings (in English or Swedish).
void add_include_option(CLI::App& command, app::Included& include, const Context& context)
{
    command
        .add_option_function<std::vector<std::string>>(
            "--include",
            [&include, &context](const std::vector<std::string>& kinds) {
                for (const auto& kind : kinds) {
                    if (kind == "reflections" || kind == "reflektioner") {
                        include.reflections = true;
                    } else if (kind == "feedback" || kind == "återkoppling") {
                        include.feedback = true;
                    } else if (kind == "briefings" || kind == "handledningar") {
                        include.briefings = true;
                    } else {
                        throw CLI::ValidationError(
                            "--include",
                            context.format("unknown value '{}'; accepted: reflections, feedback, "
                                           "briefings",
                                           "okänt värde '{}'; tillåtna: reflektioner, "
                                           "återkoppling, handledningar",
                                           kind));
                    }
                }
            },
            context.tr("The texts to add for staff, comma-separated: reflections, feedback, "
                       "briefings (none by default)",
                       "Texterna att ta med till personal, med komma emellan: reflektioner, "
                       "återkoppling, handledningar (inga som standard)"))
        ->delimiter(',');
}

ExitCode run_export(Context& context, const ExportOptions& o)
{
    const auto journal = context.open_journal(journal::OpenMode::existing);
    const auto exported =
        app::export_journal(journal, {o.recipient, o.include, o.since, utc_now()});
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
             {"records", exported->records},
             {"withheld", exported->withheld}});
        return ExitCode::ok;
    }
    context.say(o.recipient.empty()
                    ? context.format("Wrote {} records to {}.", "Skrev {} poster till {}.",
                                     exported->records, o.output)
                    : context.format("Wrote {} records for {} to {}.",
                                     "Skrev {} poster till {} i {}.", exported->records,
                                     o.recipient, o.output));
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
    command.footer(context.tr(
        "Examples:\n  peer export -o ali.jsonl\n  peer export --for bea -o till-bea.jsonl\n"
        "  peer export --for karin --include reflections -o till-karin.jsonl\n"
        "  peer export --since 2026-11-01 > since-november.jsonl\n\n"
        "JSON Lines (schemas/export.schema.json): a header, then one record per line. For a\n"
        "partner: the feedback you gave them and your briefings of the pair, with what they are\n"
        "about. For staff: your log, and of your writing the dates, kinds and which parts are\n"
        "written, not the texts, unless you --include them. `peer import` reads it.\n",
        "Exempel:\n  peer export -o ali.jsonl\n  peer export --for bea -o till-bea.jsonl\n"
        "  peer export --for karin --include reflections -o till-karin.jsonl\n"
        "  peer export --since 2026-11-01 > sedan-november.jsonl\n\n"
        "JSON Lines (schemas/export.schema.json): en rubrikrad, sedan en post per rad. Till en\n"
        "studiekamrat: återkopplingen du gett hen och dina handledningar i paret, med det de\n"
        "gäller. Till personal: din logg, och av det du skrivit datum, slag och vilka delar som\n"
        "är skrivna, inte texterna, om du inte tar med dem med --include. `peer import` läser\n"
        "filen.\n"));
    command.callback([&context, o] { context.exit = run_export(context, *o); });
}

} // namespace peer::cli

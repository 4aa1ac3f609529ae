// peer cohort: the teacher's view of the students' exports, per placement.

#include "commands/commands.hpp"
#include "options.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/app/cohort.hpp>

#include <fmt/format.h>

#include <memory>

namespace peer::cli {

namespace {

struct CohortOptions {
    std::vector<std::string> paths;
    std::optional<Date> today;
    exchange::CohortFormat format = exchange::CohortFormat::text;
    std::string output = "-";
};

ExitCode run_cohort(Context& context, const CohortOptions& o)
{
    const auto read = app::cohort({{o.paths.begin(), o.paths.end()}, o.today.value_or(today())});
    if (!read) {
        return report_problem(context, read.problem());
    }
    print_diagnostics(context, read->skipped);
    const auto format = context.json ? exchange::CohortFormat::json : o.format;
    const auto text = exchange::render_cohort(read->cohort, format, context.lang, terminal_width());
    if (const auto written = write_output(
            context, o.output, text,
            context.format("Wrote the cohort view to {}.", "Skrev kullens vy till {}.", o.output));
        written != ExitCode::ok) {
        return written;
    }
    if (has_errors(read->skipped)) {
        context.warning({"the files above were left out of the view: export them again",
                         "filerna ovan är inte med i vyn: exportera dem igen"});
        return ExitCode::invalid_data;
    }
    return ExitCode::ok;
}

} // namespace

void setup_cohort(CLI::App& command, Context& context)
{
    auto o = std::make_shared<CohortOptions>();
    command
        .add_option("paths", o->paths,
                    context.tr("Students' export files, or directories to search for *.jsonl",
                               "Studenters exportfiler, eller kataloger att söka *.jsonl i"))
        ->required();
    add_date_option(command, "--today", o->today,
                    context.tr("Judge exports' age and the rules' deadlines on this day "
                               "(default: today)",
                               "Bedöm exporternas ålder och reglernas tidsgränser denna dag "
                               "(förval: i dag)"),
                    context);
    add_choice_option(command, "--format", o->format,
                      {{"text", exchange::CohortFormat::text},
                       {"csv", exchange::CohortFormat::csv},
                       {"html", exchange::CohortFormat::html},
                       {"json", exchange::CohortFormat::json}},
                      context.tr("text (the default), csv, html (one page with charts) or json",
                                 "text (standard), csv, html (en sida med diagram) eller json"),
                      context);
    command.add_option("-o,--output", o->output,
                       context.tr("The file to write (- for stdout, the default)",
                                  "Filen att skriva (- för stdout, standard)"));
    command.footer(context.tr(
        "Examples:\n  peer cohort exports/\n  peer cohort --format csv exports/ > kull.csv\n"
        "  peer cohort --format html -o kull.html exports/ sena/*.jsonl\n\n"
        "Reads students' exports only, never a journal. Exports of the same student are merged,\n"
        "the newest winning. Per placement: one row per student and per pair, with flags: no\n"
        "reflection for seven days, feedback one way, one partner performing most, supervisor\n"
        "presence not decreasing, patient load not growing, rule errors, no export for a week.\n"
        "A file that is not a sound export is reported and left out; the exit status is then 1.\n",
        "Exempel:\n  peer cohort exporter/\n  peer cohort --format csv exporter/ > kull.csv\n"
        "  peer cohort --format html -o kull.html exporter/ sena/*.jsonl\n\n"
        "Läser bara studenters exporter, aldrig en journal. Exporter från samma student slås\n"
        "ihop och den nyaste vinner. Per placering: en rad per student och per par, med\n"
        "flaggor: ingen reflektion på sju dagar, återkoppling åt ett håll, en studiekamrat utför\n"
        "det mesta, handledarens närvaro minskar inte, antalet patienter ökar inte, regelfel,\n"
        "ingen export på en vecka. En fil som inte är en hel export rapporteras och lämnas\n"
        "utanför; slutstatus blir då 1.\n"));
    command.callback([&context, o] { context.exit = run_cohort(context, *o); });
}

} // namespace peer::cli

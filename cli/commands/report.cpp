// peer report: what a student brings to the midway and final assessment talks.

#include "commands/commands.hpp"
#include "options.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/app/report.hpp>
#include <peer/exchange/report.hpp>

#include <fmt/format.h>

#include <memory>

namespace peer::cli {

namespace {

struct ReportOptions {
    app::ReportRequest request;
    exchange::ReportFormat format = exchange::ReportFormat::text;
    std::string output = "-";
    std::optional<Date> today;
};

ExitCode run_report(Context& context, const ReportOptions& o)
{
    const auto journal = context.open_journal(journal::OpenMode::existing);
    auto request = o.request;
    request.today = o.today.value_or(today());
    const auto summary = app::report(journal, request);
    if (!summary) {
        return report_problem(context, summary.problem());
    }
    const auto format = context.json ? exchange::ReportFormat::json : o.format;
    const auto text = exchange::render_report(*summary, format, context.lang, terminal_width());
    return write_output(
        context, o.output, text,
        context.format("Wrote the report to {}.", "Skrev rapporten till {}.", o.output));
}

} // namespace

void setup_report(CLI::App& command, Context& context)
{
    auto o = std::make_shared<ReportOptions>();
    add_range_options(command, o->request.from, o->request.to, context);
    auto* week = command.add_option("--week", o->request.week,
                                    context.tr("The placement's week N (1: its first seven days)",
                                               "Placeringens vecka N (1: dess första sju dagar)"));
    auto* placement = command.add_option("--placement", o->request.placement,
                                         context.tr("The days of this placement (default: yours)",
                                                    "Den här placeringens dagar (standard: din)"));
    auto* all = command.add_flag(
        "--all", o->request.all,
        context.tr("Every day and every placement: the talks of each, and how the criteria found "
                   "at risk went",
                   "Alla dagar och varje placering: samtalen på var och en, och hur kriterierna i "
                   "riskzonen gick"));
    all->excludes(week)->excludes(placement);
    all->excludes(command.get_option("--from"))->excludes(command.get_option("--to"));
    week->excludes(command.get_option("--from"))->excludes(command.get_option("--to"));
    placement->excludes(command.get_option("--from"))->excludes(command.get_option("--to"));
    add_choice_option(command, "--format", o->format,
                      {{"text", exchange::ReportFormat::text},
                       {"md", exchange::ReportFormat::markdown},
                       {"markdown", exchange::ReportFormat::markdown},
                       {"html", exchange::ReportFormat::html},
                       {"json", exchange::ReportFormat::json}},
                      context.tr("text (the default), md (Markdown), html (one page with charts) "
                                 "or json",
                                 "text (standard), md (Markdown), html (en sida med diagram) "
                                 "eller json"),
                      context);
    add_date_option(command, "--today", o->today,
                    context.tr("Judge the rules' deadlines and dates on this day (default: today)",
                               "Bedöm reglernas tidsgränser och datum denna dag (förval: i dag)"),
                    context);
    command.add_option("-o,--output", o->output,
                       context.tr("The file to write (- for stdout, the default)",
                                  "Filen att skriva (- för stdout, standard)"));
    command.footer(context.tr(
        "Examples:\n  peer report\n  peer report --week 3\n  peer report --all\n"
        "  peer report --format html -o rapport.html\n"
        "  peer report --from 2026-11-02 --to 2026-11-20 --format md >> portfolio.md\n\n"
        "Activities by mode and by code, patients and supervisor presence per day, the learning\n"
        "outcomes covered and not yet touched, reflections and how complete they are, feedback\n"
        "given and received, briefings, the balance with each partner, and the rules of the\n"
        "supervisor model that still fail for you (your pair's setup, your log entries).\n",
        "Exempel:\n  peer report\n  peer report --week 3\n  peer report --all\n"
        "  peer report --format html -o rapport.html\n"
        "  peer report --from 2026-11-02 --to 2026-11-20 --format md >> portfolio.md\n\n"
        "Aktiviteter per arbetssätt och kod, patienter och handledarens närvaro per dag,\n"
        "lärandemål som berörts och inte ännu, reflektioner och hur fullständiga de är,\n"
        "återkoppling given och mottagen, handledningar, balansen med varje studiekamrat, och\n"
        "handledarmodellens regler som ännu inte är uppfyllda för dig (parets upplägg, dina\n"
        "loggposter).\n"));
    command.callback([&context, o] { context.exit = run_report(context, *o); });
}

} // namespace peer::cli

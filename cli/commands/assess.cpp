// peer assess: the assessment talks. `assess form FILE` checks an assessment form and shows it.

#include "commands/commands.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/app/lookup.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/assessment_form.hpp>
#include <peer/journal/journal.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include <memory>

namespace peer::cli {

namespace {

// The form of `file`, or of the placement when no file is named.
Result<model::AssessmentForm> form_to_show(Context& context, const std::string& file,
                                           const std::string& placement)
{
    if (!file.empty()) {
        return app::assessment_form(file);
    }
    auto journal = context.open_journal(journal::OpenMode::existing);
    auto found = app::placement_with_form(journal, placement);
    if (!found) {
        return found.problem();
    }
    return std::move(*found->assessment_form);
}

ExitCode run_form(Context& context, const std::string& file, const std::string& placement)
{
    const auto form = form_to_show(context, file, placement);
    if (!form) {
        return report_problem(context, form.problem());
    }
    if (context.json) {
        context.out << formats::to_json(*form).dump(2) << '\n';
        return ExitCode::ok;
    }
    // Each level and criterion: its id in a column as wide as the widest, then its text,
    // wrapped to the terminal under itself.
    std::size_t ids = 0;
    for (const auto& level : form->scale) {
        ids = std::max(ids, display_width(level.id));
    }
    for (const auto& area : form->areas) {
        for (const auto& criterion : area.criteria) {
            ids = std::max(ids, display_width(criterion.id));
        }
    }
    const auto row = [&](const std::string& id, const std::string& text) {
        context.out << wrapped(text, terminal_width(), "  " + padded(id, ids) + "  ",
                               std::string(ids + 4, ' '));
    };
    const auto heading = [&](const Text& title, const std::string& id) {
        context.out << wrapped(fmt::format("{} ({})", context.tr(title), id), terminal_width(), "",
                               "  ");
    };
    heading(form->title, form->id);
    context.out << '\n';
    context.out << context.tr("Scale, lowest first:\n", "Skala, lägst först:\n");
    for (const auto& level : form->scale) {
        row(level.id,
            context.tr(level.name) + (level.at_risk ? context.tr(" (at risk)", " (risk)") : ""));
    }
    for (const auto& area : form->areas) {
        context.out << '\n';
        heading(area.title, area.id);
        for (const auto& criterion : area.criteria) {
            row(criterion.id,
                context.tr(criterion.text)
                    + (criterion.outcomes.empty()
                           ? std::string()
                           : fmt::format(" [{}]", fmt::join(criterion.outcomes, ", "))));
        }
    }
    context.out << context.format("\n{} criteria in {} areas.\n", "\n{} kriterier i {} områden.\n",
                                  form->criteria_count(), form->areas.size());
    return ExitCode::ok;
}

} // namespace

void setup_assess(CLI::App& command, Context& context)
{
    command.require_subcommand(1);
    auto file = std::make_shared<std::string>();
    auto placement = std::make_shared<std::string>();
    auto* form = command.add_subcommand(
        "form", context.tr("Check an assessment form file, or show your placement's form: its "
                           "scale and criteria",
                           "Pröva en fil med ett bedömningsformulär, eller visa din placerings "
                           "formulär: dess skala och kriterier"));
    form->add_option("file", *file,
                     context.tr("The form (TOML, docs/assessment-form.md); without it, the form "
                                "of your placement",
                                "Formuläret (TOML, docs/assessment-form.md); utan det, din "
                                "placerings formulär"));
    form->add_option("--placement", *placement,
                     context.tr("The placement whose form to show (default: yours)",
                                "Placeringen vars formulär visas (standard: din)"))
        ->excludes(form->get_option("file"));
    form->footer(context.tr("Examples:\n  peer assess form examples/assessment-form.toml\n"
                            "  peer assess form\n\n"
                            "Every problem of the file is reported at its line and column, "
                            "with exit status 1.\n",
                            "Exempel:\n  peer assess form examples/assessment-form.toml\n"
                            "  peer assess form\n\n"
                            "Varje problem i filen anges med rad och kolumn, med "
                            "slutstatus 1.\n"));
    form->callback(
        [&context, file, placement] { context.exit = run_form(context, *file, *placement); });
}

} // namespace peer::cli

// peer intro | intro list | intro show | intro delete: the introduction a student writes to a
// placement (their goals, expectations and how they learn; the pair's roles, cooperation and
// first activities), and their partners' introductions, which come through exports.

#include "commands/commands.hpp"
#include "commands/delete_command.hpp"
#include "commands/writing_common.hpp"
#include "compose.hpp"
#include "options.hpp"
#include "terminal.hpp"

#include <peer/app/lookup.hpp>
#include <peer/app/writing.hpp>
#include <peer/core/utf8.hpp>
#include <peer/forms/json.hpp>

#include <fmt/format.h>

#include <memory>

namespace peer::cli {

namespace {

struct IntroOptions {
    std::string placement;
    std::optional<Date> date;
    ComposeOptions compose;
};

// Writes the owner's introduction, or changes the one written before: in the editor (or from a
// file) when there is one, so that what was written is seen and kept.
ExitCode run_write(Context& context, IntroOptions o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const app::IntroductionRequest request{o.placement, o.date, today()};
    const auto prepared = app::prepare_introduction(journal, request);
    if (!prepared) {
        return report_problem(context, prepared.problem());
    }
    const auto& intro = prepared->record;
    auto retry = std::string("peer intro");
    if (!o.placement.empty()) {
        retry += " --placement " + o.placement;
    }
    retry += allow_arguments(o.compose.allowed);
    const bool written_before = intro.number != 0;
    if (written_before && o.compose.from.empty()) {
        o.compose.editor = true;
    }
    const SignalShield shield; // a hang-up now waits until the text is kept or saved
    Composer composer(context, forms::introduction_form(), o.compose, retry);
    const auto composed = composer.compose(intro.answers);
    if (!composed) {
        return report_problem(context, composed.problem());
    }
    if (composed->unchanged && written_before) {
        context.say(context.format("Introduction {}: nothing changed.",
                                   "Introduktion {}: inget ändrades.", intro.number));
        return ExitCode::ok;
    }
    if (composed->interrupted || composed->draft) {
        return composer.keep(*composed,
                             composed->interrupted ? ExitCode::interrupted : ExitCode::ok);
    }
    const auto saved = composer.save(*composed, [&] {
        return app::save_introduction(journal, request, composer.composition(*composed));
    });
    const auto exit = report_saved(context, saved);
    if (saved && saved->unchanged && !context.json) {
        context.say(context.format("Introduction {}: nothing changed.",
                                   "Introduktion {}: inget ändrades.", saved->record.number));
    } else if (saved && !context.json) {
        const auto& done = saved->record;
        context.say(
            written_before
                ? context.format("Changed introduction {} to {}.",
                                 "Ändrade introduktion {} till {}.", done.number, done.placement)
                : context.format("Saved introduction {} to {}.", "Sparade introduktion {} till {}.",
                                 done.number, done.placement));
    }
    return exit;
}

ExitCode run_list(Context& context)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto all = journal::list_introductions(journal, {});
    if (context.json) {
        print_json_list(context, all);
        return ExitCode::ok;
    }
    for (const auto& intro : all) {
        context.out << fmt::format("{:>4}  {}  {} {} {}\n", intro.number, format_date(intro.date),
                                   padded(intro.author, 12), padded(intro.placement, 20),
                                   first_line(intro.answers.at(0), 36));
    }
    if (all.empty()) {
        context.say(context.tr("No introductions yet; write yours with `peer intro`.",
                               "Inga introduktioner än; skriv din med `peer intro`."));
    }
    return ExitCode::ok;
}

void print_introduction(Context& context, const model::Introduction& intro)
{
    const auto heading =
        fmt::format("# {} {} · {} · {} · {}", context.tr(forms::introduction_form().title),
                    intro.number, intro.author, intro.placement, format_date(intro.date));
    print_record(context, heading, forms::introduction_form(), intro);
}

ExitCode run_show(Context& context, std::int64_t number)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto intro = app::introduction(journal, number);
    if (!intro) {
        return report_problem(context, intro.problem());
    }
    if (context.json) {
        context.print_json(forms::to_json(*intro));
        return ExitCode::ok;
    }
    print_introduction(context, *intro);
    return ExitCode::ok;
}

} // namespace

void setup_intro(CLI::App& command, Context& context)
{
    auto o = std::make_shared<IntroOptions>();
    command.add_option("--placement", o->placement,
                       context.tr("The placement it introduces you to (default: yours)",
                                  "Placeringen den gäller (förval: din)"));
    add_date_option(
        command, "--date", o->date,
        context.tr("The day it was written (default: today)", "Dagen den skrevs (förval: i dag)"),
        context);
    add_compose_options(command, o->compose, context);
    command.footer(context.tr(
        "Your goals for the placement, your expectations and how you learn best; for your pair, "
        "your roles, how you cooperate and which activities come first. Written once, changed "
        "with `peer intro` again (in your editor).\n\n"
        "Examples:\n"
        "  peer intro\n"
        "  peer intro --from introduction.md\n"
        "  peer intro show 1\n",
        "Dina mål för placeringen, dina förväntningar och hur du lär dig bäst; för ert par, era "
        "roller, hur ni samarbetar och vilka aktiviteter som kommer först. Skrivs en gång och "
        "ändras med `peer intro` igen (i din editor).\n\n"
        "Exempel:\n"
        "  peer intro\n"
        "  peer intro --from introduktion.md\n"
        "  peer intro show 1\n"));
    command.require_subcommand(0, 1);
    command.callback([&context, &command, o] {
        if (command.get_subcommands().empty()) {
            context.exit = run_write(context, *o);
        }
    });

    auto* list = command.add_subcommand(
        "list", context.tr("List the introductions in your journal: yours and your partners'",
                           "Lista introduktionerna i din journal: din och dina studiekamraters"));
    list->footer(context.tr("Examples:\n  peer intro list\n  peer intro list --json\n",
                            "Exempel:\n  peer intro list\n  peer intro list --json\n"));
    list->callback([&context] { context.exit = run_list(context); });

    auto number = std::make_shared<std::int64_t>(0);
    auto* show =
        command.add_subcommand("show", context.tr("Show one introduction", "Visa en introduktion"));
    show->add_option("N", *number, context.tr("Its number", "Dess nummer"))->required();
    show->footer(context.tr("Examples:\n  peer intro show 1\n  peer intro show 1 --json\n",
                            "Exempel:\n  peer intro show 1\n  peer intro show 1 --json\n"));
    show->callback([&context, number] { context.exit = run_show(context, *number); });
    add_delete_command(command, context,
                       {"delete",
                        journal::RecordKind::introduction,
                        {"introduction", "introduktion"},
                        {"Delete your introduction", "Radera din introduktion"},
                        run_show});
}

} // namespace peer::cli

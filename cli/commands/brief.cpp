// peer brief before | after | list | show | edit | delete: the briefing before an activity and the
// debriefing after it, tied to the activity or its log entry.

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
#include <nlohmann/json.hpp>

#include <memory>

namespace peer::cli {

namespace {

struct BriefOptions {
    app::Link link;
    ComposeOptions compose;
};

// Writes a new briefing (`request.number` empty) or changes one: on the same prepare, compose
// and save for both, so that a kept text is saved again by `retry`.
ExitCode run_write(Context& context, const app::BriefingRequest& request, BriefOptions o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto prepared = app::prepare_briefing(journal, request);
    if (!prepared) {
        return report_problem(context, prepared.problem());
    }
    const auto& b = prepared->record;
    const auto& form = app::briefing_form(b.kind);
    const auto retry = (request.number ? fmt::format("peer brief edit {}", *request.number)
                                       : fmt::format("peer brief {}", model::keyword(b.kind)))
                       + link_arguments(o.link) + allow_arguments(o.compose.allowed);
    if (request.number && o.compose.from.empty()) {
        o.compose.editor = true; // what `edit` means, unless the text comes from a file
    }
    const SignalShield shield; // a hang-up now waits until the text is kept or saved
    Composer composer(context, form, o.compose, retry);
    if (b.kind == model::BriefingKind::before) {
        remind_action_plan(context, prepared->last_plan, b.code, &composer);
    }
    const auto composed = composer.compose(b.answers);
    if (!composed) {
        return report_problem(context, composed.problem());
    }
    if (composed->unchanged && request.number) {
        context.say(context.format("Briefing {}: nothing changed.",
                                   "Handledning {}: inget ändrades.", *request.number));
        return ExitCode::ok;
    }
    if (composed->interrupted || composed->draft) {
        return composer.keep(*composed,
                             composed->interrupted ? ExitCode::interrupted : ExitCode::ok);
    }
    const auto saved = composer.save(*composed, [&] {
        return app::save_briefing(journal, request, composer.composition(*composed));
    });
    const auto exit = report_saved(context, saved);
    if (saved && !context.json) {
        const auto& done = saved->record;
        context.say(
            done.kind == model::BriefingKind::before
                ? context.format("Saved briefing {} ({}).", "Sparade förhandledning {} ({}).",
                                 done.number, link_label(context, done))
                : context.format("Saved debriefing {} ({}).", "Sparade efterhandledning {} ({}).",
                                 done.number, link_label(context, done)));
    }
    return exit;
}

ExitCode run_brief(Context& context, model::BriefingKind kind, const BriefOptions& o)
{
    if (!o.link.entry && o.link.code.empty()) {
        return report_problem(
            context, problem(ExitCode::usage,
                             {"say which activity it is about: --activity CODE or --entry N",
                              "ange vilken aktivitet det gäller: --activity KOD eller --entry N"}));
    }
    return run_write(context, {kind, o.link, today(), std::nullopt}, o);
}

std::string kind_label(const Context& context, model::BriefingKind kind)
{
    return kind == model::BriefingKind::before ? context.tr("briefing", "förhandledning")
                                               : context.tr("debriefing", "efterhandledning");
}

ExitCode run_list(Context& context)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto all = journal::list_briefings(journal, std::nullopt);
    if (context.json) {
        print_json_list(context, all);
        return ExitCode::ok;
    }
    for (const auto& b : all) {
        context.out << fmt::format("{:>4}  {}  {} {} {}\n", b.number, format_date(b.date),
                                   padded(kind_label(context, b.kind), 16),
                                   padded(link_label(context, b), 22),
                                   first_line(b.answers.at(0), 40));
    }
    if (all.empty()) {
        context.say(context.tr("No briefings found; write one with `peer brief before "
                               "--activity CODE`.",
                               "Inga handledningar hittades; skriv en med `peer brief before "
                               "--activity KOD`."));
    }
    return ExitCode::ok;
}

ExitCode run_show(Context& context, std::int64_t number)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto b = app::briefing(journal, number);
    if (!b) {
        return report_problem(context, b.problem());
    }
    if (context.json) {
        context.print_json(forms::to_json(*b));
        return ExitCode::ok;
    }
    const auto heading =
        fmt::format("# {} {} · {} · {}", context.tr(app::briefing_form(b->kind).title), b->number,
                    format_date(b->date), link_label(context, *b));
    print_record(context, heading, app::briefing_form(b->kind), *b);
    return ExitCode::ok;
}

void setup_kind(CLI::App& command, Context& context, model::BriefingKind kind)
{
    const bool before = kind == model::BriefingKind::before;
    auto o = std::make_shared<BriefOptions>();
    auto* sub = command.add_subcommand(
        std::string(model::keyword(kind)),
        before ? context.tr("Before: who does what, which observations matter, what could happen",
                            "Före: vem gör vad, vilka observationer som är viktiga, vad som kan "
                            "hända")
               : context.tr("After: how it went, and the feedback given and received",
                            "Efter: hur det gick, och återkopplingen som gavs och togs emot"));
    add_link_options(*sub, o->link, context);
    add_compose_options(*sub, o->compose, context);
    sub->footer(before ? context.tr("Examples:\n  peer brief before --activity SUR-WOUND-01\n"
                                    "  peer brief before --activity SUR-WOUND-01 --from plan.md\n",
                                    "Exempel:\n  peer brief before --activity SUR-WOUND-01\n"
                                    "  peer brief before --activity SUR-WOUND-01 --from plan.md\n")
                       : context.tr("Examples:\n  peer brief after --entry 12\n"
                                    "  peer brief after --entry 12 --editor\n",
                                    "Exempel:\n  peer brief after --entry 12\n"
                                    "  peer brief after --entry 12 --editor\n"));
    sub->callback([&context, kind, o] { context.exit = run_brief(context, kind, *o); });
}

} // namespace

void setup_brief(CLI::App& command, Context& context)
{
    command.require_subcommand(1);
    setup_kind(command, context, model::BriefingKind::before);
    setup_kind(command, context, model::BriefingKind::after);

    auto* list = command.add_subcommand(
        "list", context.tr("List your briefings and debriefings",
                           "Lista dina förhandledningar och efterhandledningar"));
    list->footer(context.tr("Examples:\n  peer brief list\n  peer brief list --json\n",
                            "Exempel:\n  peer brief list\n  peer brief list --json\n"));
    list->callback([&context] { context.exit = run_list(context); });

    auto number = std::make_shared<std::int64_t>(0);
    auto* show = command.add_subcommand(
        "show", context.tr("Show one briefing or debriefing", "Visa en handledning"));
    show->add_option("N", *number, context.tr("Its number", "Dess nummer"))->required();
    show->footer(context.tr("Examples:\n  peer brief show 1\n", "Exempel:\n  peer brief show 1\n"));
    show->callback([&context, number] { context.exit = run_show(context, *number); });
    auto e = std::make_shared<BriefOptions>();
    auto edit_number = std::make_shared<std::int64_t>(0);
    auto* edit =
        add_edit_command(command, context,
                         {"Change a briefing or debriefing in your editor (or from a file)",
                          "Ändra en handledning i din editor (eller från en fil)"},
                         *edit_number, e->link, e->compose);
    edit->footer(context.tr("Examples:\n  peer brief edit 1\n"
                            "  peer brief edit 1 --entry 12\n"
                            "  peer brief edit 1 --from briefing.md\n",
                            "Exempel:\n  peer brief edit 1\n"
                            "  peer brief edit 1 --entry 12\n"
                            "  peer brief edit 1 --from handledning.md\n"));
    edit->callback([&context, e, edit_number] {
        context.exit =
            run_write(context, {model::BriefingKind::before, e->link, today(), *edit_number}, *e);
    });
    add_delete_command(command, context,
                       {"delete",
                        journal::RecordKind::briefing,
                        {"briefing", "handledning"},
                        {"Delete a briefing or debriefing", "Radera en handledning"},
                        run_show});
}

} // namespace peer::cli

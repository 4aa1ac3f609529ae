// peer brief before | after | list | show: the briefing before an activity and the debriefing
// after it, tied to the activity or its log entry.

#include "commands/commands.hpp"
#include "commands/writing_common.hpp"
#include "compose.hpp"
#include "options.hpp"

#include <peer/core/error.hpp>
#include <peer/forms/json.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>

namespace peer::cli {

namespace {

struct BriefOptions {
    LinkOptions link;
    ComposeOptions compose;
};

const forms::Form& form_of(model::BriefingKind kind)
{
    return kind == model::BriefingKind::before ? forms::briefing_before_form()
                                               : forms::briefing_after_form();
}

void run_brief(Context& context, model::BriefingKind kind, const BriefOptions& o)
{
    if (!o.link.entry && o.link.code.empty()) {
        throw UsageError({"say which activity it is about: --activity CODE or --entry N",
                          "ange vilken aktivitet det gäller: --activity KOD eller --entry N"});
    }
    auto journal = context.open_journal(journal::OpenMode::existing);
    model::Briefing b;
    b.kind = kind;
    b.author = writer_or_fail(journal).owner;
    apply_link(journal, o.link, b);
    const auto& form = form_of(kind);
    const auto retry =
        fmt::format("peer brief {} {}", model::keyword(kind),
                    b.entry ? fmt::format("--entry {}", *b.entry) : "--activity " + b.code);
    if (kind == model::BriefingKind::before) {
        remind_action_plan(context, journal, b.code);
    }
    Composer composer(context, form, o.compose, retry);
    auto composed = composer.compose(forms::Answers(form.sections.size()));
    if (!composed) {
        return;
    }
    if (composed->interrupted || composed->draft) {
        composer.keep(*composed, composed->interrupted ? ExitCode::interrupted : ExitCode::ok);
        return;
    }
    b.answers = composed->answers;
    if (std::ranges::all_of(b.answers, [](const auto& a) { return a.empty(); })) {
        context.error({"nothing was written; nothing was saved", "inget skrevs; inget sparades"});
        context.exit = ExitCode::invalid_data;
        return;
    }
    const auto allowed = composer.guard(*composed);
    if (!allowed) {
        return;
    }
    journal::add_briefing(journal, b, *allowed);
    composer.saved(*composed);
    if (context.json) {
        context.print_json(forms::to_json(b));
        return;
    }
    context.say(kind == model::BriefingKind::before
                    ? context.format("Saved briefing {} ({}).", "Sparade förhandledning {} ({}).",
                                     b.number, link_label(context, b))
                    : context.format("Saved debriefing {} ({}).",
                                     "Sparade efterhandledning {} ({}).", b.number,
                                     link_label(context, b)));
}

std::string kind_label(const Context& context, model::BriefingKind kind)
{
    return kind == model::BriefingKind::before ? context.tr("briefing", "förhandledning")
                                               : context.tr("debriefing", "efterhandledning");
}

void run_list(Context& context)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto all = journal::list_briefings(journal, std::nullopt);
    if (context.json) {
        print_json_list(context, all);
        return;
    }
    for (const auto& b : all) {
        context.out << fmt::format("{:>4}  {}  {:<16} {:<22} {}\n", b.number, format_date(b.date),
                                   kind_label(context, b.kind), link_label(context, b),
                                   first_line(b.answers.at(0), 40));
    }
}

void run_show(Context& context, std::int64_t number)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto b = journal::find_briefing(journal, number);
    if (!b) {
        throw Error(ExitCode::invalid_data,
                    {fmt::format("there is no briefing {}; see `peer brief list`", number),
                     fmt::format("det finns ingen handledning {}; se `peer brief list`", number)});
    }
    if (context.json) {
        context.print_json(forms::to_json(*b));
        return;
    }
    const auto heading = fmt::format("# {} {} · {} · {}", context.tr(form_of(b->kind).title),
                                     b->number, format_date(b->date), link_label(context, *b));
    print_record(context, heading, form_of(b->kind), *b);
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
    sub->callback([&context, kind, o] { run_brief(context, kind, *o); });
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
    list->callback([&context] { run_list(context); });

    auto number = std::make_shared<std::int64_t>(0);
    auto* show = command.add_subcommand(
        "show", context.tr("Show one briefing or debriefing", "Visa en handledning"));
    show->add_option("N", *number, context.tr("Its number", "Dess nummer"))->required();
    show->footer(context.tr("Examples:\n  peer brief show 1\n", "Exempel:\n  peer brief show 1\n"));
    show->callback([&context, number] { run_show(context, *number); });
}

} // namespace peer::cli

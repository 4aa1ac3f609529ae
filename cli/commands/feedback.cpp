// peer feedback give | list | show | edit | delete: constructive feedback, from the journal's owner
// to a partner (or, for staff, to a student they supervise).

#include "commands/commands.hpp"
#include "commands/delete_command.hpp"
#include "commands/writing_common.hpp"
#include "compose.hpp"
#include "options.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/app/lookup.hpp>
#include <peer/app/writing.hpp>
#include <peer/core/utf8.hpp>
#include <peer/forms/json.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <memory>

namespace peer::cli {

namespace {

struct GiveOptions {
    std::string to;
    std::string strength;
    std::string situation;
    std::string improve;
    std::string how;
    app::Link link;
    ComposeOptions compose;
};

// Where lib places what it says about the recipient, and where the person named them.
constexpr std::array<FieldOption, 1> k_to_option{{{"to", "--to"}}};

// Gives new feedback (`request.number` empty) or changes feedback given: on the same prepare,
// compose and save for both, so that a kept text is saved again by `retry`.
ExitCode run_write(Context& context, const app::FeedbackRequest& request, GiveOptions o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto prepared = app::prepare_feedback(journal, request);
    if (!prepared) {
        return report_problem(context, in_options(prepared.problem(), k_to_option));
    }
    const auto& f = prepared->record;
    const bool edit = request.number.has_value();
    if (edit && o.compose.from.empty()) {
        o.compose.editor = true; // what `edit` means, unless the text comes from a file
    }
    const forms::Answers given =
        edit ? f.answers : forms::Answers{o.strength, o.situation, o.improve, o.how};
    const SignalShield shield; // a hang-up now waits until the text is kept or saved
    Composer composer(context, forms::feedback_form(), o.compose,
                      (edit ? fmt::format("peer feedback edit {}", *request.number)
                            : "peer feedback give --to " + shell_quoted(f.recipient))
                          + link_arguments(o.link) + allow_arguments(o.compose.allowed));
    const bool missing = std::ranges::any_of(given, [](const auto& a) { return a.empty(); });
    const bool ask =
        !o.compose.from.empty() || o.compose.editor || (missing && interactive() && !context.json);
    const auto composed = ask ? composer.compose(given) : Result(composer.as_given(given));
    if (!composed) {
        return report_problem(context, composed.problem());
    }
    if (composed->unchanged && edit) {
        context.say(context.format("Feedback {}: nothing changed.",
                                   "Återkoppling {}: inget ändrades.", *request.number));
        return ExitCode::ok;
    }
    if (composed->interrupted || composed->draft) {
        return composer.keep(*composed,
                             composed->interrupted ? ExitCode::interrupted : ExitCode::ok);
    }
    const auto saved = composer.save(*composed, [&] {
        return app::save_feedback(journal, request, composer.composition(*composed),
                                  rules::default_rule_set());
    });
    const auto exit = report_saved(context, saved);
    if (saved && !context.json) {
        context.say(context.format("Saved feedback {} to {}.", "Sparade återkoppling {} till {}.",
                                   saved->record.number, saved->record.recipient));
    }
    return exit;
}

ExitCode run_list(Context& context, app::FeedbackShown shown)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto all = app::list_feedback(journal, shown);
    if (!all) {
        return report_problem(context, all.problem());
    }
    if (context.json) {
        print_json_list(context, *all);
        return ExitCode::ok;
    }
    for (const auto& f : *all) {
        context.out << fmt::format("{:>4}  {}  {} → {} {} {}\n", f.number, format_date(f.date),
                                   padded(f.author, 8), padded(f.recipient, 8), padded(f.code, 16),
                                   first_line(f.answers.at(0), 40));
    }
    if (all->empty()) {
        context.say(context.tr("No feedback found; give your partner some with `peer feedback "
                               "give`.",
                               "Ingen återkoppling hittades; ge din studiekamrat återkoppling "
                               "med `peer feedback give`."));
    }
    return ExitCode::ok;
}

ExitCode run_show(Context& context, std::int64_t number)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto f = app::feedback(journal, number);
    if (!f) {
        return report_problem(context, f.problem());
    }
    if (context.json) {
        context.print_json(forms::to_json(*f));
        return ExitCode::ok;
    }
    auto heading =
        context.format("# Feedback {} · {} · {} → {}", "# Återkoppling {} · {} · {} → {}",
                       f->number, format_date(f->date), f->author, f->recipient);
    if (!f->code.empty()) {
        heading += " · " + link_label(context, *f);
    }
    print_record(context, heading, forms::feedback_form(), *f);
    return ExitCode::ok;
}

} // namespace

void setup_feedback(CLI::App& command, Context& context)
{
    command.require_subcommand(1);
    auto o = std::make_shared<GiveOptions>();
    auto* give = command.add_subcommand(
        "give", context.tr("Give constructive feedback: a strength and where it showed, an "
                           "improvement and how",
                           "Ge konstruktiv återkoppling: en styrka och var den syntes, en "
                           "förbättring och hur"));
    give->add_option("--to", o->to,
                     context.tr("Who gets it (default: your partner)",
                                "Vem som får den (förval: din studiekamrat)"))
        ->type_name("ID");
    give->add_option("--strength", o->strength,
                     context.tr("What they did well", "Vad hen gjorde bra"))
        ->type_name("TEXT");
    give->add_option("--situation", o->situation,
                     context.tr("Where it showed", "I vilken situation det syntes"))
        ->type_name("TEXT");
    give->add_option("--improve", o->improve,
                     context.tr("What could be done better", "Vad som kan göras bättre"))
        ->type_name("TEXT");
    give->add_option("--how", o->how, context.tr("How it could be done", "Hur det kan göras"))
        ->type_name("TEXT");
    add_link_options(*give, o->link, context);
    add_compose_options(*give, o->compose, context);
    give->footer(context.tr(
        "All four parts are required (FB-CONSTRUCTIVE); on a terminal, peer asks for those "
        "missing.\n\nExamples:\n"
        "  peer feedback give --to bea --activity SUR-SBAR-01 \\\n"
        "      --strength \"Clear SBAR handover\" --situation \"Morning round, bed 4\" \\\n"
        "      --improve \"State the vital signs first\" --how \"Read them from the chart\"\n"
        "  peer feedback give --to bea --editor\n",
        "Alla fyra delar krävs (FB-CONSTRUCTIVE); på en terminal frågar peer efter de som "
        "saknas.\n\nExempel:\n"
        "  peer feedback give --to bea --activity SUR-SBAR-01 \\\n"
        "      --strength \"Tydlig SBAR-rapport\" --situation \"Morgonronden, säng 4\" \\\n"
        "      --improve \"Ta vitalparametrarna först\" --how \"Läs dem från kurvan\"\n"
        "  peer feedback give --to bea --editor\n"));
    give->callback([&context, o] {
        context.exit = run_write(context, {o->to, o->link, today(), std::nullopt}, *o);
    });

    auto e = std::make_shared<GiveOptions>();
    auto edit_number = std::make_shared<std::int64_t>(0);
    auto* edit = add_edit_command(command, context,
                                  {"Change feedback you gave, in your editor (or from a file)",
                                   "Ändra återkoppling du gav, i din editor (eller från en fil)"},
                                  *edit_number, e->link, e->compose);
    edit->footer(context.tr("It stays addressed to the same person.\n\nExamples:\n"
                            "  peer feedback edit 2\n  peer feedback edit 2 --from feedback.md\n",
                            "Den går kvar till samma person.\n\nExempel:\n"
                            "  peer feedback edit 2\n"
                            "  peer feedback edit 2 --from aterkoppling.md\n"));
    edit->callback([&context, e, edit_number] {
        context.exit = run_write(context, {"", e->link, today(), *edit_number}, *e);
    });

    auto given = std::make_shared<bool>(false);
    auto received = std::make_shared<bool>(false);
    auto* list =
        command.add_subcommand("list", context.tr("List feedback given and received",
                                                  "Lista återkoppling som getts och tagits emot"));
    auto* given_flag =
        list->add_flag("--given", *given, context.tr("Only what you gave", "Bara det du gav"));
    list->add_flag("--received", *received,
                   context.tr("Only what you received", "Bara det du fick"))
        ->excludes(given_flag);
    list->footer(context.tr("Examples:\n  peer feedback list --given\n"
                            "  peer feedback list --received --json\n",
                            "Exempel:\n  peer feedback list --given\n"
                            "  peer feedback list --received --json\n"));
    list->callback([&context, given, received] {
        context.exit = run_list(context, *given      ? app::FeedbackShown::given
                                         : *received ? app::FeedbackShown::received
                                                     : app::FeedbackShown::all);
    });

    auto number = std::make_shared<std::int64_t>(0);
    auto* show =
        command.add_subcommand("show", context.tr("Show one feedback", "Visa en återkoppling"));
    show->add_option("N", *number, context.tr("Its number", "Dess nummer"))->required();
    show->footer(
        context.tr("Examples:\n  peer feedback show 2\n", "Exempel:\n  peer feedback show 2\n"));
    show->callback([&context, number] { context.exit = run_show(context, *number); });
    add_delete_command(
        command, context,
        {"delete",
         journal::RecordKind::feedback,
         {"feedback", "återkoppling"},
         {"Withdraw feedback you gave: delete it", "Ta tillbaka återkoppling du gav: radera den"},
         run_show});
}

} // namespace peer::cli

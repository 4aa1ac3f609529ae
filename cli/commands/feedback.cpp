// peer feedback give | list | show: constructive feedback, from the journal's owner to a partner
// (or, for staff, to a student they supervise).

#include "commands/commands.hpp"
#include "commands/writing_common.hpp"
#include "compose.hpp"
#include "options.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/core/error.hpp>
#include <peer/forms/json.hpp>
#include <peer/rules/check.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace peer::cli {

namespace {

struct GiveOptions {
    std::string to;
    std::string strength;
    std::string situation;
    std::string improve;
    std::string how;
    LinkOptions link;
    ComposeOptions compose;
};

void run_give(Context& context, const GiveOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto writer = writer_or_fail(journal);
    model::Feedback f;
    f.author = writer.owner;
    auto recipient = rules::feedback_recipient({writer.staff, writer.may_address}, o.to);
    if (!recipient) {
        if (recipient.problem().code == ExitCode::usage) {
            // The rule does not know the command line: say which option it is about.
            const auto& message = recipient.problem().diagnostics.front().message;
            throw UsageError({"--to: " + message.en, "--to: " + message.sv});
        }
        context.exit = report_problem(context, recipient.problem());
        return;
    }
    f.recipient = *recipient;
    apply_link(journal, o.link, f);
    const forms::Answers given{o.strength, o.situation, o.improve, o.how};

    Composer composer(context, forms::feedback_form(), o.compose,
                      "peer feedback give --to " + f.recipient);
    const bool missing = std::ranges::any_of(given, [](const auto& a) { return a.empty(); });
    const bool ask =
        !o.compose.from.empty() || o.compose.editor || (missing && interactive() && !context.json);
    auto composed = ask ? composer.compose(given) : std::optional(composer.as_given(given));
    if (!composed) {
        return;
    }
    f.answers = composed->answers;
    if (composed->interrupted || composed->draft) {
        composer.keep(*composed, composed->interrupted ? ExitCode::interrupted : ExitCode::ok);
        return;
    }
    const auto& a = f.answers;
    const auto finding = rules::check_feedback(
        {context.format("feedback to {}", "återkoppling till {}", f.recipient), a.at(0), a.at(1),
         a.at(2), a.at(3)},
        rules::default_rule_set());
    if (finding.verdict == rules::Verdict::error) {
        report_findings(context, {finding});
        if (composed->prompted || composed->editor_file) {
            composer.keep(*composed, ExitCode::invalid_data);
        } else {
            context.error({"nothing was saved", "inget sparades"});
            context.exit = ExitCode::invalid_data;
        }
        return;
    }
    const auto allowed = composer.guard(*composed);
    if (!allowed) {
        return;
    }
    journal::add_feedback(journal, f, *allowed);
    composer.saved(*composed);
    if (context.json) {
        context.print_json(forms::to_json(f));
        return;
    }
    context.say(context.format("Saved feedback {} to {}.", "Sparade återkoppling {} till {}.",
                               f.number, f.recipient));
}

void run_list(Context& context, bool given, bool received)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    journal::FeedbackFilter filter;
    if (given || received) {
        const auto owner = writer_or_fail(journal).owner;
        (given ? filter.author : filter.recipient) = owner;
    }
    const auto all = journal::list_feedback(journal, filter);
    if (context.json) {
        print_json_list(context, all);
        return;
    }
    for (const auto& f : all) {
        context.out << fmt::format("{:>4}  {}  {:<8} → {:<8} {:<16} {}\n", f.number,
                                   format_date(f.date), f.author, f.recipient, f.code,
                                   first_line(f.answers.at(0), 40));
    }
}

void run_show(Context& context, std::int64_t number)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto f = journal::find_feedback(journal, number);
    if (!f) {
        throw Error(
            ExitCode::invalid_data,
            {fmt::format("there is no feedback {}; see `peer feedback list`", number),
             fmt::format("det finns ingen återkoppling {}; se `peer feedback list`", number)});
    }
    if (context.json) {
        context.print_json(forms::to_json(*f));
        return;
    }
    auto heading =
        context.format("# Feedback {} · {} · {} → {}", "# Återkoppling {} · {} · {} → {}",
                       f->number, format_date(f->date), f->author, f->recipient);
    if (!f->code.empty()) {
        heading += " · " + link_label(context, *f);
    }
    print_record(context, heading, forms::feedback_form(), *f);
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
    give->callback([&context, o] { run_give(context, *o); });

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
    list->callback([&context, given, received] { run_list(context, *given, *received); });

    auto number = std::make_shared<std::int64_t>(0);
    auto* show =
        command.add_subcommand("show", context.tr("Show one feedback", "Visa en återkoppling"));
    show->add_option("N", *number, context.tr("Its number", "Dess nummer"))->required();
    show->footer(
        context.tr("Examples:\n  peer feedback show 2\n", "Exempel:\n  peer feedback show 2\n"));
    show->callback([&context, number] { run_show(context, *number); });
}

} // namespace peer::cli

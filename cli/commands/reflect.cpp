// peer reflect [list | show | edit]: Gibbs reflections, at the prompt, in an editor or from a file.

#include "ask.hpp"
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
#include <peer/rules/check.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace peer::cli {

namespace {

struct ReflectOptions {
    app::Link link;
    ComposeOptions compose;
    std::optional<model::Phase> phase;
    std::optional<model::Company> with;
    std::optional<std::int64_t> number; // --continue N, or the N of `edit N`
    bool draft = false;
};

// The command that saves a kept text again, with every option that was given, so that
// following it saves what the writer meant.
std::string retry_command(const app::ReflectionRequest& request, const ReflectOptions& o)
{
    std::string command = "peer reflect";
    if (request.number) {
        command += request.edit ? fmt::format(" edit {}", *request.number)
                                : fmt::format(" --continue {}", *request.number);
    }
    command += link_arguments(request.link);
    if (request.phase) {
        command += fmt::format(" --phase {}", model::keyword(*request.phase));
    }
    if (request.company) {
        command += fmt::format(" --with {}", model::keyword(*request.company));
    }
    if (o.draft) {
        command += " --draft";
    }
    return command + allow_arguments(o.compose.allowed);
}

// At the prompt, with stages left empty: keep it as a draft? Yes unless the writer says no.
bool ask_keep_as_draft(const Context& context, std::size_t empty)
{
    context.out << '\n';
    LineReader reader;
    return ask_yes_no(
               context, reader,
               {fmt::format("Stages left empty: {} of 6. Keep it as a draft to finish later?",
                            empty),
                fmt::format("Tomma steg: {} av 6. Spara som utkast och gör klart senare?", empty)},
               true)
        .value_or(true);
}

void print_saved(Context& context, const model::Reflection& r)
{
    if (r.draft) {
        context.say(context.format("Kept reflection {} as a draft; finish it with `peer reflect "
                                   "--continue {}`.",
                                   "Sparade reflektion {} som utkast; gör klart den med `peer "
                                   "reflect --continue {}`.",
                                   r.number, r.number));
        return;
    }
    context.say(context.format("Saved reflection {} ({}{}).", "Sparade reflektion {} ({}{}).",
                               r.number, format_date(r.date),
                               r.code.empty() ? "" : ", " + link_label(context, r)));
}

app::ReflectionRequest request_from(const ReflectOptions& o, bool edit)
{
    app::ReflectionRequest request;
    request.number = o.number;
    request.edit = edit;
    request.link = o.link;
    request.phase = o.phase;
    request.company = o.with;
    request.today = today();
    return request;
}

ExitCode run_write(Context& context, ReflectOptions& o, bool edit)
{
    const auto request = request_from(o, edit);
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto prepared = app::prepare_reflection(journal, request);
    if (!prepared) {
        return report_problem(context, prepared.problem());
    }
    const auto& r = prepared->record;
    if (edit && o.compose.from.empty()) {
        o.compose.editor = true; // what `edit` means, unless the text comes from a file
    }
    const SignalShield shield; // a hang-up now waits until the text is kept or saved
    Composer composer(context, forms::reflection_form(), o.compose, retry_command(request, o));
    remind_action_plan(context, prepared->last_plan, r.code, &composer);
    const auto composed = composer.compose(r.answers);
    if (!composed) {
        return report_problem(context, composed.problem());
    }
    if (composed->unchanged && request.number) {
        context.say(context.format("Reflection {}: nothing changed.",
                                   "Reflektion {}: inget ändrades.", *request.number));
        return ExitCode::ok;
    }
    const auto empty = static_cast<std::size_t>(
        std::ranges::count_if(composed->answers, [](const auto& a) { return a.empty(); }));
    const bool draft = o.draft || composed->draft || composed->interrupted
                       || (composed->prompted && empty > 0 && empty < composed->answers.size()
                           && ask_keep_as_draft(context, empty));
    const auto saved = composer.save(*composed, [&] {
        return app::save_reflection(journal, request, composer.composition(*composed), draft,
                                    rules::default_rule_set());
    });
    const auto exit = report_saved(context, saved);
    if (!saved) {
        return composed->interrupted ? ExitCode::interrupted : exit;
    }
    if (composed->interrupted) {
        context.warning({"interrupted: what you wrote is kept as a draft",
                         "avbrutet: det du skrev är sparat som utkast"});
    }
    if (!context.json) {
        print_saved(context, saved->record);
    }
    return composed->interrupted ? ExitCode::interrupted : exit;
}

ExitCode run_list(Context& context, bool drafts, const std::string& code)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    journal::ReflectionFilter filter;
    filter.drafts = drafts;
    filter.code = code;
    const auto reflections = journal::list_reflections(journal, filter);
    if (context.json) {
        print_json_list(context, reflections);
        return ExitCode::ok;
    }
    for (const auto& r : reflections) {
        context.out << fmt::format(
            "{:>4}  {}  {} {} {} {}\n", r.number, format_date(r.date),
            padded(r.draft ? context.tr("draft", "utkast") : context.tr("saved", "sparad"), 7),
            padded(r.code, 16), padded(model::display(r.company, context.lang), 10),
            first_line(r.answers.at(0), 40));
    }
    if (reflections.empty()) {
        context.say(context.tr("No reflections found; write one with `peer reflect --activity "
                               "CODE`.",
                               "Inga reflektioner hittades; skriv en med `peer reflect "
                               "--activity KOD`."));
    }
    return ExitCode::ok;
}

ExitCode run_show(Context& context, std::int64_t number)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto found = app::reflection(journal, number);
    if (!found) {
        return report_problem(context, found.problem());
    }
    const auto& r = *found;
    if (context.json) {
        context.print_json(forms::to_json(r));
        return ExitCode::ok;
    }
    std::string heading = context.format("# Reflection {} · {}", "# Reflektion {} · {}", r.number,
                                         format_date(r.date));
    if (!r.code.empty()) {
        heading += " · " + link_label(context, r);
    }
    if (r.phase) {
        heading += " · " + std::string(model::display(*r.phase, context.lang));
    }
    heading +=
        r.company == model::Company::self
            ? context.tr(" · alone", " · ensam")
            : context.format(" · with {}", " · med {}", model::display(r.company, context.lang));
    if (r.draft) {
        heading += context.tr(" · draft", " · utkast");
    }
    print_record(context, heading, forms::reflection_form(), r);
    return ExitCode::ok;
}

void add_write_options(CLI::App& command, ReflectOptions& o, const Context& context)
{
    add_link_options(command, o.link, context);
    add_keyword_option<model::Phase>(
        command, "--phase", o.phase,
        context.tr("When you reflect: before | during | after (före, under, efter)",
                   "När du reflekterar: före | under | efter (before, during, "
                   "after)"),
        context);
    add_keyword_option<model::Company>(
        command, "--with", o.with,
        context.tr("With whom: self | peer | supervisor (själv, kamrat, "
                   "handledare)",
                   "Med vem: själv | kamrat | handledare (self, peer, "
                   "supervisor)"),
        context);
    command.add_flag(
        "--draft", o.draft,
        context.tr("Keep it as a draft to finish later", "Spara som utkast att göra klart senare"));
    add_compose_options(command, o.compose, context);
}

} // namespace

void setup_reflect(CLI::App& command, Context& context)
{
    auto o = std::make_shared<ReflectOptions>();
    add_write_options(command, *o, context);
    command
        .add_option("--continue", o->number,
                    context.tr("Go on with a draft: its number", "Fortsätt på ett utkast: "
                                                                 "dess nummer"))
        ->type_name("N");
    command.footer(context.tr(
        "Gibbs' six stages: description, feelings, evaluation, analysis, conclusion, action plan.\n"
        "On a terminal, peer asks for each; Ctrl-C keeps what you wrote as a draft.\n\n"
        "Examples:\n"
        "  peer reflect --activity SUR-WOUND-01 --phase after --with peer\n"
        "  peer reflect --entry 12 --editor\n"
        "  peer reflect --activity SUR-SBAR-01 --from reflection.md\n"
        "  peer reflect --continue 3\n"
        "  peer reflect list --drafts\n",
        "Gibbs sex steg: beskrivning, känslor, värdering, analys, slutsats, handlingsplan.\n"
        "På en terminal frågar peer efter vart och ett; Ctrl-C sparar det du skrivit som "
        "utkast.\n\n"
        "Exempel:\n"
        "  peer reflect --activity SUR-WOUND-01 --phase efter --with kamrat\n"
        "  peer reflect --entry 12 --editor\n"
        "  peer reflect --activity SUR-SBAR-01 --from reflektion.md\n"
        "  peer reflect --continue 3\n"
        "  peer reflect list --drafts\n"));
    command.require_subcommand(0, 1);
    command.callback([&context, &command, o] {
        if (command.get_subcommands().empty()) {
            context.exit = run_write(context, *o, false);
        }
    });

    auto drafts = std::make_shared<bool>(false);
    auto code = std::make_shared<std::string>();
    auto* list = command.add_subcommand(
        "list", context.tr("List your reflections", "Lista dina reflektioner"));
    list->add_flag("--drafts", *drafts, context.tr("Only drafts", "Bara utkast"));
    list->add_option("--activity", *code, context.tr("About this activity", "Om denna aktivitet"))
        ->type_name(context.tr("CODE", "KOD"));
    list->footer(
        context.tr("Examples:\n  peer reflect list\n  peer reflect list --drafts --json\n",
                   "Exempel:\n  peer reflect list\n  peer reflect list --drafts --json\n"));
    list->callback([&context, drafts, code] { context.exit = run_list(context, *drafts, *code); });

    auto number = std::make_shared<std::int64_t>(0);
    auto* show =
        command.add_subcommand("show", context.tr("Show one reflection", "Visa en reflektion"));
    show->add_option("N", *number, context.tr("Its number", "Dess nummer"))->required();
    show->footer(context.tr("Examples:\n  peer reflect show 3\n  peer reflect show 3 --json\n",
                            "Exempel:\n  peer reflect show 3\n  peer reflect show 3 --json\n"));
    show->callback([&context, number] { context.exit = run_show(context, *number); });
    add_delete_command(
        command, context,
        {"delete",
         journal::RecordKind::reflection,
         {"reflection", "reflektion"},
         {"Delete a reflection (a draft too)", "Radera en reflektion (ett utkast också)"},
         run_show});

    auto e = std::make_shared<ReflectOptions>();
    auto* edit = command.add_subcommand(
        "edit", context.tr("Change a reflection in your editor (or from a file)",
                           "Ändra en reflektion i din redigerare (eller från en fil)"));
    edit->add_option("N", e->number, context.tr("Its number", "Dess nummer"))->required();
    add_write_options(*edit, *e, context);
    edit->footer(context.tr("Examples:\n  peer reflect edit 3\n"
                            "  peer reflect edit 3 --from reflection.md\n",
                            "Exempel:\n  peer reflect edit 3\n"
                            "  peer reflect edit 3 --from reflektion.md\n"));
    edit->callback([&context, e] { context.exit = run_write(context, *e, true); });
}

} // namespace peer::cli

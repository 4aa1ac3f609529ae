// peer activity add | edit | show | list: the catalogue of learning activities.
// (log, history, progress: activity_log.cpp; import: activity_import.cpp)

#include "commands/commands.hpp"
#include "compose.hpp"
#include "options.hpp"
#include "render.hpp"

#include <peer/app/catalogue.hpp>
#include <peer/app/lookup.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/activity_json.hpp>
#include <peer/journal/activities.hpp>
#include <peer/model/person.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>
#include <memory>

namespace peer::cli {

namespace {

struct ActivityOptions {
    std::string code;
    app::ActivityChanges changes;
};

void add_activity_options(CLI::App& command, ActivityOptions& o, const Context& context)
{
    command
        .add_option(
            "CODE", o.code,
            context.tr("The activity's code: SUR-WOUND-01", "Aktivitetens kod: SUR-WOUND-01"))
        ->required();
    command.add_option("--title", o.changes.title, context.tr("Its title", "Dess rubrik"));
    command.add_option("--what", o.changes.what,
                       context.tr("What one should be able to do", "Vad man ska kunna göra"));
    command.add_option("--how", o.changes.how, context.tr("How it is done", "Hur det görs"));
    command.add_option("--why", o.changes.why, context.tr("Why it is done", "Varför det görs"));
    command
        .add_option("--outcome", o.changes.outcomes,
                    context.tr("A course learning outcome it serves (repeat, or commas)",
                               "Ett lärandemål den tjänar (upprepa, eller kommatecken)"))
        ->delimiter(',');
    command.add_option("--unit", o.changes.unit, context.tr("The unit", "Enheten"));
    command
        .add_option(
            "--tag", o.changes.tags,
            context.tr("A tag (repeat, or commas)", "En etikett (upprepa, eller kommatecken)"))
        ->delimiter(',');
    add_allow_identifier_option(command, o.changes.allowed, {"a text", "en text"}, context);
}

// Where lib places what the guard finds in an activity's texts, and where the person typed them.
constexpr std::array<FieldOption, 8> k_text_options{{{"code", "CODE"},
                                                     {"title", "--title"},
                                                     {"what", "--what"},
                                                     {"how", "--how"},
                                                     {"why", "--why"},
                                                     {"unit", "--unit"},
                                                     {"outcome", "--outcome"},
                                                     {"tag", "--tag"}}};

void print_activity(const Context& context, const model::Activity& a)
{
    if (context.json) {
        context.print_json(formats::to_json(a));
        return;
    }
    auto row = [&](std::string_view en, std::string_view sv, const std::string& value) {
        context.out << fmt::format("{:<10}{}\n", context.tr(en, sv), value);
    };
    row("code", "kod", a.code);
    row("title", "rubrik", a.title);
    row("what", "vad", a.what);
    row("how", "hur", a.how);
    row("why", "varför", a.why);
    row("outcomes", "mål", fmt::format("{}", fmt::join(a.outcomes, ", ")));
    row("unit", "enhet", a.unit);
    row("tags", "etiketter", fmt::format("{}", fmt::join(a.tags, ", ")));
}

enum class Saving { add, edit };

// What an add or edit saved, or why it did not.
ExitCode render(const Context& context, const Result<app::SavedActivity>& saved, Saving saving)
{
    if (!saved) {
        return report_problem(context, in_options(saved.problem(), k_text_options));
    }
    print_diagnostics(context, in_options(saved->warnings, k_text_options));
    const auto& activity = saved->activity;
    if (context.json) {
        print_activity(context, activity);
    } else if (!saved->changed) {
        context.say(context.format("{}: nothing changed.", "{}: inget ändrades.", activity.code));
    } else if (saving == Saving::add) {
        context.say(context.format("Added {}.", "Lade till {}.", activity.code));
    } else {
        context.say(context.format("Updated {}.", "Uppdaterade {}.", activity.code));
    }
    return ExitCode::ok;
}

ExitCode run_add(Context& context, const ActivityOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    return render(context, app::add_activity(journal, o.code, o.changes), Saving::add);
}

ExitCode run_edit(Context& context, const ActivityOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    return render(context, app::edit_activity(journal, o.code, o.changes), Saving::edit);
}

ExitCode run_show(Context& context, const std::string& code)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto activity = app::activity(journal, code);
    if (!activity) {
        return report_problem(context, activity.problem());
    }
    print_activity(context, *activity);
    return ExitCode::ok;
}

ExitCode run_list(Context& context, const journal::ActivityFilter& filter)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto activities = journal::list_activities(journal, filter);
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& a : activities) {
            list.push_back(formats::to_json(a));
        }
        context.print_json(list);
        return ExitCode::ok;
    }
    for (const auto& a : activities) {
        context.out << fmt::format("{} {}\n", padded(a.code, 18), a.title);
    }
    if (activities.empty()) {
        context.say(context.tr("No activities found; import a list with `peer activity import`.",
                               "Inga aktiviteter hittades; importera en lista med "
                               "`peer activity import`."));
    }
    return ExitCode::ok;
}

} // namespace

void setup_activity_log(CLI::App& activity, Context& context);
void setup_activity_import(CLI::App& activity, Context& context);

void setup_activity(CLI::App& command, Context& context)
{
    command.require_subcommand(1);

    auto add_options = std::make_shared<ActivityOptions>();
    auto* add = command.add_subcommand("add", context.tr("Add a learning activity to the catalogue",
                                                         "Lägg till en läraktivitet i katalogen"));
    add_activity_options(*add, *add_options, context);
    add->footer(context.tr(
        "Examples:\n  peer activity add SUR-PAIN-01 --title \"Pain assessment with NRS\" \\\n"
        "      --what \"Assess pain with NRS\" --outcome LO2 --tag pain,assessment\n",
        "Exempel:\n  peer activity add SUR-PAIN-01 --title \"Smärtskattning med NRS\" \\\n"
        "      --what \"Skatta smärta med NRS\" --outcome LO2 --tag smärta,bedömning\n"));
    add->get_option("--title")->required();
    add->callback([&context, add_options] { context.exit = run_add(context, *add_options); });

    auto edit_options = std::make_shared<ActivityOptions>();
    auto* edit = command.add_subcommand("edit", context.tr("Change an activity of the catalogue",
                                                           "Ändra en aktivitet i katalogen"));
    add_activity_options(*edit, *edit_options, context);
    edit->footer(context.tr("Examples:\n  peer activity edit SUR-PAIN-01 --tag pain,NRS\n",
                            "Exempel:\n  peer activity edit SUR-PAIN-01 --tag smärta,NRS\n"));
    edit->callback([&context, edit_options] { context.exit = run_edit(context, *edit_options); });

    auto shown = std::make_shared<std::string>();
    auto* show =
        command.add_subcommand("show", context.tr("Show an activity", "Visa en aktivitet"));
    show->add_option("CODE", *shown, context.tr("The activity's code", "Aktivitetens kod"))
        ->required();
    show->footer(context.tr("Examples:\n  peer activity show SUR-PAIN-01\n",
                            "Exempel:\n  peer activity show SUR-PAIN-01\n"));
    show->callback([&context, shown] { context.exit = run_show(context, *shown); });

    auto filter = std::make_shared<journal::ActivityFilter>();
    auto* list =
        command.add_subcommand("list", context.tr("List the catalogue", "Lista katalogen"));
    list->add_option("--tag", filter->tag, context.tr("With this tag", "Med denna etikett"));
    list->add_option("--outcome", filter->outcome,
                     context.tr("Serving this outcome", "Som tjänar detta mål"));
    list->add_option("--text", filter->text,
                     context.tr("With this text in code, title, what, how or why",
                                "Med denna text i kod, rubrik, vad, hur eller varför"));
    list->footer(context.tr("Examples:\n  peer activity list --tag wound\n"
                            "  peer activity list --outcome LO3 --json\n",
                            "Exempel:\n  peer activity list --tag sår\n"
                            "  peer activity list --outcome LO3 --json\n"));
    list->callback([&context, filter] { context.exit = run_list(context, *filter); });

    setup_activity_log(command, context);
    setup_activity_import(command, context);
}

} // namespace peer::cli

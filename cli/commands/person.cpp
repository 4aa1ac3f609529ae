// peer person add|edit|list|show: students and staff, one at a time. (check: person_check.cpp)

#include "commands/commands.hpp"
#include "commands/person_options.hpp"
#include "render.hpp"

#include <peer/app/lookup.hpp>
#include <peer/app/people.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/person_json.hpp>
#include <peer/journal/people.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>

namespace peer::cli {

namespace {

using model::Person;

Text role_of(const Person& person)
{
    if (person.is_student()) {
        return {"student", "student"};
    }
    const auto role = person.staff->role;
    return {std::string(model::display(role, Lang::en)),
            std::string(model::display(role, Lang::sv))};
}

void print_person(const Context& context, const Person& person)
{
    if (context.json) {
        context.print_json(formats::to_json(person));
        return;
    }
    auto row = [&](std::string_view en, std::string_view sv, std::string_view value) {
        context.out << fmt::format("{:<28}{}\n", context.tr(en, sv), value);
    };
    auto date = [](const std::optional<Date>& d) { return d ? format_date(*d) : std::string("-"); };
    row("id", "id", person.id);
    row("name", "namn", person.name);
    row("role", "roll", context.tr(role_of(person)));
    if (const auto& q = person.staff) {
        row("profession", "profession", q->profession);
        row("employer", "arbetsgivare", model::display(q->employer, context.lang));
        row("degree", "examen", model::display(q->degree, context.lang));
        row("degree field", "examensområde", q->degree_field);
        row("specialist", "specialistutbildning",
            fmt::format("{}", fmt::join(q->specialist, ", ")));
        row("supervisor training", "handledarutbildning",
            model::display(q->supervisor_training, context.lang));
        row("in profession since", "i professionen sedan", date(q->in_profession_since));
        if (q->role == model::Role::clinical_teacher) {
            row("appointed", "anställd", date(q->appointed));
            row("teaching ability assessed", "pedagogisk förmåga bedömd",
                q->teaching_ability_assessed ? context.tr("yes", "ja") : context.tr("no", "nej"));
            row("master's started", "magisterstudier påbörjade", date(q->master_started));
        }
    }
}

ExitCode run_add(Context& context, const app::PersonRequest& request)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto added = app::add_person(journal, request);
    if (!added) {
        return report_problem(context, in_options(added.problem(), k_person_options));
    }
    if (context.json) {
        print_person(context, *added);
    } else {
        context.say(context.format("Added {} ({}).", "Lade till {} ({}).", added->id,
                                   context.tr(role_of(*added))));
    }
    return ExitCode::ok;
}

ExitCode run_edit(Context& context, const app::PersonRequest& request)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto edited = app::edit_person(journal, request);
    if (!edited) {
        return report_problem(context, in_options(edited.problem(), k_person_options));
    }
    const auto& person = edited->person;
    if (context.json) {
        print_person(context, person);
    } else if (!edited->changed) {
        context.say(context.format("{}: nothing changed.", "{}: inget ändrades.", person.id));
    } else {
        context.say(context.format("Updated {}.", "Uppdaterade {}.", person.id));
    }
    return ExitCode::ok;
}

ExitCode run_show(Context& context, const std::string& id)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto person = app::person(journal, id);
    if (!person) {
        return report_problem(context, person.problem());
    }
    print_person(context, *person);
    return ExitCode::ok;
}

ExitCode run_list(Context& context, bool students_only, bool staff_only)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    auto json = nlohmann::json::array();
    std::vector<Person> shown;
    for (auto& person : journal::list_people(journal)) {
        if ((students_only && !person.is_student()) || (staff_only && person.is_student())) {
            continue;
        }
        json.push_back(formats::to_json(person));
        shown.push_back(std::move(person));
    }
    if (context.json) {
        context.print_json(json);
        return ExitCode::ok;
    }
    if (shown.empty()) {
        context.say(context.tr("No people in the journal yet; add them with `peer person add` or "
                               "`peer term apply`.",
                               "Inga personer i journalen än; lägg till med `peer person add` "
                               "eller `peer term apply`."));
        return ExitCode::ok;
    }
    for (const auto& person : shown) {
        context.out << fmt::format("{} {} {}\n", padded(person.id, 16), padded(person.name, 28),
                                   context.tr(role_of(person)));
    }
    return ExitCode::ok;
}

} // namespace

void setup_person_check(CLI::App& person, Context& context);

void setup_person(CLI::App& command, Context& context)
{
    command.require_subcommand(1);

    auto add_options = std::make_shared<app::PersonRequest>();
    auto* add = command.add_subcommand("add", context.tr("Add a student or a member of staff",
                                                         "Lägg till en student eller en anställd"));
    add_person_options(*add, *add_options, context);
    add->footer(context.tr(
        "Examples:\n"
        "  peer person add ali --name \"Ali Haddad\" --student\n"
        "  peer person add karin --name \"Karin Nilsson\" --role supervisor --profession nurse \\\n"
        "      --employer healthcare --degree bachelor --degree-field nursing \\\n"
        "      --specialist \"surgical care\" --supervisor-training basic \\\n"
        "      --in-profession-since 2018-06-15\n",
        "Exempel:\n"
        "  peer person add ali --name \"Ali Haddad\" --student\n"
        "  peer person add karin --name \"Karin Nilsson\" --role handledare \\\n"
        "      --profession sjuksköterska --employer vård --degree kandidat \\\n"
        "      --degree-field omvårdnad --specialist kirurgi --supervisor-training grund \\\n"
        "      --in-profession-since 2018-06-15\n"));
    add->callback([&context, add_options] { context.exit = run_add(context, *add_options); });

    auto edit_options = std::make_shared<app::PersonRequest>();
    auto* edit =
        command.add_subcommand("edit", context.tr("Change what the journal holds about a person",
                                                  "Ändra uppgifterna om en person"));
    add_person_options(*edit, *edit_options, context);
    edit->footer(context.tr("Examples:\n  peer person edit karin --supervisor-training advanced\n"
                            "  peer person edit lena --degree doctorate --role "
                            "senior-clinical-lecturer\n",
                            "Exempel:\n  peer person edit karin --supervisor-training avancerad\n"
                            "  peer person edit lena --degree doktor --role klinisk-lektor\n"));
    edit->callback([&context, edit_options] { context.exit = run_edit(context, *edit_options); });

    auto filters = std::make_shared<std::pair<bool, bool>>();
    auto* list = command.add_subcommand(
        "list", context.tr("List everyone in the journal", "Lista alla i journalen"));
    list->add_flag("--students", filters->first, context.tr("Students only", "Bara studenter"));
    list->add_flag("--staff", filters->second, context.tr("Staff only", "Bara anställda"));
    list->footer(context.tr("Examples:\n  peer person list\n  peer person list --staff --json\n",
                            "Exempel:\n  peer person list\n  peer person list --staff --json\n"));
    list->callback(
        [&context, filters] { context.exit = run_list(context, filters->first, filters->second); });

    auto shown_id = std::make_shared<std::string>();
    auto* show = command.add_subcommand("show", context.tr("Show one person", "Visa en person"));
    show->add_option("ID", *shown_id, context.tr("The person's id", "Personens id"))->required();
    show->footer(
        context.tr("Examples:\n  peer person show karin\n  peer person show karin --json\n",
                   "Exempel:\n  peer person show karin\n  peer person show karin --json\n"));
    show->callback([&context, shown_id] { context.exit = run_show(context, *shown_id); });

    setup_person_check(command, context);
}

} // namespace peer::cli

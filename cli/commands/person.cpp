// peer person add|edit|list|show: students and staff, one at a time. (check: person_check.cpp)

#include "commands/commands.hpp"
#include "commands/lookup.hpp"
#include "commands/person_options.hpp"
#include "options.hpp"

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

void check_id(const std::string& id)
{
    if (!model::is_valid_id(id)) {
        throw UsageError(
            {fmt::format(
                 "'{}' cannot be an id: use letters, digits, '.', '_' and '-' (at most 40), "
                 "starting with a letter or digit",
                 id),
             fmt::format("'{}' kan inte vara ett id: använd bokstäver, siffror, '.', '_' och '-' "
                         "(högst 40), med en bokstav eller siffra först",
                         id)});
    }
}

model::Qualifications new_staff(const PersonOptions& o)
{
    std::vector<std::string> missing;
    for (auto [given, flag] : {std::pair{o.role.has_value(), "--role"},
                               {o.profession.has_value(), "--profession"},
                               {o.employer.has_value(), "--employer"},
                               {o.degree.has_value(), "--degree"},
                               {o.supervisor_training.has_value(), "--supervisor-training"}}) {
        if (!given) {
            missing.emplace_back(flag);
        }
    }
    if (!missing.empty()) {
        const auto list = fmt::format("{}", fmt::join(missing, ", "));
        throw UsageError(
            {fmt::format("a member of staff needs {} too (or --student for a student)", list),
             fmt::format("en anställd behöver också {} (eller --student för en "
                         "student)",
                         list)});
    }
    model::Qualifications q;
    apply_staff_options(o, q);
    return q;
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

void run_add(Context& context, const PersonOptions& o)
{
    check_id(o.id);
    if (!o.name || o.name->empty()) {
        throw UsageError({"--name is required", "--name krävs"});
    }
    if (o.student && o.any_staff_option()) {
        throw UsageError({"a student has no staff facts: leave out --role and the other staff "
                          "options, or --student",
                          "en student har inga uppgifter som anställd: utelämna --role och de "
                          "andra flaggorna för anställda, eller --student"});
    }
    Person person{o.id, *o.name, std::nullopt};
    if (!o.student) {
        person.staff = new_staff(o);
    }
    auto journal = context.open_journal(journal::OpenMode::existing);
    if (journal::add_person(journal, person) == journal::PersonSaved::id_taken) {
        const auto holder = journal::find_person(journal, o.id);
        throw Error(ExitCode::invalid_data,
                    {fmt::format("the id '{}' is taken by {}; choose another id, or change them "
                                 "with `peer person edit {}`",
                                 o.id, holder->name, o.id),
                     fmt::format("id:t '{}' används redan av {}; välj ett annat id, eller ändra "
                                 "med `peer person edit {}`",
                                 o.id, holder->name, o.id)});
    }
    if (context.json) {
        print_person(context, person);
    } else {
        context.say(context.format("Added {} ({}).", "Lade till {} ({}).", person.id,
                                   context.tr(role_of(person))));
    }
}

void run_edit(Context& context, const PersonOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    auto person = find_person_or_fail(journal, o.id);
    if (o.name) {
        person.name = *o.name;
    }
    if (person.is_student()) {
        if (o.any_staff_option()) {
            throw UsageError(
                {fmt::format("{} is a student: staff options do not apply", o.id),
                 fmt::format("{} är student: flaggorna för anställda gäller inte", o.id)});
        }
    } else {
        if (o.student) {
            throw UsageError({fmt::format("{} is a member of staff and stays one; add the student "
                                          "under another id",
                                          o.id),
                              fmt::format("{} är anställd och förblir det; lägg till studenten "
                                          "med ett annat id",
                                          o.id)});
        }
        apply_staff_options(o, *person.staff);
    }
    const auto saved = journal::update_person(journal, person);
    if (context.json) {
        print_person(context, person);
    } else if (saved == journal::PersonSaved::unchanged) {
        context.say(context.format("{}: nothing changed.", "{}: inget ändrades.", person.id));
    } else {
        context.say(context.format("Updated {}.", "Uppdaterade {}.", person.id));
    }
}

void run_list(Context& context, bool students_only, bool staff_only)
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
        return;
    }
    if (shown.empty()) {
        context.say(context.tr("No people in the journal yet; add them with `peer person add` or "
                               "`peer term apply`.",
                               "Inga personer i journalen än; lägg till med `peer person add` "
                               "eller `peer term apply`."));
        return;
    }
    for (const auto& person : shown) {
        context.out << fmt::format("{:<16} {:<28} {}\n", person.id, person.name,
                                   context.tr(role_of(person)));
    }
}

} // namespace

void setup_person_check(CLI::App& person, Context& context);

void setup_person(CLI::App& command, Context& context)
{
    command.require_subcommand(1);

    auto add_options = std::make_shared<PersonOptions>();
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
    add->callback([&context, add_options] { run_add(context, *add_options); });

    auto edit_options = std::make_shared<PersonOptions>();
    auto* edit =
        command.add_subcommand("edit", context.tr("Change what the journal holds about a person",
                                                  "Ändra uppgifterna om en person"));
    add_person_options(*edit, *edit_options, context);
    edit->footer(context.tr("Examples:\n  peer person edit karin --supervisor-training advanced\n"
                            "  peer person edit lena --degree doctorate --role "
                            "senior-clinical-lecturer\n",
                            "Exempel:\n  peer person edit karin --supervisor-training avancerad\n"
                            "  peer person edit lena --degree doktor --role klinisk-lektor\n"));
    edit->callback([&context, edit_options] { run_edit(context, *edit_options); });

    auto filters = std::make_shared<std::pair<bool, bool>>();
    auto* list = command.add_subcommand(
        "list", context.tr("List everyone in the journal", "Lista alla i journalen"));
    list->add_flag("--students", filters->first, context.tr("Students only", "Bara studenter"));
    list->add_flag("--staff", filters->second, context.tr("Staff only", "Bara anställda"));
    list->footer(context.tr("Examples:\n  peer person list\n  peer person list --staff --json\n",
                            "Exempel:\n  peer person list\n  peer person list --staff --json\n"));
    list->callback([&context, filters] { run_list(context, filters->first, filters->second); });

    auto shown_id = std::make_shared<std::string>();
    auto* show = command.add_subcommand("show", context.tr("Show one person", "Visa en person"));
    show->add_option("ID", *shown_id, context.tr("The person's id", "Personens id"))->required();
    show->footer(
        context.tr("Examples:\n  peer person show karin\n  peer person show karin --json\n",
                   "Exempel:\n  peer person show karin\n  peer person show karin --json\n"));
    show->callback([&context, shown_id] {
        auto journal = context.open_journal(journal::OpenMode::existing);
        print_person(context, find_person_or_fail(journal, *shown_id));
    });

    setup_person_check(command, context);
}

} // namespace peer::cli

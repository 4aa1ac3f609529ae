// peer term list | show | handout: the placements the journal holds.

#include "commands/commands.hpp"
#include "render.hpp"

#include <peer/app/handout.hpp>
#include <peer/app/lookup.hpp>
#include <peer/core/files.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/person_json.hpp>
#include <peer/journal/placements.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>

namespace peer::cli {

namespace {

nlohmann::json to_json(const model::Placement& p)
{
    return {{"id", p.id},
            {"course", p.course},
            {"title", p.title},
            {"university", p.university},
            {"level", model::keyword(p.level)},
            {"programme_term", p.programme_term},
            {"field", p.field},
            {"profession", p.profession},
            {"unit", p.unit},
            {"start", format_date(p.start)},
            {"end", format_date(p.end)},
            {"examiner", p.examiner},
            {"assessment_form",
             p.assessment_form ? nlohmann::json(p.assessment_form->id) : nlohmann::json()}};
}

nlohmann::json to_json(const model::PlacementSetup& setup)
{
    auto staff = nlohmann::json::array();
    for (const auto& person : setup.staff) {
        staff.push_back(formats::to_json(person));
    }
    auto students = nlohmann::json::array();
    for (const auto& person : setup.students) {
        students.push_back(formats::to_json(person));
    }
    auto pairs = nlohmann::json::array();
    for (const auto& pair : setup.pairs) {
        pairs.push_back({{"students", pair.students},
                         {"supervisors", pair.supervisors},
                         {"reason", pair.reason}});
    }
    return {{"placement", to_json(setup.placement)},
            {"staff", staff},
            {"students", students},
            {"pairs", pairs}};
}

ExitCode run_list(Context& context)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto placements = journal::list_placements(journal);
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& p : placements) {
            list.push_back(to_json(p));
        }
        context.print_json(list);
        return ExitCode::ok;
    }
    if (placements.empty()) {
        context.say(context.tr("No placements yet; set one up with `peer term apply FILE`.",
                               "Inga placeringar än; lägg upp en med `peer term apply FIL`."));
    }
    for (const auto& p : placements) {
        context.out << fmt::format("{} {} – {}  {}, {}\n", padded(p.id, 20), format_date(p.start),
                                   format_date(p.end), p.title, p.unit);
    }
    return ExitCode::ok;
}

ExitCode run_show(Context& context, const std::string& id)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto found = app::placement(journal, id);
    if (!found) {
        return report_problem(context, found.problem());
    }
    const auto& setup = *found;
    if (context.json) {
        context.print_json(to_json(setup));
        return ExitCode::ok;
    }
    const auto& p = setup.placement;
    context.out << fmt::format("{}: {} ({}, {})\n", p.id, p.title, p.course, p.university);
    context.out << context.format(
        "{}, programme term {}, {}; {} to {}\n", "{}, termin {}, {}; {} till {}\n",
        p.level == model::Level::basic ? context.tr("basic level", "grundnivå")
                                       : context.tr("advanced level", "avancerad nivå"),
        p.programme_term, p.unit, format_date(p.start), format_date(p.end));
    context.out << context.tr("examiner: ", "examinator: ") << p.examiner << '\n';
    if (const auto& form = p.assessment_form) {
        context.out << context.format(
            "assessment form: {} ({}; {} criteria in {} areas, shown by `peer assess form`)\n",
            "bedömningsformulär: {} ({}; {} kriterier i {} områden, visas med `peer assess "
            "form`)\n",
            form->id, context.tr(form->title), form->criteria_count(), form->areas.size());
    }
    context.out << context.tr("staff:\n", "personal:\n");
    for (const auto& person : setup.staff) {
        context.out << fmt::format("  {} {} {}\n", padded(person.id, 14), padded(person.name, 26),
                                   model::display(person.staff->role, context.lang));
    }
    context.out << context.tr("pairs:\n", "par:\n");
    for (const auto& pair : setup.pairs) {
        context.out << fmt::format(
            "  {} {}{}\n", padded(fmt::format("{}", fmt::join(pair.students, " + ")), 30),
            fmt::join(pair.supervisors, ", "), pair.reason.empty() ? "" : " (" + pair.reason + ")");
    }
    for (const auto& student : setup.students) {
        if (!setup.pair_of(student.id)) {
            context.out << context.format("  {} has no pair\n", "  {} har inget par\n", student.id);
        }
    }
    return ExitCode::ok;
}

struct HandoutOptions {
    std::string placement;
    std::string student;
    std::string output;
};

ExitCode run_handout(Context& context, const HandoutOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto text = app::handout(journal, o.placement, o.student);
    if (!text) {
        return report_problem(context, text.problem());
    }
    // A handout names people: it is written private to its writer (0600), like an export.
    return write_output(context, o.output, *text,
                        context.format("Wrote {}'s handout to {}.", "Skrev {}s utdrag till {}.",
                                       o.student, o.output));
}

} // namespace

void setup_term_files(CLI::App& term, Context& context);

void setup_term(CLI::App& command, Context& context)
{
    command.require_subcommand(1);
    setup_term_files(command, context);

    auto* list = command.add_subcommand("list", context.tr("List the placements in the journal",
                                                           "Lista placeringarna i journalen"));
    list->footer(context.tr("Examples:\n  peer term list\n  peer term list --json\n",
                            "Exempel:\n  peer term list\n  peer term list --json\n"));
    list->callback([&context] { context.exit = run_list(context); });

    auto shown = std::make_shared<std::string>();
    auto* show = command.add_subcommand(
        "show", context.tr("Show a placement: staff, students and pairs",
                           "Visa en placering: personal, studenter och par"));
    show->add_option("ID", *shown, context.tr("The placement's id", "Placeringens id"))->required();
    show->footer(context.tr("Examples:\n  peer term show ht26-kir-avd12\n"
                            "  peer term show ht26-kir-avd12 --json\n",
                            "Exempel:\n  peer term show ht26-kir-avd12\n"
                            "  peer term show ht26-kir-avd12 --json\n"));
    show->callback([&context, shown] { context.exit = run_show(context, *shown); });

    auto o = std::make_shared<HandoutOptions>();
    auto* handout = command.add_subcommand(
        "handout", context.tr("Write the file a student needs to join the placement",
                              "Skriv filen en student behöver för att gå med i placeringen"));
    handout->add_option("ID", o->placement, context.tr("The placement's id", "Placeringens id"))
        ->required();
    handout->add_option("--student", o->student, context.tr("The student", "Studenten"))
        ->required();
    handout
        ->add_option(
            "-o,--output", o->output,
            context.tr("The file to write (- for stdout)", "Filen att skriva (- för stdout)"))
        ->required();
    handout->footer(context.tr(
        "Examples:\n  peer term handout ht26-kir-avd12 --student ali -o ali.toml\n"
        "  for s in ali bea; do peer term handout ht26-kir-avd12 --student $s -o $s.toml; done\n\n"
        "The handout holds the placement, the student and their partner, their supervisors and\n"
        "the examiner: no other student's data. The student joins with `peer term join FILE`.\n",
        "Exempel:\n  peer term handout ht26-kir-avd12 --student ali -o ali.toml\n"
        "  for s in ali bea; do peer term handout ht26-kir-avd12 --student $s -o $s.toml; done\n\n"
        "Utdraget innehåller placeringen, studenten och studiekamraten, deras handledare och\n"
        "examinatorn: inga andra studenters uppgifter. Studenten går med med `peer term join "
        "FIL`.\n"));
    handout->callback([&context, o] { context.exit = run_handout(context, *o); });
}

} // namespace peer::cli

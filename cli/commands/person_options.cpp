#include "commands/person_options.hpp"

#include "options.hpp"

namespace peer::cli {

void add_person_options(CLI::App& command, app::PersonRequest& request, const Context& context)
{
    auto& staff = request.staff;
    command
        .add_option(
            "ID", request.id,
            context.tr("The person's short id: anna, karin.s", "Personens korta id: anna, karin.s"))
        ->required();
    command.add_option("--name", request.name, context.tr("Full name", "Fullständigt namn"));
    command.add_flag("--student", request.student, context.tr("A student", "En student"));
    add_keyword_option<model::Role>(
        command, "--role", staff.role,
        context.tr("supervisor | main-supervisor | clinical-teacher | "
                   "clinical-lecturer | senior-clinical-lecturer (or Swedish: "
                   "handledare, huvudhandledare, klinisk-lärare, klinisk-adjunkt, "
                   "klinisk-lektor)",
                   "handledare | huvudhandledare | klinisk-lärare | "
                   "klinisk-adjunkt | klinisk-lektor (eller engelska: supervisor, "
                   "main-supervisor, clinical-teacher, clinical-lecturer, "
                   "senior-clinical-lecturer)"),
        context);
    command.add_option("--profession", staff.profession,
                       context.tr("The profession: nurse, physiotherapist, ...",
                                  "Professionen: sjuksköterska, fysioterapeut, ..."));
    add_keyword_option<model::Employer>(command, "--employer", staff.employer,
                                        context.tr("healthcare | university (vård | lärosäte)",
                                                   "vård | lärosäte (healthcare | university)"),
                                        context);
    add_keyword_option<model::Degree>(
        command, "--degree", staff.degree,
        context.tr("Highest degree: none | bachelor | master-1y | master-2y | "
                   "doctorate (ingen, kandidat, magister, master, doktor)",
                   "Högsta examen: ingen | kandidat | magister | master | doktor "
                   "(none, bachelor, master-1y, master-2y, doctorate)"),
        context);
    command.add_option("--degree-field", staff.degree_field,
                       context.tr("The field of the highest degree", "Examens huvudområde"));
    command
        .add_option("--specialist", staff.specialist,
                    context.tr("Field of a specialist education (repeat for several)",
                               "Område för en specialistutbildning (upprepa för flera)"))
        ->delimiter(',');
    add_keyword_option<model::Training>(
        command, "--supervisor-training", staff.supervisor_training,
        context.tr("none | basic | advanced (ingen, grund, avancerad)",
                   "ingen | grund | avancerad (none, basic, advanced)"),
        context);
    add_date_option(command, "--in-profession-since", staff.in_profession_since,
                    context.tr("The date the person entered the profession (YYYY-MM-DD)",
                               "Datum då personen började i professionen (ÅÅÅÅ-MM-DD)"),
                    context);
    add_date_option(
        command, "--appointed", staff.appointed,
        context.tr("Clinical teachers: the appointment date", "Kliniska lärare: anställningsdatum"),
        context);
    add_yes_no_option(command, "--teaching-ability-assessed", staff.teaching_ability_assessed,
                      context.tr("Clinical teachers: yes | no", "Kliniska lärare: ja | nej"),
                      context);
    add_date_option(command, "--master-started", staff.master_started,
                    context.tr("Clinical teachers: when master's studies started",
                               "Kliniska lärare: när magisterstudierna påbörjades"),
                    context);
    add_allow_identifier_option(command, request.allowed,
                                {"a text of the person (a ward's phone number in a name)",
                                 "en text om personen (avdelningens telefonnummer i ett namn)"},
                                context);
}

} // namespace peer::cli

#include "commands/person_options.hpp"

#include "options.hpp"

namespace peer::cli {

bool PersonOptions::any_staff_option() const
{
    return role || profession || employer || degree || degree_field || specialist
           || supervisor_training || in_profession_since || appointed || teaching_ability_assessed
           || master_started;
}

void add_person_options(CLI::App& command, PersonOptions& o, const Context& context)
{
    command
        .add_option(
            "ID", o.id,
            context.tr("The person's short id: anna, karin.s", "Personens korta id: anna, karin.s"))
        ->required();
    command.add_option("--name", o.name, context.tr("Full name", "Fullständigt namn"));
    command.add_flag("--student", o.student, context.tr("A student", "En student"));
    command.add_option("--role", o.role,
                       context.tr("supervisor | main-supervisor | clinical-teacher | "
                                  "clinical-lecturer | senior-clinical-lecturer (or Swedish: "
                                  "handledare, huvudhandledare, klinisk-lärare, klinisk-adjunkt, "
                                  "klinisk-lektor)",
                                  "handledare | huvudhandledare | klinisk-lärare | "
                                  "klinisk-adjunkt | klinisk-lektor (eller engelska: supervisor, "
                                  "main-supervisor, clinical-teacher, clinical-lecturer, "
                                  "senior-clinical-lecturer)"));
    command.add_option("--profession", o.profession,
                       context.tr("The profession: nurse, physiotherapist, ...",
                                  "Professionen: sjuksköterska, fysioterapeut, ..."));
    command.add_option("--employer", o.employer,
                       context.tr("healthcare | university (vård | lärosäte)",
                                  "vård | lärosäte (healthcare | university)"));
    command.add_option("--degree", o.degree,
                       context.tr("Highest degree: none | bachelor | master-1y | master-2y | "
                                  "doctorate (ingen, kandidat, magister, master, doktor)",
                                  "Högsta examen: ingen | kandidat | magister | master | doktor "
                                  "(none, bachelor, master-1y, master-2y, doctorate)"));
    command.add_option("--degree-field", o.degree_field,
                       context.tr("The field of the highest degree", "Examens huvudområde"));
    command
        .add_option("--specialist", o.specialist,
                    context.tr("Field of a specialist education (repeat for several)",
                               "Område för en specialistutbildning (upprepa för flera)"))
        ->delimiter(',');
    command.add_option("--supervisor-training", o.supervisor_training,
                       context.tr("none | basic | advanced (ingen, grund, avancerad)",
                                  "ingen | grund | avancerad (none, basic, advanced)"));
    command.add_option("--in-profession-since", o.in_profession_since,
                       context.tr("The date the person entered the profession (YYYY-MM-DD)",
                                  "Datum då personen började i professionen (ÅÅÅÅ-MM-DD)"));
    command.add_option("--appointed", o.appointed,
                       context.tr("Clinical teachers: the appointment date",
                                  "Kliniska lärare: anställningsdatum"));
    command.add_option("--teaching-ability-assessed", o.teaching_ability_assessed,
                       context.tr("Clinical teachers: yes | no", "Kliniska lärare: ja | nej"));
    command.add_option("--master-started", o.master_started,
                       context.tr("Clinical teachers: when master's studies started",
                                  "Kliniska lärare: när magisterstudierna påbörjades"));
}

void apply_staff_options(const PersonOptions& o, model::Qualifications& q)
{
    if (o.role) {
        q.role = keyword_option<model::Role>("--role", *o.role);
    }
    if (o.profession) {
        q.profession = *o.profession;
    }
    if (o.employer) {
        q.employer = keyword_option<model::Employer>("--employer", *o.employer);
    }
    if (o.degree) {
        q.degree = keyword_option<model::Degree>("--degree", *o.degree);
    }
    if (o.degree_field) {
        q.degree_field = *o.degree_field;
    }
    if (o.specialist) {
        q.specialist = *o.specialist;
    }
    if (o.supervisor_training) {
        q.supervisor_training =
            keyword_option<model::Training>("--supervisor-training", *o.supervisor_training);
    }
    if (o.in_profession_since) {
        q.in_profession_since = date_option("--in-profession-since", *o.in_profession_since);
    }
    if (o.appointed) {
        q.appointed = date_option("--appointed", *o.appointed);
    }
    if (o.teaching_ability_assessed) {
        q.teaching_ability_assessed =
            yes_no_option("--teaching-ability-assessed", *o.teaching_ability_assessed);
    }
    if (o.master_started) {
        q.master_started = date_option("--master-started", *o.master_started);
    }
}

} // namespace peer::cli

#include "commands/commands.hpp"

#include <array>

namespace peer::cli {

std::span<const Command> commands()
{
    static const std::array table{
        Command{"init",
                {"Create your journal (or bring an existing one up to date)",
                 "Skapa din journal (eller uppdatera en befintlig)"},
                setup_init},
        Command{"doctor",
                {"Check the journal: schema, integrity, foreign keys, row counts",
                 "Kontrollera journalen: schema, integritet, främmande nycklar, antal rader"},
                setup_doctor},
        Command{"backup",
                {"Copy the journal while it is in use, checked before it is kept",
                 "Kopiera journalen medan den används, kontrollerad innan den sparas"},
                setup_backup},
        Command{"term",
                {"Placements: check and apply placement files, list, show, hand out, join",
                 "Placeringar: pröva och genomför placeringsfiler, lista, visa, dela ut, gå med"},
                setup_term},
        Command{"pair",
                {"Pairs of students changed by hand: add, remove, list",
                 "Studentpar som ändras för hand: lägg till, ta bort, lista"},
                setup_pair},
        Command{"activity",
                {"Learning activities: the catalogue, your daily log, progress, batch import",
                 "Läraktiviteter: katalogen, din dagliga logg, progression, import"},
                setup_activity},
        Command{"reflect",
                {"Reflect through Gibbs' six stages: write, continue a draft, list, show, edit",
                 "Reflektera med Gibbs sex steg: skriv, fortsätt ett utkast, lista, visa, ändra"},
                setup_reflect},
        Command{"feedback",
                {"Constructive feedback: give it to your partner, list and show it",
                 "Konstruktiv återkoppling: ge den till din studiekamrat, lista och visa den"},
                setup_feedback},
        Command{"brief",
                {"Briefing before an activity and debriefing after it",
                 "Förhandledning före en aktivitet och efterhandledning efter den"},
                setup_brief},
        Command{"intro",
                {"Your introduction to a placement: goals, expectations, how your pair works",
                 "Din introduktion till en placering: mål, förväntningar, hur ni arbetar i "
                 "paret"},
                setup_intro},
        Command{"search",
                {"Search everything you have written: reflections, feedback, briefings, notes",
                 "Sök i allt du skrivit: reflektioner, återkoppling, handledningar, anteckningar"},
                setup_search},
        Command{"report",
                {"Your report for the assessment talks: text, Markdown, HTML or JSON",
                 "Din rapport till bedömningssamtalen: text, Markdown, HTML eller JSON"},
                setup_report},
        Command{"assess",
                {"The assessment talks: assess yourself, record a student's talk, show them",
                 "Bedömningssamtalen: bedöm dig själv, skriv en students samtal, visa dem"},
                setup_assess},
        Command{"plan",
                {"Individual action plans for criteria at risk: add, list, show, review",
                 "Individuella handlingsplaner för kriterier i riskzonen: lägg till, lista, visa, "
                 "följ upp"},
                setup_plan},
        Command{"export",
                {"Export your journal, whole or for your partner or a supervisor",
                 "Exportera din journal, hel eller till din studiekamrat eller en handledare"},
                setup_export},
        Command{"import",
                {"Import other journals' exports: feedback from your partner, students' logs",
                 "Importera andra journalers exporter: återkoppling från studiekamraten, "
                 "studenters loggar"},
                setup_import},
        Command{"cohort",
                {"The teacher's view of students' exports: per placement, with flags",
                 "Lärarens vy över studenters exporter: per placering, med flaggor"},
                setup_cohort},
        Command{"drafts",
                {"Draft files of texts the journal did not take: list, show, remove",
                 "Utkastfiler med texter som journalen inte tog emot: lista, visa, ta bort"},
                setup_drafts},
        Command{"person",
                {"Students and staff: add, edit, list, show, and check against the supervisor "
                 "model",
                 "Studenter och anställda: lägg till, ändra, lista, visa och pröva mot "
                 "handledarmodellen"},
                setup_person},
        Command{"rules",
                {"List the rules of the supervisor model and of peer learning",
                 "Lista reglerna i handledarmodellen och för peer learning"},
                setup_rules},
    };
    return table;
}

} // namespace peer::cli

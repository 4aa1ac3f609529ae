// The sections of each form: the words and questions students see.

#include <peer/forms/form.hpp>

#include <array>

namespace peer::forms {

const Form& reflection_form()
{
    static const std::array sections{
        Section{"description",
                {"Description", "Beskrivning"},
                {"What happened?", "Vad hände?"},
                {"The situation in a few lines: where, who, what you did. Never a patient's name.",
                 "Situationen med några rader: var, vem, vad du gjorde. Aldrig en patients namn."}},
        Section{"feelings",
                {"Feelings", "Känslor"},
                {"What did you think and feel?", "Vad tänkte och kände du?"},
                {"Before, during and after: it is your own journal.",
                 "Före, under och efter: det är din egen journal."}},
        Section{"evaluation",
                {"Evaluation", "Värdering"},
                {"What was good and what was less good?", "Vad var bra och vad var mindre bra?"},
                {"For you, for your partner and for the patient.",
                 "För dig, för din studiekamrat och för patienten."}},
        Section{"analysis",
                {"Analysis", "Analys"},
                {"What can you learn from it?", "Vad kan du lära dig av det?"},
                {"Why did it go as it did? Tie it to what you have read and to the learning "
                 "outcomes.",
                 "Varför gick det som det gick? Knyt det till det du läst och till "
                 "lärandemålen."}},
        Section{"conclusion",
                {"Conclusion", "Slutsats"},
                {"Could you have done something else?", "Kunde du ha gjort något annorlunda?"},
                {"What else could you have done, and what would it have changed?",
                 "Vad kunde du ha gjort i stället, och vad hade det ändrat?"}},
        Section{
            "action_plan",
            {"Action plan", "Handlingsplan"},
            {"If it happened again, what would you do?", "Om det hände igen, vad skulle du göra?"},
            {"Concrete steps for next time: peer reminds you of them when you log this "
             "activity again.",
             "Konkreta steg till nästa gång: peer påminner dig om dem när du loggar "
             "aktiviteten igen."}},
    };
    static const Form form{"reflection", {"Reflection", "Reflektion"}, sections};
    return form;
}

const Form& feedback_form()
{
    static const std::array sections{
        Section{"strength",
                {"Strength", "Styrka"},
                {"What did your peer do well?", "Vad gjorde din kamrat bra?"},
                {"Something concrete they can do again, not just \"good job\".",
                 "Något konkret som hen kan göra igen, inte bara \"bra jobbat\"."}},
        Section{"situation",
                {"Situation", "Situation"},
                {"Where did it show?", "I vilken situation syntes det?"},
                {"The moment or task, so that they recognise it.",
                 "Ögonblicket eller uppgiften, så att hen känner igen det."}},
        Section{"improve",
                {"Improve", "Förbättra"},
                {"What could be done better?", "Vad kan göras bättre?"},
                {"One concrete thing.", "En konkret sak."}},
        Section{"how",
                {"How", "Hur"},
                {"How could it be done?", "Hur kan det göras?"},
                {"A way to do it, or something to try next time.",
                 "Ett sätt att göra det, eller något att pröva nästa gång."}},
    };
    static const Form form{"feedback", {"Feedback", "Återkoppling"}, sections, true};
    return form;
}

const Form& briefing_before_form()
{
    static const std::array sections{
        Section{"who_does_what",
                {"Who does what", "Vem gör vad"},
                {"What will you do, and who does what?", "Vad ska ni göra, och vem gör vad?"},
                {"What you know from theory and from before; then the roles: who performs, who "
                 "observes, when you step in.",
                 "Vad ni kan från teorin och sedan tidigare; sedan rollerna: vem utför, vem "
                 "observerar, när ni kliver in."}},
        Section{"observations",
                {"Observations", "Observationer"},
                {"Which observations matter?", "Vilka observationer är viktiga?"},
                {"What to watch for in the patient and in the task.",
                 "Vad ni ska vara uppmärksamma på hos patienten och i uppgiften."}},
        Section{"consequences",
                {"Consequences", "Konsekvenser"},
                {"What could happen if you act one way or another?",
                 "Vad kan hända om ni gör på ett eller annat sätt?"},
                {"A consequence analysis: the risks, and what you would do instead.",
                 "En konsekvensanalys: riskerna, och vad ni skulle göra i stället."}},
    };
    static const Form form{
        "briefing-before", {"Briefing before the activity", "Förhandledning"}, sections};
    return form;
}

const Form& briefing_after_form()
{
    static const std::array sections{
        Section{"how_it_went",
                {"How it went", "Hur det gick"},
                {"How did it go?", "Hur gick det?"},
                {"Compared with what you planned.", "Jämfört med det ni planerade."}},
        Section{
            "feedback",
            {"Feedback", "Återkoppling"},
            {"What feedback did you give and get?", "Vilken återkoppling gav och fick ni?"},
            {"From each other, and from the supervisor.", "Från varandra, och från handledaren."}},
    };
    static const Form form{
        "briefing-after", {"Debriefing after the activity", "Efterhandledning"}, sections};
    return form;
}

const Form& introduction_form()
{
    static const std::array sections{
        Section{"goals",
                {"My goals", "Mina mål"},
                {"What do you want to learn on this placement?",
                 "Vad vill du lära dig under den här placeringen?"},
                {"Your own goals, tied to the course's learning outcomes: they come back at the "
                 "midway and final talks.",
                 "Dina egna mål, knutna till kursens lärandemål: de kommer tillbaka vid halvtids- "
                 "och slutsamtalet."}},
        Section{"expectations",
                {"My expectations", "Mina förväntningar"},
                {"What do you expect of the placement, your partner and your supervisors?",
                 "Vad förväntar du dig av placeringen, din studiekamrat och dina handledare?"},
                {"And what they can expect of you.", "Och vad de kan förvänta sig av dig."}},
        Section{"learning",
                {"How I learn best", "Hur jag lär mig bäst"},
                {"How do you learn best?", "Hur lär du dig bäst?"},
                {"Doing first or watching first, talking it through, reading up: what helps you.",
                 "Göra först eller se först, prata igenom, läsa på: det som hjälper dig."}},
        Section{"roles",
                {"Our roles", "Våra roller"},
                {"How will you and your partner share the roles?",
                 "Hur delar du och din studiekamrat på rollerna?"},
                {"Who performs and who observes, and how you take turns.",
                 "Vem som utför och vem som observerar, och hur ni turas om."}},
        Section{"cooperation",
                {"How we cooperate", "Hur vi samarbetar"},
                {"How will you work together?", "Hur ska ni arbeta tillsammans?"},
                {"Feedback to each other, when you reflect, what you do when you disagree.",
                 "Återkoppling till varandra, när ni reflekterar, vad ni gör när ni inte är "
                 "överens."}},
        Section{"first_activities",
                {"Our first activities", "Våra första aktiviteter"},
                {"Which activities do you start with?", "Vilka aktiviteter börjar ni med?"},
                {"From the unit's catalogue (`peer activity list`), and why those first.",
                 "Ur enhetens katalog (`peer activity list`), och varför just de först."}},
    };
    static const Form form{"introduction", {"Introduction", "Introduktion"}, sections};
    return form;
}

} // namespace peer::forms

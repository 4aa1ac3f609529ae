#include <peer/rules/catalogue.hpp>

#include <array>

namespace peer::rules {

namespace {

constexpr std::string_view k_supervisor_model = "supervisor model";
constexpr std::string_view k_peer_learning = "peer-learning model";
constexpr std::string_view k_assessment = "assessment talks";

const Text k_supervisor{"supervisor", "handledare"};
const Text k_main_supervisor{"main supervisor", "huvudhandledare"};
const Text k_clinical_teacher{"clinical teacher (healthcare)",
                              "klinisk lärare (hälso- och sjukvård)"};
const Text k_clinical_lecturer{"clinical lecturer (university)",
                               "klinisk lärare/adjunkt (lärosäte)"};

} // namespace

std::span<const RuleInfo> catalogue()
{
    static const std::array table{
        RuleInfo{"SUP-DEGREE",
                 Severity::error,
                 k_supervisor,
                 {"holds at least a bachelor's degree in the profession supervised",
                  "har minst kandidatexamen inom den profession som handleds"},
                 k_supervisor_model},
        RuleInfo{"SUP-TRAINING",
                 Severity::error,
                 k_supervisor,
                 {"has supervisor training at basic level or higher",
                  "har handledarutbildning på grundläggande nivå eller högre"},
                 k_supervisor_model},
        RuleInfo{"SUP-EMPLOYER",
                 Severity::error,
                 {"supervisor, main supervisor, clinical teacher",
                  "handledare, huvudhandledare, klinisk lärare"},
                 {"is employed by healthcare", "är anställd av hälso- och sjukvården"},
                 k_supervisor_model},
        RuleInfo{"SUP-ADVANCED",
                 Severity::error,
                 {"supervisor on an advanced-level placement", "handledare på avancerad nivå"},
                 {"has a specialist education and/or a master's degree in the placement's field",
                  "har specialistutbildning och/eller magisterexamen inom placeringens område"},
                 k_supervisor_model},
        RuleInfo{"SUP-EXPERIENCE",
                 Severity::error,
                 k_supervisor,
                 {"supervises alone only with at least one year in the profession; with less, "
                  "only in a team with a supervisor who has it",
                  "handleder självständigt först efter minst ett år i professionen; med kortare "
                  "tid bara i team med en handledare som har det"},
                 k_supervisor_model},
        RuleInfo{"MAIN-PROFESSION",
                 Severity::error,
                 k_main_supervisor,
                 {"is trained in the profession supervised",
                  "har utbildning inom den profession som handleds"},
                 k_supervisor_model},
        RuleInfo{"MAIN-TRAINING",
                 Severity::warning,
                 k_main_supervisor,
                 {"should have supervisor training at advanced level",
                  "bör ha handledarutbildning på avancerad nivå"},
                 k_supervisor_model},
        RuleInfo{"CT-DEGREE",
                 Severity::error,
                 k_clinical_teacher,
                 {"holds at least a master's (magister) degree and advanced supervisor training",
                  "har minst magisterexamen och avancerad handledarkompetens"},
                 k_supervisor_model},
        RuleInfo{"CT-DEADLINE",
                 Severity::warning,
                 k_clinical_teacher,
                 {"without a master's degree, has had teaching ability assessed and starts "
                  "master's studies within two years of the appointment (a warning before the "
                  "deadline, an error after it)",
                  "utan magisterexamen: har fått sin kliniskt pedagogiska förmåga bedömd och "
                  "påbörjar magisterstudier inom två år från anställningen (varning före "
                  "tidsgränsen, fel efter den)"},
                 k_supervisor_model,
                 true},
        RuleInfo{"CT-NO-EXAM",
                 Severity::error,
                 k_clinical_teacher,
                 {"has no formal examining responsibility: may not be a placement's examiner",
                  "har inget formellt examinationsansvar: får inte vara placeringens examinator"},
                 k_supervisor_model},
        RuleInfo{"CL-DEGREE",
                 Severity::error,
                 k_clinical_lecturer,
                 {"has a teaching qualification at least at master's level and is employed by "
                  "the university",
                  "har pedagogisk kompetens på minst magisternivå och är anställd av lärosätet"},
                 k_supervisor_model},
        RuleInfo{
            "CL-EXAM-LEVEL",
            Severity::error,
            k_clinical_lecturer,
            {"examines basic-level placements only", "examinerar bara placeringar på grundnivå"},
            k_supervisor_model},
        RuleInfo{"SL-DEGREE",
                 Severity::error,
                 {"senior clinical lecturer", "klinisk lektor"},
                 {"holds a doctorate and is employed by the university; may examine both levels",
                  "är disputerad och anställd av lärosätet; får examinera båda nivåerna"},
                 k_supervisor_model},
        RuleInfo{"EXAM-ROLE",
                 Severity::error,
                 {"examiner", "examinator"},
                 {"the examiner holds a role that may examine the placement's level (by the "
                  "rule set: clinical lecturers basic level, senior clinical lecturers both)",
                  "examinatorn har en roll som får examinera placeringens nivå (enligt "
                  "regeluppsättningen: kliniska adjunkter grundnivå, kliniska lektorer båda)"},
                 k_supervisor_model},
        RuleInfo{"PAIR-SIZE",
                 Severity::warning,
                 {"pair", "par"},
                 {"two students; three only with a stated reason (a warning then; an error "
                  "without one, or with any other number)",
                  "två studenter; tre bara med angivet skäl (då en varning; ett fel utan skäl, "
                  "eller med något annat antal)"},
                 k_peer_learning,
                 true},
        RuleInfo{"PAIR-PLACEMENT",
                 Severity::error,
                 {"pair", "par"},
                 {"both students belong to the same placement",
                  "båda studenterna hör till samma placering"},
                 k_peer_learning},
        RuleInfo{"PAIR-SUPERVISED",
                 Severity::error,
                 {"pair", "par"},
                 {"has at least one supervisor valid for the placement's level, or a team that is",
                  "har minst en handledare som uppfyller kraven för placeringens nivå, eller ett "
                  "team som gör det"},
                 k_peer_learning},
        RuleInfo{"LOG-ROLES",
                 Severity::error,
                 {"log entry", "loggpost"},
                 {"performer and observer are different students of the same pair",
                  "den som utför och den som observerar är olika studenter i samma par"},
                 k_peer_learning},
        RuleInfo{"LOG-DELEGATION",
                 Severity::error,
                 {"log entry", "loggpost"},
                 {"delegation mode only from programme term 6",
                  "delegering som arbetssätt först från termin 6"},
                 k_peer_learning},
        RuleInfo{"LOG-DATE",
                 Severity::warning,
                 {"log entry", "loggpost"},
                 {"dated within the owner's placement, and not after today",
                  "daterad inom ägarens placering och inte efter i dag"},
                 k_peer_learning},
        RuleInfo{"FB-CONSTRUCTIVE",
                 Severity::error,
                 {"feedback", "återkoppling"},
                 {"names a strength with its situation and an improvement with how",
                  "nämner en styrka med sin situation och en förbättring med hur"},
                 k_peer_learning},
        RuleInfo{"REF-GIBBS",
                 Severity::warning,
                 {"reflection", "reflektion"},
                 {"all six Gibbs stages are written (a draft may leave some empty)",
                  "alla sex stegen i Gibbs reflektionscykel är skrivna (ett utkast får lämna "
                  "några tomma)"},
                 k_peer_learning},
        RuleInfo{"TALK-MIDWAY-TIMING",
                 Severity::warning,
                 {"midway talk", "halvtidssamtal"},
                 {"takes place no later than halfway through the placement (by the rule set)",
                  "hålls senast halvvägs genom placeringen (enligt regeluppsättningen)"},
                 k_assessment},
        RuleInfo{"TALK-MIDWAY-GAP",
                 Severity::warning,
                 {"midway talk", "halvtidssamtal"},
                 {"comes at least three weeks before the final talk (by the rule set)",
                  "kommer minst tre veckor före slutsamtalet (enligt regeluppsättningen)"},
                 k_assessment},
        RuleInfo{"TALK-PLAN",
                 Severity::error,
                 {"student at risk", "student i riskzonen"},
                 {"a student judged at risk at the midway talk has an individual action plan "
                  "within a week of it (by the rule set)",
                  "en student som bedöms vara i riskzonen vid halvtidssamtalet har en individuell "
                  "handlingsplan inom en vecka efter det (enligt regeluppsättningen)"},
                 k_assessment},
        RuleInfo{"TALK-FINAL-MIDWAY",
                 Severity::error,
                 {"final talk", "slutsamtal"},
                 {"a final assessment has a midway assessment before it",
                  "en slutbedömning har en halvtidsbedömning före sig"},
                 k_assessment},
        RuleInfo{"TALK-FINAL-ALL",
                 Severity::error,
                 {"final talk", "slutsamtal"},
                 {"the supervisor's final assessment judges every criterion of the form",
                  "handledarens slutbedömning bedömer varje kriterium i formuläret"},
                 k_assessment},
    };
    return table;
}

const RuleInfo* find_rule(std::string_view id)
{
    for (const auto& rule : catalogue()) {
        if (rule.id == id) {
            return &rule;
        }
    }
    return nullptr;
}

} // namespace peer::rules

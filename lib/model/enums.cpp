#include <peer/model/enums.hpp>

#include <array>
#include <cctype>

namespace peer::model {

std::string normalise_keyword(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        // Å (C3 85), Ä (C3 84), Ö (C3 96) become å (C3 A5), ä (C3 A4), ö (C3 B6).
        if (c == 0xC3 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            out += static_cast<char>(c);
            out += static_cast<char>(next == 0x85 || next == 0x84 || next == 0x96 ? next + 0x20
                                                                                  : next);
            ++i;
        } else if (c == ' ' || c == '_') {
            out += '-';
        } else if (c < 0x80) {
            out += static_cast<char>(std::tolower(c));
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

template <>
std::span<const Keyword<Role>> keywords<Role>()
{
    static const std::array table{
        Keyword<Role>{Role::supervisor, "supervisor", "handledare", {}},
        Keyword<Role>{Role::main_supervisor, "main-supervisor", "huvudhandledare", {}},
        Keyword<Role>{Role::clinical_teacher,
                      "clinical-teacher",
                      "klinisk-lärare",
                      {"klinisk-larare", "klinisk-lärare-hälso-och-sjukvård"}},
        Keyword<Role>{Role::clinical_lecturer,
                      "clinical-lecturer",
                      "klinisk-adjunkt",
                      {"adjunkt", "klinisk-lärare-lärosäte"}},
        Keyword<Role>{Role::senior_clinical_lecturer,
                      "senior-clinical-lecturer",
                      "klinisk-lektor",
                      {"lektor"}},
    };
    return table;
}

template <>
std::span<const Keyword<Employer>> keywords<Employer>()
{
    static const std::array table{
        Keyword<Employer>{Employer::healthcare,
                          "healthcare",
                          "vård",
                          {"vard", "hälso-och-sjukvård", "sjukvård", "region"}},
        Keyword<Employer>{Employer::university,
                          "university",
                          "lärosäte",
                          {"larosate", "universitet", "högskola"}},
    };
    return table;
}

template <>
std::span<const Keyword<Degree>> keywords<Degree>()
{
    static const std::array table{
        Keyword<Degree>{Degree::none, "none", "ingen", {"diploma", "yrkesexamen"}},
        Keyword<Degree>{Degree::bachelor, "bachelor", "kandidat", {"kandidatexamen"}},
        Keyword<Degree>{Degree::master_1y, "master-1y", "magister", {"magisterexamen"}},
        Keyword<Degree>{Degree::master_2y, "master-2y", "master", {"masterexamen"}},
        Keyword<Degree>{Degree::doctorate, "doctorate", "doktor", {"doktorsexamen", "phd"}},
    };
    return table;
}

template <>
std::span<const Keyword<Training>> keywords<Training>()
{
    static const std::array table{
        Keyword<Training>{Training::none, "none", "ingen", {}},
        Keyword<Training>{Training::basic, "basic", "grund", {"basal", "grundläggande"}},
        Keyword<Training>{Training::advanced, "advanced", "avancerad", {}},
    };
    return table;
}

template <>
std::span<const Keyword<Level>> keywords<Level>()
{
    static const std::array table{
        Keyword<Level>{Level::basic, "basic", "grund", {"grundnivå", "first-cycle"}},
        Keyword<Level>{
            Level::advanced, "advanced", "avancerad", {"avancerad-nivå", "second-cycle"}},
    };
    return table;
}

template <>
std::span<const Keyword<Mode>> keywords<Mode>()
{
    static const std::array table{
        Keyword<Mode>{Mode::perform, "perform", "utföra", {"utfora", "utför"}},
        Keyword<Mode>{Mode::observe, "observe", "observera", {}},
        Keyword<Mode>{Mode::together, "together", "tillsammans", {}},
        Keyword<Mode>{Mode::retell, "retell", "återberätta", {"aterberatta"}},
        Keyword<Mode>{Mode::compare, "compare", "jämföra", {"jamfora", "jämför"}},
        Keyword<Mode>{Mode::delegate, "delegate", "delegera", {}},
    };
    return table;
}

template <>
std::span<const Keyword<Presence>> keywords<Presence>()
{
    static const std::array table{
        Keyword<Presence>{Presence::full, "full", "full", {"hela"}},
        Keyword<Presence>{Presence::partial, "partial", "delvis", {}},
        Keyword<Presence>{Presence::none, "none", "ingen", {}},
    };
    return table;
}

template <>
std::span<const Keyword<ObserverStep>> keywords<ObserverStep>()
{
    static const std::array table{
        Keyword<ObserverStep>{ObserverStep::before, "before", "före", {"fore"}},
        Keyword<ObserverStep>{ObserverStep::during, "during", "under", {}},
        Keyword<ObserverStep>{ObserverStep::after, "after", "efter", {}},
    };
    return table;
}

template <>
std::span<const Keyword<Phase>> keywords<Phase>()
{
    static const std::array table{
        Keyword<Phase>{Phase::before, "before", "före", {"fore"}},
        Keyword<Phase>{Phase::during, "during", "under", {}},
        Keyword<Phase>{Phase::after, "after", "efter", {}},
    };
    return table;
}

template <>
std::span<const Keyword<Company>> keywords<Company>()
{
    static const std::array table{
        Keyword<Company>{Company::self, "self", "själv", {"sjalv", "alone", "ensam"}},
        Keyword<Company>{Company::peer, "peer", "kamrat", {"partner", "studiekamrat"}},
        Keyword<Company>{Company::supervisor, "supervisor", "handledare", {}},
    };
    return table;
}

template <>
std::span<const Keyword<BriefingKind>> keywords<BriefingKind>()
{
    static const std::array table{
        Keyword<BriefingKind>{BriefingKind::before, "before", "före", {"fore", "briefing"}},
        Keyword<BriefingKind>{BriefingKind::after, "after", "efter", {"debriefing"}},
    };
    return table;
}

template <>
std::span<const Keyword<WritingKind>> keywords<WritingKind>()
{
    static const std::array table{
        Keyword<WritingKind>{WritingKind::reflection, "reflection", "reflektion", {}},
        Keyword<WritingKind>{WritingKind::feedback, "feedback", "återkoppling", {"aterkoppling"}},
        Keyword<WritingKind>{WritingKind::briefing,
                             "briefing",
                             "handledning",
                             {"debriefing", "förhandledning", "efterhandledning", "brief"}},
        Keyword<WritingKind>{WritingKind::note, "note", "anteckning", {}},
        Keyword<WritingKind>{WritingKind::introduction, "introduction", "introduktion", {"intro"}},
    };
    return table;
}

template <>
std::span<const Keyword<Talk>> keywords<Talk>()
{
    static const std::array table{
        Keyword<Talk>{Talk::midway, "midway", "halvtid", {"mid", "halvtidsbedömning"}},
        Keyword<Talk>{Talk::final_talk, "final", "slut", {"slutbedömning", "end"}},
    };
    return table;
}

template <>
std::span<const Keyword<PlanOutcome>> keywords<PlanOutcome>()
{
    static const std::array table{
        Keyword<PlanOutcome>{PlanOutcome::met, "met", "uppnådd", {"uppnadd", "achieved"}},
        Keyword<PlanOutcome>{PlanOutcome::partly_met,
                             "partly-met",
                             "delvis-uppnådd",
                             {"partly", "delvis", "delvis-uppnadd"}},
        Keyword<PlanOutcome>{PlanOutcome::not_met,
                             "not-met",
                             "ej-uppnådd",
                             {"ej-uppnadd", "inte-uppnådd", "not-achieved"}},
    };
    return table;
}

} // namespace peer::model

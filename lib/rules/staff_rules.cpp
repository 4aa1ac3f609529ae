// Which rules apply to whom, and the rules for those who supervise students day to day.

#include "staff_rules.hpp"

#include <peer/model/profession.hpp>

#include "finding_builder.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace peer::rules {

using model::Degree;
using model::Person;
using model::Role;
using model::Training;

namespace detail {

namespace {

void check_degree(const Person& person, const PlacementContext& context, const RuleSet& rules,
                  Findings& out)
{
    const auto& q = *person.staff;
    const auto needed = rules.supervisor.min_degree;
    std::vector<Fact> facts{fact("degree", q.degree), fact("profession", q.profession)};
    if (!context.profession.empty()) {
        facts.push_back(fact("placement.profession", context.profession));
    }
    if (q.degree < needed) {
        out.push_back(failed("SUP-DEGREE", rules, person.id, facts,
                             {fmt::format("highest degree is {}; a supervisor needs at least {}",
                                          english(q.degree), english(needed)),
                              fmt::format("högsta examen är {}; en handledare behöver minst {}",
                                          swedish(q.degree), swedish(needed))}));
    } else if (!context.profession.empty()
               && !rules.professions.same(q.profession, context.profession)) {
        out.push_back(
            failed("SUP-DEGREE", rules, person.id, facts,
                   {fmt::format("is a {}, but the placement trains {}: the degree must be in the "
                                "profession supervised",
                                rules.professions.word(q.profession, Lang::en),
                                rules.professions.word(context.profession, Lang::en)),
                    fmt::format("är {}, men placeringen utbildar {}: examen ska vara inom den "
                                "profession som handleds",
                                rules.professions.word(q.profession, Lang::sv),
                                rules.professions.word(context.profession, Lang::sv))}));
    } else {
        out.push_back(passed("SUP-DEGREE", person.id, facts,
                             {fmt::format("{} as {}", english(q.degree),
                                          rules.professions.word(q.profession, Lang::en)),
                              fmt::format("{} som {}", swedish(q.degree),
                                          rules.professions.word(q.profession, Lang::sv))}));
    }
}

void check_training(const Person& person, const RuleSet& rules, Findings& out)
{
    const auto& q = *person.staff;
    const auto needed = rules.supervisor.min_training;
    const std::vector<Fact> facts{fact("supervisor_training", q.supervisor_training)};
    if (q.supervisor_training < needed) {
        out.push_back(failed("SUP-TRAINING", rules, person.id, facts,
                             {fmt::format("supervisor training is {}; at least {} is needed",
                                          english(q.supervisor_training), english(needed)),
                              fmt::format("handledarutbildningen är {}; minst {} behövs",
                                          swedish(q.supervisor_training), swedish(needed))}));
    } else {
        out.push_back(
            passed("SUP-TRAINING", person.id, facts,
                   {fmt::format("supervisor training: {}", english(q.supervisor_training)),
                    fmt::format("handledarutbildning: {}", swedish(q.supervisor_training))}));
    }
}

void check_advanced(const Person& person, const PlacementContext& context, const RuleSet& rules,
                    Findings& out)
{
    const auto& q = *person.staff;
    const auto& needs = rules.supervisor;
    std::vector<Fact> facts{fact("placement.field", context.field), fact("degree", q.degree),
                            fact("degree_field", q.degree_field),
                            fact("specialist", fmt::format("{}", fmt::join(q.specialist, ", ")))};
    if (context.field.empty()) {
        out.push_back(failed("SUP-ADVANCED", rules, person.id, facts,
                             {"the placement names no field to judge the specialist education "
                              "and master's degree against; give the field",
                              "placeringen anger inget område att bedöma specialistutbildning och "
                              "magisterexamen mot; ange området"}));
        return;
    }
    const bool specialist =
        needs.advanced_accepts_specialist && std::ranges::any_of(q.specialist, [&](const auto& f) {
            return model::same_field(f, context.field);
        });
    const bool master =
        q.degree >= needs.advanced_min_degree && model::same_field(q.degree_field, context.field);
    if (specialist) {
        out.push_back(passed("SUP-ADVANCED", person.id, facts,
                             {fmt::format("specialist education in {}", context.field),
                              fmt::format("specialistutbildning inom {}", context.field)}));
    } else if (master) {
        out.push_back(passed("SUP-ADVANCED", person.id, facts,
                             {fmt::format("{} in {}", english(q.degree), context.field),
                              fmt::format("{} inom {}", swedish(q.degree), context.field)}));
    } else {
        out.push_back(failed(
            "SUP-ADVANCED", rules, person.id, facts,
            {fmt::format("an advanced-level placement in {} needs a supervisor with a specialist "
                         "education or at least a {} degree in that field",
                         context.field, english(needs.advanced_min_degree)),
             fmt::format("en placering på avancerad nivå inom {} kräver en handledare med "
                         "specialistutbildning eller minst {} inom det området",
                         context.field, swedish(needs.advanced_min_degree))}));
    }
}

bool experienced(const Person& person, Date on, int years)
{
    return person.staff && person.staff->in_profession_since
           && full_years_between(*person.staff->in_profession_since, on, years);
}

void check_experience(const Person& person, const PlacementContext& context, const RuleSet& rules,
                      Findings& out)
{
    const auto& q = *person.staff;
    const int years = rules.supervisor.min_years_in_profession;
    std::vector<Fact> facts{fact("in_profession_since", q.in_profession_since),
                            fact("placement.start", format_date(context.start))};
    if (!q.in_profession_since) {
        out.push_back(failed("SUP-EXPERIENCE", rules, person.id, facts,
                             {"the date the person entered the profession is unknown; give "
                              "in_profession_since",
                              "datumet då personen började i professionen är okänt; ange "
                              "in_profession_since"}));
        return;
    }
    if (experienced(person, context.start, years)) {
        out.push_back(passed(
            "SUP-EXPERIENCE", person.id, facts,
            {fmt::format("at least {} year(s) in the profession on {}", years,
                         format_date(context.start)),
             fmt::format("minst {} år i professionen den {}", years, format_date(context.start))}));
        return;
    }
    const auto mentor = std::ranges::find_if(context.team, [&](const Person& other) {
        return experienced(other, context.start, years);
    });
    const auto since = format_date(*q.in_profession_since);
    const auto enough = format_date(add_years(*q.in_profession_since, years));
    if (mentor != context.team.end()) {
        facts.push_back(fact("team", mentor->id));
        out.push_back(passed(
            "SUP-EXPERIENCE", person.id, facts,
            {fmt::format("in the profession since {} (less than {} year(s)), so supervises in a "
                         "team with {}, who has the experience",
                         since, years, mentor->id),
             fmt::format("i professionen sedan {} (mindre än {} år) och handleder därför i team "
                         "med {}, som har erfarenheten",
                         since, years, mentor->id)}));
        return;
    }
    if (!context.supervises) {
        out.push_back(passed(
            "SUP-EXPERIENCE", person.id, facts,
            {fmt::format("in the profession since {} (less than {} year(s)), and supervises no "
                         "pair: no team is needed",
                         since, years),
             fmt::format("i professionen sedan {} (mindre än {} år) och handleder inget par: "
                         "inget team behövs",
                         since, years)}));
        return;
    }
    out.push_back(failed(
        "SUP-EXPERIENCE", rules, person.id, facts,
        {fmt::format("in the profession since {}: less than {} year(s) when the placement starts "
                     "({} at the earliest); may supervise only in a team with an experienced "
                     "supervisor",
                     since, years, enough),
         fmt::format("i professionen sedan {}: mindre än {} år när placeringen börjar (tidigast "
                     "{}); får bara handleda i team med en erfaren handledare",
                     since, years, enough)}));
}

} // namespace

void check_as_supervisor(const Person& person, const PlacementContext& context,
                         const RuleSet& rules, Findings& out)
{
    check_degree(person, context, rules, out);
    check_training(person, rules, out);
    if (context.level == model::Level::advanced) {
        check_advanced(person, context, rules, out);
    }
    check_experience(person, context, rules, out);
}

void check_employer(const Person& person, model::Employer required, const RuleSet& rules,
                    Findings& out)
{
    const auto& q = *person.staff;
    const std::vector<Fact> facts{fact("role", q.role), fact("employer", q.employer)};
    if (q.employer == required) {
        out.push_back(passed("SUP-EMPLOYER", person.id, facts,
                             {fmt::format("employed by {}", english(q.employer)),
                              fmt::format("anställd av {}", swedish(q.employer))}));
    } else {
        out.push_back(
            failed("SUP-EMPLOYER", rules, person.id, facts,
                   {fmt::format("a {} must be employed by {}, not by {}", english(q.role),
                                english(required), english(q.employer)),
                    fmt::format("en {} ska vara anställd av {}, inte av {}", swedish(q.role),
                                swedish(required), swedish(q.employer))}));
    }
}

void check_main_supervisor(const Person& person, const PlacementContext& context,
                           const RuleSet& rules, Findings& out)
{
    const auto& q = *person.staff;
    std::vector<Fact> facts{fact("profession", q.profession)};
    if (!context.profession.empty()) {
        facts.push_back(fact("placement.profession", context.profession));
    }
    const bool trained = context.profession.empty()
                             ? !q.profession.empty()
                             : rules.professions.same(q.profession, context.profession);
    if (trained) {
        out.push_back(
            passed("MAIN-PROFESSION", person.id, facts,
                   {fmt::format("trained as {}", rules.professions.word(q.profession, Lang::en)),
                    fmt::format("utbildad {}", rules.professions.word(q.profession, Lang::sv))}));
    } else {
        out.push_back(failed(
            "MAIN-PROFESSION", rules, person.id, facts,
            {fmt::format("a main supervisor must be trained in the profession supervised ({}); "
                         "the profession given is '{}'",
                         context.profession.empty()
                             ? "unknown"
                             : rules.professions.word(context.profession, Lang::en),
                         q.profession),
             fmt::format("en huvudhandledare ska vara utbildad inom den profession som handleds "
                         "({}); angiven profession är '{}'",
                         context.profession.empty()
                             ? "okänd"
                             : rules.professions.word(context.profession, Lang::sv),
                         q.profession)}));
    }

    const auto recommended = rules.main_supervisor.recommended_training;
    const std::vector<Fact> training{fact("supervisor_training", q.supervisor_training)};
    if (q.supervisor_training >= recommended) {
        out.push_back(
            passed("MAIN-TRAINING", person.id, training,
                   {fmt::format("supervisor training: {}", english(q.supervisor_training)),
                    fmt::format("handledarutbildning: {}", swedish(q.supervisor_training))}));
    } else {
        out.push_back(
            failed("MAIN-TRAINING", rules, person.id, training,
                   {fmt::format("supervisor training is {}; a main supervisor should have {}",
                                english(q.supervisor_training), english(recommended)),
                    fmt::format("handledarutbildningen är {}; en huvudhandledare bör ha {}",
                                swedish(q.supervisor_training), swedish(recommended))}));
    }
}

} // namespace detail

Findings check_staff(const Person& person, const PlacementContext& context, Date as_of,
                     const RuleSet& rules)
{
    Findings out;
    if (person.is_student()) {
        return out;
    }
    const auto role = person.staff->role;
    if (role == Role::supervisor || context.supervises) {
        detail::check_as_supervisor(person, context, rules, out);
    }
    switch (role) {
    case Role::supervisor:
        detail::check_employer(person, rules.supervisor.employer, rules, out);
        break;
    case Role::main_supervisor:
        detail::check_employer(person, rules.main_supervisor.employer, rules, out);
        detail::check_main_supervisor(person, context, rules, out);
        break;
    case Role::clinical_teacher:
        detail::check_employer(person, rules.clinical_teacher.employer, rules, out);
        detail::check_clinical_teacher(person, {as_of, context.end}, rules, out);
        break;
    case Role::clinical_lecturer:
    case Role::senior_clinical_lecturer:
        detail::check_lecturer(person, rules, out);
        break;
    }
    if (context.examines) {
        detail::check_examiner(person, context, rules, out);
    }
    return out;
}

bool may_supervise(const Person& person, const PlacementContext& context, Date as_of,
                   const RuleSet& rules)
{
    if (person.is_student()) {
        return false;
    }
    auto as_supervisor = context;
    as_supervisor.supervises = true;
    as_supervisor.examines = false;
    const auto findings = check_staff(person, as_supervisor, as_of, rules);
    return std::ranges::none_of(findings, [](const Finding& f) {
        return f.verdict == Verdict::error && f.rule.starts_with("SUP-");
    });
}

} // namespace peer::rules

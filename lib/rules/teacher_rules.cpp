// The rules for clinical teachers, clinical lecturers and senior clinical lecturers, and for
// the placement's examiner.

#include "finding_builder.hpp"
#include "staff_rules.hpp"

#include <fmt/format.h>

namespace peer::rules::detail {

using model::Degree;
using model::Person;
using model::Role;

namespace {

// "2027-06-04, the placement's last day", or the day alone.
Text judged_on(JudgedOn judged)
{
    const auto day = format_date(judged.day);
    if (judged.day != judged.placement_end) {
        return {day, day};
    }
    return {day + ", the placement's last day", day + ", placeringens sista dag"};
}

void check_master_deadline(const Person& person, JudgedOn judged, const RuleSet& rules,
                           Findings& out)
{
    const auto as_of = judged.day;
    const auto& q = *person.staff;
    const int years = rules.clinical_teacher.master_deadline_years;
    std::vector<Fact> facts{fact("appointed", q.appointed),
                            fact("master_started", q.master_started),
                            fact("as_of", format_date(as_of))};
    if (!q.appointed) {
        out.push_back(finding("CT-DEADLINE", Verdict::error, person.id, facts,
                              {"the appointment date is unknown, so the deadline for master's "
                               "studies cannot be judged; give appointed",
                               "anställningsdatumet är okänt, så tidsgränsen för "
                               "magisterstudier kan inte bedömas; ange appointed"}));
        return;
    }
    const auto deadline = add_years(*q.appointed, years);
    const auto last_day = format_date(deadline);
    facts.push_back(fact("deadline", last_day));
    const auto days = [](Date from, Date to) {
        return (std::chrono::sys_days{to} - std::chrono::sys_days{from}).count();
    };
    if (q.master_started) {
        const auto started = format_date(*q.master_started);
        if (days(*q.master_started, deadline) >= 0) {
            out.push_back(passed(
                "CT-DEADLINE", person.id, facts,
                {fmt::format("master's studies started {}, by the deadline {}", started, last_day),
                 fmt::format("magisterstudierna påbörjades {}, före "
                             "tidsgränsen {}",
                             started, last_day)}));
        } else {
            out.push_back(finding(
                "CT-DEADLINE", Verdict::error, person.id, facts,
                {fmt::format("master's studies started {}, after the deadline {} ({} year(s) "
                             "after the appointment)",
                             started, last_day, years),
                 fmt::format("magisterstudierna påbörjades {}, efter tidsgränsen {} ({} år efter "
                             "anställningen)",
                             started, last_day, years)}));
        }
        return;
    }
    const auto left = days(as_of, deadline);
    const auto on = judged_on(judged);
    if (left >= 0) {
        out.push_back(failed(
            "CT-DEADLINE", rules, person.id, facts,
            {fmt::format("no master's degree: master's studies must start by {} ({} day(s) left, "
                         "judged on {}); once they have, give master_started = DATE",
                         last_day, left, on.en),
             fmt::format("ingen magisterexamen: magisterstudier ska påbörjas senast {} ({} "
                         "dag(ar) kvar, bedömt {}); när de har börjat, ange master_started = "
                         "DATUM",
                         last_day, left, on.sv)}));
    } else {
        out.push_back(finding(
            "CT-DEADLINE", Verdict::error, person.id, facts,
            {fmt::format("no master's degree, and no start of master's studies by the deadline "
                         "{} ({} year(s) after the appointment), judged on {}; once they have "
                         "started, give master_started = DATE",
                         last_day, years, on.en),
             fmt::format("ingen magisterexamen och inga magisterstudier påbörjade före "
                         "tidsgränsen {} ({} år efter anställningen), bedömt {}; när de har "
                         "börjat, ange master_started = DATUM",
                         last_day, years, on.sv)}));
    }
}

} // namespace

void check_clinical_teacher(const Person& person, JudgedOn judged, const RuleSet& rules,
                            Findings& out)
{
    const auto& q = *person.staff;
    const auto& needs = rules.clinical_teacher;
    const std::vector<Fact> facts{
        fact("degree", q.degree), fact("supervisor_training", q.supervisor_training),
        fact("teaching_ability_assessed",
             std::string(q.teaching_ability_assessed ? "true" : "false"))};
    const bool has_degree = q.degree >= needs.min_degree;
    const bool has_training = q.supervisor_training >= needs.min_training;
    if (!has_training) {
        out.push_back(
            failed("CT-DEGREE", rules, person.id, facts,
                   {fmt::format("supervisor training is {}; a clinical teacher needs {}",
                                english(q.supervisor_training), english(needs.min_training)),
                    fmt::format("handledarutbildningen är {}; en klinisk lärare behöver {}",
                                swedish(q.supervisor_training), swedish(needs.min_training))}));
    } else if (!has_degree && !q.teaching_ability_assessed) {
        out.push_back(failed(
            "CT-DEGREE", rules, person.id, facts,
            {fmt::format("highest degree is {}; a clinical teacher needs at least {}, or an "
                         "assessed clinical teaching ability and master's studies under way",
                         english(q.degree), english(needs.min_degree)),
             fmt::format("högsta examen är {}; en klinisk lärare behöver minst {}, eller bedömd "
                         "kliniskt pedagogisk förmåga och påbörjade magisterstudier",
                         swedish(q.degree), swedish(needs.min_degree))}));
    } else {
        out.push_back(passed(
            "CT-DEGREE", person.id, facts,
            has_degree ? Text{fmt::format("{} and {} supervisor training", english(q.degree),
                                          english(q.supervisor_training)),
                              fmt::format("{} och handledarutbildning {}", swedish(q.degree),
                                          swedish(q.supervisor_training))}
                       : Text{"no master's degree yet, but clinical teaching ability assessed "
                              "(see CT-DEADLINE)",
                              "ännu ingen magisterexamen, men bedömd kliniskt pedagogisk förmåga "
                              "(se CT-DEADLINE)"}));
    }
    if (!has_degree && q.teaching_ability_assessed) {
        check_master_deadline(person, judged, rules, out);
    }
}

void check_lecturer(const Person& person, const RuleSet& rules, Findings& out)
{
    const auto& q = *person.staff;
    const bool senior = q.role == Role::senior_clinical_lecturer;
    const auto& needs = senior ? rules.senior_clinical_lecturer : rules.clinical_lecturer;
    const std::string_view rule = senior ? "SL-DEGREE" : "CL-DEGREE";
    const std::vector<Fact> facts{fact("degree", q.degree), fact("employer", q.employer)};
    if (q.degree < needs.min_degree) {
        out.push_back(
            failed(rule, rules, person.id, facts,
                   {fmt::format("highest degree is {}; a {} needs at least {}", english(q.degree),
                                english(q.role), english(needs.min_degree)),
                    fmt::format("högsta examen är {}; en {} behöver minst {}", swedish(q.degree),
                                swedish(q.role), swedish(needs.min_degree))}));
    } else if (q.employer != needs.employer) {
        out.push_back(
            failed(rule, rules, person.id, facts,
                   {fmt::format("a {} must be employed by {}, not by {}", english(q.role),
                                english(needs.employer), english(q.employer)),
                    fmt::format("en {} ska vara anställd av {}, inte av {}", swedish(q.role),
                                swedish(needs.employer), swedish(q.employer))}));
    } else {
        out.push_back(
            passed(rule, person.id, facts,
                   {fmt::format("{}, employed by {}", english(q.degree), english(q.employer)),
                    fmt::format("{}, anställd av {}", swedish(q.degree), swedish(q.employer))}));
    }
}

void check_examiner(const Person& person, const PlacementContext& context, const RuleSet& rules,
                    Findings& out)
{
    const auto role = person.staff->role;
    const std::vector<Fact> facts{fact("role", role), fact("placement.level", context.level)};
    if (role == Role::clinical_teacher) {
        out.push_back(failed("CT-NO-EXAM", rules, person.id, facts,
                             {"a clinical teacher (healthcare) has no formal examining "
                              "responsibility and may not be the placement's examiner",
                              "en klinisk lärare (hälso- och sjukvård) har inget formellt "
                              "examinationsansvar och får inte vara placeringens examinator"}));
        return;
    }
    const std::string_view rule = role == Role::clinical_lecturer ? "CL-EXAM-LEVEL" : "EXAM-ROLE";
    if (rules.may_examine(role, context.level)) {
        out.push_back(passed(rule, person.id, facts,
                             {fmt::format("a {} may examine placements at {}", english(role),
                                          english(context.level)),
                              fmt::format("en {} får examinera placeringar på {}", swedish(role),
                                          swedish(context.level))}));
    } else {
        out.push_back(failed(rule, rules, person.id, facts,
                             {fmt::format("a {} may not examine a placement at {}", english(role),
                                          english(context.level)),
                              fmt::format("en {} får inte examinera en placering på {}",
                                          swedish(role), swedish(context.level))}));
    }
}

} // namespace peer::rules::detail

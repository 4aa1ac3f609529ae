#include "fixtures.hpp"

#include <peer/rules/check.hpp>
#include <peer/rules/rule_set.hpp>

#include <doctest/doctest.h>

using namespace peer;
using model::Degree;
using model::Employer;
using model::Level;
using model::Role;
using model::Training;
using rules::Verdict;
using test::date;
using test::finding_of;
using test::placement;
using test::supervisor;

namespace {

rules::Findings check(const model::Person& person, const rules::PlacementContext& context,
                      const char* as_of = "2026-11-22")
{
    return rules::check_staff(person, context, date(as_of), rules::default_rule_set());
}

Verdict verdict(const model::Person& person, const rules::PlacementContext& context,
                std::string_view rule, const char* as_of = "2026-11-22")
{
    return finding_of(check(person, context, as_of), rule).verdict;
}

} // namespace

TEST_SUITE("rules::staff")
{
    TEST_CASE("a qualified supervisor passes every supervisor rule")
    {
        const auto findings = check(supervisor(), placement());
        CHECK_FALSE(rules::has_errors(findings));
        for (auto rule : {"SUP-DEGREE", "SUP-TRAINING", "SUP-EMPLOYER", "SUP-EXPERIENCE"}) {
            CAPTURE(rule);
            CHECK(finding_of(findings, rule).verdict == Verdict::passed);
        }
        CHECK_FALSE(test::has_finding(findings, "SUP-ADVANCED")); // basic level
    }

    TEST_CASE("a student gets no findings")
    {
        CHECK(check(model::Person{"ali", "Ali Haddad", std::nullopt}, placement()).empty());
    }

    TEST_CASE("SUP-DEGREE")
    {
        auto person = supervisor();
        SUBCASE("an older diploma is not enough")
        {
            person.staff->degree = Degree::none;
            CHECK(verdict(person, placement(), "SUP-DEGREE") == Verdict::error);
        }
        SUBCASE("the profession is the same in English and Swedish")
        {
            person.staff->profession = "Sjuksköterska";
            const auto f = finding_of(check(person, placement()), "SUP-DEGREE");
            CHECK(f.verdict == Verdict::passed);
            CHECK(f.message.en == "bachelor as nurse");
            CHECK(f.message.sv.find("som sjuksköterska") != std::string::npos);
        }
        SUBCASE("another profession is named in the reader's language")
        {
            person.staff->profession = "fysioterapeut";
            const auto f = finding_of(check(person, placement()), "SUP-DEGREE");
            CHECK(f.verdict == Verdict::error);
            CHECK(f.message.en.starts_with("is a physiotherapist, but the placement trains nurse"));
            CHECK(f.message.sv.starts_with("är fysioterapeut, men placeringen utbildar "
                                           "sjuksköterska"));
        }
        SUBCASE("a degree in another profession is not enough")
        {
            person.staff->profession = "physiotherapist";
            const auto f = finding_of(check(person, placement()), "SUP-DEGREE");
            CHECK(f.verdict == Verdict::error);
            CHECK(f.message.en.find("physiotherapist") != std::string::npos);
        }
        SUBCASE("a master's degree is more than enough")
        {
            person.staff->degree = Degree::master_2y;
            CHECK(verdict(person, placement(), "SUP-DEGREE") == Verdict::passed);
        }
    }

    TEST_CASE("SUP-TRAINING")
    {
        auto person = supervisor();
        person.staff->supervisor_training = Training::none;
        CHECK(verdict(person, placement(), "SUP-TRAINING") == Verdict::error);
        person.staff->supervisor_training = Training::advanced;
        CHECK(verdict(person, placement(), "SUP-TRAINING") == Verdict::passed);
    }

    TEST_CASE("SUP-EMPLOYER applies to supervisors, main supervisors and clinical teachers")
    {
        for (auto role : {Role::supervisor, Role::main_supervisor, Role::clinical_teacher}) {
            auto person = supervisor();
            person.staff->role = role;
            CAPTURE(model::keyword(role));
            CHECK(verdict(person, placement(), "SUP-EMPLOYER") == Verdict::passed);
            person.staff->employer = Employer::university;
            CHECK(verdict(person, placement(), "SUP-EMPLOYER") == Verdict::error);
        }
    }

    TEST_CASE("SUP-ADVANCED on an advanced-level placement")
    {
        const auto advanced = placement("2026-11-02", Level::advanced);
        auto person = supervisor();
        SUBCASE("a bachelor-only supervisor fails")
        {
            CHECK(verdict(person, advanced, "SUP-ADVANCED") == Verdict::error);
        }
        SUBCASE("a specialist education in the field passes")
        {
            person.staff->specialist = {"Surgical care"};
            CHECK(verdict(person, advanced, "SUP-ADVANCED") == Verdict::passed);
        }
        SUBCASE("a specialist education in another field fails")
        {
            person.staff->specialist = {"intensive care"};
            CHECK(verdict(person, advanced, "SUP-ADVANCED") == Verdict::error);
        }
        SUBCASE("a master's degree in the field passes")
        {
            person.staff->degree = Degree::master_1y;
            person.staff->degree_field = "surgical care";
            CHECK(verdict(person, advanced, "SUP-ADVANCED") == Verdict::passed);
        }
        SUBCASE("a placement without a field cannot be judged")
        {
            auto no_field = advanced;
            no_field.field.clear();
            person.staff->specialist = {"surgical care"};
            CHECK(verdict(person, no_field, "SUP-ADVANCED") == Verdict::error);
        }
    }

    TEST_CASE("SUP-EXPERIENCE is judged on the placement's start")
    {
        auto person = supervisor("nils");
        person.staff->in_profession_since = date("2025-11-02");
        SUBCASE("exactly one year on the start date passes")
        {
            CHECK(verdict(person, placement("2026-11-02"), "SUP-EXPERIENCE") == Verdict::passed);
        }
        SUBCASE("one day short fails")
        {
            const auto f = finding_of(check(person, placement("2026-11-01")), "SUP-EXPERIENCE");
            CHECK(f.verdict == Verdict::error);
            CHECK(f.message.en.find("2026-11-02") != std::string::npos); // when it will pass
        }
        SUBCASE("a novice in a team with an experienced supervisor passes")
        {
            auto context = placement("2026-11-01");
            context.team = {supervisor("karin")};
            const auto f = finding_of(check(person, context), "SUP-EXPERIENCE");
            CHECK(f.verdict == Verdict::passed);
            CHECK(f.facts.back() == rules::Fact{"team", "karin"});
        }
        SUBCASE("a novice who supervises no pair needs no team")
        {
            auto context = placement("2026-11-01");
            context.supervises = false;
            const auto f = finding_of(check(person, context), "SUP-EXPERIENCE");
            CHECK(f.verdict == Verdict::passed);
            CHECK(f.message.en
                  == "in the profession since 2025-11-02 (less than 1 year(s)), and supervises no "
                     "pair: no team is needed");
        }
        SUBCASE("two novices together still fail")
        {
            auto context = placement("2026-11-01");
            auto other = supervisor("olle");
            other.staff->in_profession_since = date("2026-01-15");
            context.team = {other};
            CHECK(verdict(person, context, "SUP-EXPERIENCE") == Verdict::error);
        }
        SUBCASE("an unknown start in the profession fails")
        {
            person.staff->in_profession_since.reset();
            CHECK(verdict(person, placement(), "SUP-EXPERIENCE") == Verdict::error);
        }
        SUBCASE("the as-of date does not matter")
        {
            CHECK(verdict(person, placement("2026-11-01"), "SUP-EXPERIENCE", "2030-01-01")
                  == Verdict::error);
        }
    }

    TEST_CASE("MAIN-PROFESSION and MAIN-TRAINING")
    {
        auto main = supervisor("eva");
        main.staff->role = Role::main_supervisor;
        main.staff->supervisor_training = Training::advanced;
        auto own = placement();
        own.supervises = false;
        const auto findings = check(main, own);
        CHECK(finding_of(findings, "MAIN-PROFESSION").verdict == Verdict::passed);
        CHECK(finding_of(findings, "MAIN-TRAINING").verdict == Verdict::passed);
        CHECK_FALSE(test::has_finding(findings, "SUP-DEGREE")); // not supervising a pair

        main.staff->profession = "physician";
        CHECK(verdict(main, placement(), "MAIN-PROFESSION") == Verdict::error);

        main.staff->supervisor_training = Training::basic;
        CHECK(verdict(main, placement(), "MAIN-TRAINING") == Verdict::warning);
    }

    TEST_CASE("a main supervisor who supervises a pair is judged as a supervisor too")
    {
        auto main = supervisor("eva");
        main.staff->role = Role::main_supervisor;
        auto context = placement();
        context.supervises = true;
        CHECK(test::has_finding(check(main, context), "SUP-EXPERIENCE"));
    }

    TEST_CASE("CT-DEGREE")
    {
        model::Qualifications q;
        q.degree = Degree::master_1y;
        q.supervisor_training = Training::advanced;
        auto teacher = test::staff("sara", Role::clinical_teacher, q);
        CHECK(verdict(teacher, placement(), "CT-DEGREE") == Verdict::passed);
        CHECK_FALSE(test::has_finding(check(teacher, placement()), "CT-DEADLINE"));

        teacher.staff->supervisor_training = Training::basic;
        CHECK(verdict(teacher, placement(), "CT-DEGREE") == Verdict::error);

        teacher.staff->supervisor_training = Training::advanced;
        teacher.staff->degree = Degree::bachelor;
        CHECK(verdict(teacher, placement(), "CT-DEGREE") == Verdict::error);

        teacher.staff->teaching_ability_assessed = true;
        teacher.staff->appointed = date("2025-08-15");
        CHECK(verdict(teacher, placement(), "CT-DEGREE") == Verdict::passed);
    }

    TEST_CASE("CT-DEADLINE: two years after the appointment, judged on the as-of date")
    {
        model::Qualifications q;
        q.degree = Degree::bachelor;
        q.supervisor_training = Training::advanced;
        q.teaching_ability_assessed = true;
        q.appointed = date("2024-08-15");
        auto teacher = test::staff("sara", Role::clinical_teacher, q);
        const auto context = placement();

        CHECK(verdict(teacher, context, "CT-DEADLINE", "2026-08-14") == Verdict::warning);
        CHECK(verdict(teacher, context, "CT-DEADLINE", "2026-08-15") == Verdict::warning);
        CHECK(verdict(teacher, context, "CT-DEADLINE", "2026-08-16") == Verdict::error);

        SUBCASE("studies started by the deadline pass")
        {
            teacher.staff->master_started = date("2026-08-15");
            CHECK(verdict(teacher, context, "CT-DEADLINE", "2027-01-01") == Verdict::passed);
        }
        SUBCASE("studies started after the deadline fail")
        {
            teacher.staff->master_started = date("2026-08-16");
            CHECK(verdict(teacher, context, "CT-DEADLINE", "2027-01-01") == Verdict::error);
        }
        SUBCASE("an unknown appointment date fails")
        {
            teacher.staff->appointed.reset();
            CHECK(verdict(teacher, context, "CT-DEADLINE") == Verdict::error);
        }
    }

    TEST_CASE("CT-DEADLINE says on which day it was judged, why, and what fixes it")
    {
        model::Qualifications q;
        q.degree = Degree::bachelor;
        q.supervisor_training = Training::advanced;
        q.teaching_ability_assessed = true;
        q.appointed = date("2025-03-01");
        const auto teacher = test::staff("sara", Role::clinical_teacher, q);
        auto context = placement();
        context.end = date("2027-06-04");

        const auto missed = finding_of(check(teacher, context, "2027-06-04"), "CT-DEADLINE");
        CHECK(missed.verdict == Verdict::error);
        CHECK(missed.message.en
              == "no master's degree, and no start of master's studies by the deadline "
                 "2027-03-01 (2 year(s) after the appointment), judged on 2027-06-04, the "
                 "placement's last day; once they have started, give master_started = DATE");
        CHECK(missed.message.sv.find("bedömt 2027-06-04, placeringens sista dag")
              != std::string::npos);

        const auto ahead = finding_of(check(teacher, context, "2026-12-01"), "CT-DEADLINE");
        CHECK(ahead.verdict == Verdict::warning);
        CHECK(ahead.message.en
              == "no master's degree: master's studies must start by 2027-03-01 (90 day(s) "
                 "left, judged on 2026-12-01); once they have, give master_started = DATE");
    }

    TEST_CASE("CT-NO-EXAM: a clinical teacher as examiner fails")
    {
        model::Qualifications q;
        q.degree = Degree::master_2y;
        q.supervisor_training = Training::advanced;
        auto context = placement();
        CHECK_FALSE(test::has_finding(
            check(test::staff("sara", Role::clinical_teacher, q), context), "CT-NO-EXAM"));
        context.examines = true;
        CHECK(verdict(test::staff("sara", Role::clinical_teacher, q), context, "CT-NO-EXAM")
              == Verdict::error);
    }

    TEST_CASE("CL-DEGREE and CL-EXAM-LEVEL")
    {
        model::Qualifications q;
        q.employer = Employer::university;
        q.degree = Degree::master_1y;
        const auto lecturer = test::staff("lena", Role::clinical_lecturer, q);
        auto context = placement();
        context.examines = true;
        CHECK(verdict(lecturer, context, "CL-DEGREE") == Verdict::passed);
        CHECK(verdict(lecturer, context, "CL-EXAM-LEVEL") == Verdict::passed);

        SUBCASE("examining an advanced-level placement fails")
        {
            context.level = Level::advanced;
            CHECK(verdict(lecturer, context, "CL-EXAM-LEVEL") == Verdict::error);
        }
        SUBCASE("a bachelor's degree is not enough")
        {
            auto weaker = lecturer;
            weaker.staff->degree = Degree::bachelor;
            CHECK(verdict(weaker, context, "CL-DEGREE") == Verdict::error);
        }
        SUBCASE("employed by healthcare is not a university lecturer")
        {
            auto misplaced = lecturer;
            misplaced.staff->employer = Employer::healthcare;
            CHECK(verdict(misplaced, context, "CL-DEGREE") == Verdict::error);
        }
    }

    TEST_CASE("SL-DEGREE, and a senior clinical lecturer examines both levels")
    {
        model::Qualifications q;
        q.employer = Employer::university;
        q.degree = Degree::doctorate;
        const auto senior = test::staff("per", Role::senior_clinical_lecturer, q);
        auto context = placement("2026-11-02", Level::advanced);
        context.examines = true;
        CHECK(verdict(senior, context, "SL-DEGREE") == Verdict::passed);
        CHECK(verdict(senior, context, "EXAM-ROLE") == Verdict::passed);

        auto master = senior;
        master.staff->degree = Degree::master_2y;
        CHECK(verdict(master, context, "SL-DEGREE") == Verdict::error);
    }

    TEST_CASE("EXAM-ROLE: a supervisor may not examine")
    {
        auto context = placement();
        context.examines = true;
        CHECK(verdict(supervisor(), context, "EXAM-ROLE") == Verdict::error);
    }

    TEST_CASE("a rule set changes thresholds and severities")
    {
        auto strict = rules::default_rule_set();
        strict.supervisor.min_years_in_profession = 2;
        strict.severity["MAIN-TRAINING"] = Severity::error;

        auto person = supervisor("nils");
        person.staff->in_profession_since = date("2025-06-01");
        CHECK(finding_of(rules::check_staff(person, placement(), date("2026-11-22"), strict),
                         "SUP-EXPERIENCE")
                  .verdict
              == Verdict::error);

        auto main = supervisor("eva");
        main.staff->role = Role::main_supervisor;
        CHECK(finding_of(rules::check_staff(main, placement(), date("2026-11-22"), strict),
                         "MAIN-TRAINING")
                  .verdict
              == Verdict::error);
    }

    TEST_CASE("every finding explains itself in English and Swedish")
    {
        auto context = placement("2026-11-02", Level::advanced);
        context.examines = true;
        for (const auto& f : check(supervisor(), context)) {
            CAPTURE(f.rule);
            CHECK_FALSE(f.message.en.empty());
            CHECK_FALSE(f.message.sv.empty());
            CHECK(f.message.en != f.message.sv);
            CHECK(f.subject == "karin");
        }
    }
}

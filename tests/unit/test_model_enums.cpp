#include <peer/model/enums.hpp>
#include <peer/model/person.hpp>

#include <doctest/doctest.h>

using namespace peer::model;

TEST_SUITE("model::enums")
{
    TEST_CASE("parse_keyword accepts the English and the Swedish words")
    {
        CHECK(parse_keyword<Role>("supervisor") == Role::supervisor);
        CHECK(parse_keyword<Role>("handledare") == Role::supervisor);
        CHECK(parse_keyword<Role>("Huvudhandledare") == Role::main_supervisor);
        CHECK(parse_keyword<Role>("klinisk-lärare") == Role::clinical_teacher);
        CHECK(parse_keyword<Role>("Klinisk lärare") == Role::clinical_teacher);
        CHECK(parse_keyword<Role>("klinisk-adjunkt") == Role::clinical_lecturer);
        CHECK(parse_keyword<Role>("klinisk_lektor") == Role::senior_clinical_lecturer);
        CHECK(parse_keyword<Employer>("vård") == Employer::healthcare);
        CHECK(parse_keyword<Employer>("LÄROSÄTE") == Employer::university);
        CHECK(parse_keyword<Degree>("kandidat") == Degree::bachelor);
        CHECK(parse_keyword<Degree>("magister") == Degree::master_1y);
        CHECK(parse_keyword<Degree>("master") == Degree::master_2y);
        CHECK(parse_keyword<Degree>("doktor") == Degree::doctorate);
        CHECK(parse_keyword<Degree>("ingen") == Degree::none);
        CHECK(parse_keyword<Training>("grund") == Training::basic);
        CHECK(parse_keyword<Training>("avancerad") == Training::advanced);
        CHECK(parse_keyword<Level>("grund") == Level::basic);
        CHECK(parse_keyword<Mode>("delegera") == Mode::delegate);
    }

    TEST_CASE("parse_keyword refuses unknown words")
    {
        CHECK_FALSE(parse_keyword<Role>("superviser"));
        CHECK_FALSE(parse_keyword<Degree>("master-3y"));
        CHECK_FALSE(parse_keyword<Training>(""));
    }

    TEST_CASE("keyword and display give the canonical and the Swedish word")
    {
        CHECK(keyword(Role::main_supervisor) == "main-supervisor");
        CHECK(display(Role::main_supervisor, peer::Lang::sv) == "huvudhandledare");
        CHECK(keyword(Degree::master_1y) == "master-1y");
        CHECK(display(Degree::master_1y, peer::Lang::sv) == "magister");
    }

    TEST_CASE("degrees and trainings are ordered")
    {
        CHECK(Degree::none < Degree::bachelor);
        CHECK(Degree::bachelor < Degree::master_1y);
        CHECK(Degree::master_1y < Degree::master_2y);
        CHECK(Degree::master_2y < Degree::doctorate);
        CHECK(Training::none < Training::basic);
        CHECK(Training::basic < Training::advanced);
    }

    TEST_CASE("accepted_keywords lists both languages")
    {
        const auto accepted = accepted_keywords<Training>();
        CHECK(accepted.en == "none, basic, advanced (in Swedish: ingen, grund, avancerad)");
        CHECK(accepted.sv == "ingen, grund, avancerad (på engelska: none, basic, advanced)");
    }
}

TEST_SUITE("model::person")
{
    TEST_CASE("is_valid_id")
    {
        CHECK(is_valid_id("anna"));
        CHECK(is_valid_id("karin.s"));
        CHECK(is_valid_id("åsa"));
        CHECK(is_valid_id("ht26-kir-avd12"));
        CHECK_FALSE(is_valid_id(""));
        CHECK_FALSE(is_valid_id("-anna"));
        CHECK_FALSE(is_valid_id("anna svensson"));
        CHECK_FALSE(is_valid_id("a/b"));
        CHECK_FALSE(is_valid_id(std::string(41, 'a')));
    }

    TEST_CASE("same_field ignores case and surrounding spaces")
    {
        CHECK(same_field("Surgical care", " surgical care "));
        CHECK(same_field("Intensivvård", "intensivvård"));
        CHECK_FALSE(same_field("surgical care", "intensive care"));
        CHECK_FALSE(same_field("", ""));
    }
}

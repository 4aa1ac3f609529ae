#include "scratch.hpp"

#include <peer/rules/catalogue.hpp>
#include <peer/rules/rule_set.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>

using namespace peer;
using model::Degree;
using model::Employer;
using model::Level;
using model::Role;
using model::Training;

namespace {

// The rule set files shared with tests/e2e/test_schemas.sh, which checks them with the schema.
const std::filesystem::path k_fixtures =
    std::filesystem::path(__FILE__).parent_path() / ".." / "fixtures" / "ruleset";

rules::RuleSetResult parse(std::string_view text)
{
    return rules::parse_rule_set(text, "r.toml", rules::default_rule_set());
}

// The only diagnostic of a file with one problem.
Diagnostic only_problem(const rules::RuleSetResult& result)
{
    CHECK_FALSE(result.rule_set);
    REQUIRE(result.diagnostics.size() == 1);
    return result.diagnostics.front();
}

void check_at(const Diagnostic& d, std::string_view id, int line, int column)
{
    CAPTURE(d.message.en);
    CHECK(d.id == id);
    CHECK(d.severity == Severity::error);
    REQUIRE(d.where);
    CHECK(d.where->line == line);
    CHECK(d.where->column == column);
    CHECK_FALSE(d.message.en.empty());
    CHECK_FALSE(d.message.sv.empty());
}

} // namespace

TEST_SUITE("rules::rule_set")
{
    TEST_CASE("the built-in rule set holds the supervisor model")
    {
        const auto& rules = rules::default_rule_set();
        CHECK(rules.name == "Region Skåne supervisor model");
        CHECK(rules.source == "built-in");
        SUBCASE("supervisor")
        {
            CHECK(rules.supervisor.employer == Employer::healthcare);
            CHECK(rules.supervisor.min_degree == Degree::bachelor);
            CHECK(rules.supervisor.min_training == Training::basic);
            CHECK(rules.supervisor.min_years_in_profession == 1);
            CHECK(rules.supervisor.advanced_accepts_specialist);
            CHECK(rules.supervisor.advanced_min_degree == Degree::master_1y);
        }
        SUBCASE("main supervisor")
        {
            CHECK(rules.main_supervisor.employer == Employer::healthcare);
            CHECK(rules.main_supervisor.recommended_training == Training::advanced);
        }
        SUBCASE("clinical teacher")
        {
            CHECK(rules.clinical_teacher.employer == Employer::healthcare);
            CHECK(rules.clinical_teacher.min_degree == Degree::master_1y);
            CHECK(rules.clinical_teacher.min_training == Training::advanced);
            CHECK(rules.clinical_teacher.master_deadline_years == 2);
        }
        SUBCASE("lecturers")
        {
            CHECK(rules.clinical_lecturer.employer == Employer::university);
            CHECK(rules.clinical_lecturer.min_degree == Degree::master_1y);
            CHECK(rules.senior_clinical_lecturer.employer == Employer::university);
            CHECK(rules.senior_clinical_lecturer.min_degree == Degree::doctorate);
        }
        SUBCASE("examiners")
        {
            CHECK(rules.examiners_basic
                  == std::vector{Role::clinical_lecturer, Role::senior_clinical_lecturer});
            CHECK(rules.examiners_advanced == std::vector{Role::senior_clinical_lecturer});
            CHECK(rules.may_examine(Role::clinical_lecturer, Level::basic));
            CHECK_FALSE(rules.may_examine(Role::clinical_lecturer, Level::advanced));
            CHECK(rules.may_examine(Role::senior_clinical_lecturer, Level::basic));
            CHECK(rules.may_examine(Role::senior_clinical_lecturer, Level::advanced));
            CHECK_FALSE(rules.may_examine(Role::clinical_teacher, Level::basic));
            CHECK_FALSE(rules.may_examine(Role::supervisor, Level::basic));
        }
        SUBCASE("pair")
        {
            CHECK(rules.pair_students == 2);
            CHECK(rules.pair_students_with_reason == 3);
        }
    }

    TEST_CASE("severity_of takes the rule set's override, else the catalogue's")
    {
        const auto& rules = rules::default_rule_set();
        CHECK(rules.severity_of("MAIN-TRAINING") == Severity::warning);
        CHECK(rules.severity_of("REF-GIBBS") == Severity::warning);
        CHECK(rules.severity_of("SUP-DEGREE") == Severity::error);
        CHECK(rules.severity_of("CT-DEADLINE") == Severity::warning);
        for (const auto& rule : rules::catalogue()) {
            CAPTURE(rule.id);
            CHECK(rules.severity_of(rule.id) == rule.severity);
        }
    }

    TEST_CASE("a file that changes a threshold applies it and keeps the rest")
    {
        const auto result = parse("[supervisor]\nmin_years_in_profession = 2\n");
        REQUIRE(result.rule_set);
        CHECK(result.diagnostics.empty());
        const auto& rules = *result.rule_set;
        CHECK(rules.source == "r.toml");
        CHECK(rules.name == "Region Skåne supervisor model");
        CHECK(rules.supervisor.min_years_in_profession == 2);
        CHECK(rules.supervisor.min_degree == Degree::bachelor);
        CHECK(rules.supervisor.advanced_min_degree == Degree::master_1y);
        CHECK(rules.clinical_teacher.master_deadline_years == 2);
        CHECK(rules.examiners_advanced == std::vector{Role::senior_clinical_lecturer});
        CHECK(rules.severity == rules::default_rule_set().severity);
    }

    TEST_CASE("a file overrides severities, in English or Swedish")
    {
        SUBCASE("error makes a warning rule an error")
        {
            const auto result = parse("[severity]\nMAIN-TRAINING = \"error\"\n");
            REQUIRE(result.rule_set);
            CHECK(result.rule_set->severity_of("MAIN-TRAINING") == Severity::error);
            CHECK(result.rule_set->severity_of("REF-GIBBS") == Severity::warning);
        }
        SUBCASE("varning makes an error rule a warning")
        {
            const auto result = parse("[severity]\nPAIR-PLACEMENT = \"Varning\"\n");
            REQUIRE(result.rule_set);
            CHECK(result.rule_set->severity_of("PAIR-PLACEMENT") == Severity::warning);
            CHECK(result.rule_set->severity_of("PAIR-SUPERVISED") == Severity::error);
        }
        SUBCASE("fel")
        {
            const auto result = parse("[severity]\nREF-GIBBS = \"fel\"\n");
            REQUIRE(result.rule_set);
            CHECK(result.rule_set->severity_of("REF-GIBBS") == Severity::error);
        }
    }

    TEST_CASE("every key of the format is read")
    {
        const auto result = parse(R"(name = "Region Example"
[supervisor]
employer = "lärosäte"
min_degree = "master-2y"
min_training = "advanced"
min_years_in_profession = 0
[supervisor.advanced]
specialist_education = false
min_degree = "doktor"
[main_supervisor]
employer = "university"
recommended_training = "basic"
[clinical_teacher]
employer = "university"
min_degree = "master-2y"
min_training = "basic"
master_deadline_years = 3
[clinical_lecturer]
employer = "healthcare"
min_degree = "doctorate"
[senior_clinical_lecturer]
employer = "healthcare"
min_degree = "master-2y"
[examiners]
basic = ["klinisk-lärare"]
advanced = []
[pair]
students = 3
students_with_reason = 4
)");
        for (const auto& d : result.diagnostics) {
            CAPTURE(d.message.en);
        }
        REQUIRE(result.diagnostics.empty());
        REQUIRE(result.rule_set);
        const auto& r = *result.rule_set;
        CHECK(r.name == "Region Example");
        CHECK(r.supervisor.employer == Employer::university);
        CHECK(r.supervisor.min_degree == Degree::master_2y);
        CHECK(r.supervisor.min_training == Training::advanced);
        CHECK(r.supervisor.min_years_in_profession == 0);
        CHECK_FALSE(r.supervisor.advanced_accepts_specialist);
        CHECK(r.supervisor.advanced_min_degree == Degree::doctorate);
        CHECK(r.main_supervisor.employer == Employer::university);
        CHECK(r.main_supervisor.recommended_training == Training::basic);
        CHECK(r.clinical_teacher.employer == Employer::university);
        CHECK(r.clinical_teacher.min_degree == Degree::master_2y);
        CHECK(r.clinical_teacher.min_training == Training::basic);
        CHECK(r.clinical_teacher.master_deadline_years == 3);
        CHECK(r.clinical_lecturer.employer == Employer::healthcare);
        CHECK(r.clinical_lecturer.min_degree == Degree::doctorate);
        CHECK(r.senior_clinical_lecturer.employer == Employer::healthcare);
        CHECK(r.senior_clinical_lecturer.min_degree == Degree::master_2y);
        CHECK(r.examiners_basic == std::vector{Role::clinical_teacher});
        CHECK(r.examiners_advanced.empty());
        CHECK_FALSE(r.may_examine(Role::senior_clinical_lecturer, Level::advanced));
        CHECK(r.pair_students == 3);
        CHECK(r.pair_students_with_reason == 4);
    }

    TEST_CASE("professions are the built-in vocabulary, which a file extends and rewords")
    {
        const auto& built_in = rules::default_rule_set().professions;
        CHECK(built_in.same("Nurse", "sjuksköterska"));
        CHECK(built_in.word("fysioterapeut", Lang::en) == "physiotherapist");
        CHECK_FALSE(built_in.same("audiologist", "audionom"));
        const auto result = parse(R"([[profession]]
en = "audiologist"
sv = "audionom"

[[profession]]
en = "nurse"
sv = "legitimerad sjuksköterska"
)");
        REQUIRE(result.rule_set);
        const auto& professions = result.rule_set->professions;
        CHECK(professions.same("Audiologist", "audionom"));
        CHECK(professions.word("audiologist", Lang::sv) == "audionom");
        CHECK(professions.word("nurse", Lang::sv) == "legitimerad sjuksköterska");
        CHECK(professions.all().size() == built_in.all().size() + 1);
        CHECK(professions.same("midwife", "barnmorska")); // the rest stays
    }

    TEST_CASE("a profession needs both its words")
    {
        const auto d = only_problem(parse("[[profession]]\nen = \"audiologist\"\n"));
        CHECK(d.id == "FMT-REQUIRED");
        CHECK(d.message.en.find("profession[0].sv") != std::string::npos);
    }

    TEST_CASE("an empty file is the rule set below it")
    {
        const auto result = parse("# nothing changes\n");
        REQUIRE(result.rule_set);
        CHECK(result.rule_set->supervisor.min_years_in_profession == 1);
        CHECK(result.rule_set->source == "r.toml");
    }

    TEST_CASE("every problem of a malformed file is reported, in the order of the file")
    {
        const auto result = parse("[supervisor]\n"               // 1
                                  "min_year_in_profession = 2\n" // 2: unknown key
                                  "min_degree = \"bachelors\"\n" // 3: unknown value
                                  "min_training = 1\n"           // 4: wrong type
                                  "[severity]\n"                 // 5
                                  "MAIN-TRAINNG = \"error\"\n"   // 6: unknown rule id
                                  "REF-GIBBS = \"fatal\"\n"      // 7: unknown severity
                                  "[pair]\n"                     // 8
                                  "students = 1\n");             // 9: too small
        CHECK_FALSE(result.rule_set);
        REQUIRE(result.diagnostics.size() == 6);
        const auto& d = result.diagnostics;
        check_at(d[0], "FMT-KEY", 2, 1);
        CHECK(d[0].message.en
              == "unknown key `supervisor.min_year_in_profession`; did you mean "
                 "`min_years_in_profession`?");
        CHECK(d[0].message.sv
              == "okänd nyckel `supervisor.min_year_in_profession`; menade du "
                 "`min_years_in_profession`?");
        check_at(d[1], "FMT-VALUE", 3, 14);
        CHECK(d[1].message.en
              == "`supervisor.min_degree` = \"bachelors\" is not allowed; accepted: none, "
                 "bachelor, master-1y, master-2y, doctorate (in Swedish: ingen, kandidat, "
                 "magister, master, doktor)");
        check_at(d[2], "FMT-TYPE", 4, 16);
        CHECK(d[2].message.en == "`supervisor.min_training` must be a string, not an integer");
        check_at(d[3], "FMT-KEY", 6, 1);
        CHECK(d[3].message.en
              == "unknown key `severity.MAIN-TRAINNG`; did you mean `MAIN-TRAINING`?");
        check_at(d[4], "FMT-VALUE", 7, 13);
        CHECK(d[4].message.en
              == "`severity.REF-GIBBS` = \"fatal\" is not allowed; accepted: error, warning "
                 "(in Swedish: fel, varning)");
        check_at(d[5], "FMT-VALUE", 9, 12);
        CHECK(d[5].message.en == "`pair.students` must be a whole number from 2 to 100, not 1");
        for (const auto& each : d) {
            CHECK(each.where->file == "r.toml");
        }
    }

    TEST_CASE("values outside what the model allows are FMT-VALUE at the value")
    {
        SUBCASE("negative years")
        {
            const auto d = only_problem(parse("[supervisor]\nmin_years_in_profession = -1\n"));
            check_at(d, "FMT-VALUE", 2, 27);
            CHECK(d.message.en
                  == "`supervisor.min_years_in_profession` must be a whole number from 0 to 100, "
                     "not -1");
            CHECK(d.message.sv
                  == "`supervisor.min_years_in_profession` ska vara ett heltal från 0 till 100, "
                     "inte -1");
        }
        SUBCASE("students_with_reason below students, at the key the file sets")
        {
            const auto d = only_problem(parse("[pair]\nstudents_with_reason = 2\nstudents = 3\n"));
            check_at(d, "FMT-VALUE", 2, 24);
            CHECK(d.message.en
                  == "`pair.students_with_reason` (2) must be at least `pair.students` (3)");
        }
        SUBCASE("students above the inherited students_with_reason")
        {
            const auto d = only_problem(parse("[pair]\nstudents = 4\n"));
            check_at(d, "FMT-VALUE", 2, 12);
            CHECK(d.message.sv
                  == "`pair.students_with_reason` (3) ska vara minst `pair.students` (4)");
        }
        SUBCASE("an unknown role among the examiners, at the item")
        {
            const auto d =
                only_problem(parse("[examiners]\nadvanced = [\"klinisk-lektor\", \"nurse\"]\n"));
            check_at(d, "FMT-VALUE", 2, 31);
            CHECK(d.message.en.starts_with("`examiners.advanced[1]` = \"nurse\" is not allowed"));
        }
    }

    TEST_CASE("a severity of the wrong type is reported once")
    {
        const auto d = only_problem(parse("[severity]\nMAIN-TRAINING = 1\n"));
        check_at(d, "FMT-TYPE", 2, 17);
        CHECK(d.message.en == "`severity.MAIN-TRAINING` must be a string, not an integer");
    }

    TEST_CASE("an unknown table gets the nearest one")
    {
        const auto d = only_problem(parse("name = \"x\"\n[supervisors]\nmin_degree = \"none\"\n"));
        check_at(d, "FMT-KEY", 2, 2);
        CHECK(d.message.en == "unknown key `supervisors`; did you mean `supervisor`?");
    }

    TEST_CASE("a table where a value is expected, and a value where a table is, are FMT-TYPE")
    {
        const auto result = parse("supervisor = 1\n[examiners.basic]\n");
        CHECK_FALSE(result.rule_set);
        REQUIRE(result.diagnostics.size() == 2);
        check_at(result.diagnostics[0], "FMT-TYPE", 1, 14);
        CHECK(result.diagnostics[0].message.en == "`supervisor` must be a table, not an integer");
        check_at(result.diagnostics[1], "FMT-TYPE", 2, 1);
        CHECK(result.diagnostics[1].message.en
              == "`examiners.basic` must be an array, not a table");
    }

    TEST_CASE("a syntax error, or a file that is not UTF-8, gives no rule set")
    {
        SUBCASE("syntax")
        {
            check_at(only_problem(parse("name = \"x\"\n[supervisor\n")), "FMT-SYNTAX", 2, 12);
        }
        SUBCASE("Latin-1")
        {
            const auto d = only_problem(parse("\nname = \"Region J\xE4mtland\"\n"));
            check_at(d, "FMT-ENCODING", 2, 17);
            CHECK(d.message.en.find("0xE4") != std::string::npos);
        }
        SUBCASE("a byte-order mark is accepted")
        {
            const auto result = parse("\xEF\xBB\xBFname = \"Region Jämtland Härjedalen\"\n");
            REQUIRE(result.rule_set);
            CHECK(result.rule_set->name == "Region Jämtland Härjedalen");
        }
    }

    TEST_CASE("load_rule_set reads a file on top of the built-in rule set")
    {
        test::ScratchDir scratch;
        test::write_file(scratch / "r.toml", "[clinical_teacher]\nmaster_deadline_years = 3\n");
        const auto result = rules::load_rule_set(scratch / "r.toml");
        REQUIRE(result.rule_set);
        CHECK(result.rule_set->clinical_teacher.master_deadline_years == 3);
        CHECK(result.rule_set->clinical_teacher.min_degree == Degree::master_1y);
        CHECK(result.rule_set->source == (scratch / "r.toml").string());
    }

    TEST_CASE("load_rule_set positions problems in the file it read")
    {
        test::ScratchDir scratch;
        SUBCASE("a file with an error")
        {
            test::write_file(scratch / "r.toml", "[pair]\nstudents = \"two\"\n");
            const auto d = only_problem(rules::load_rule_set(scratch / "r.toml"));
            check_at(d, "FMT-TYPE", 2, 12);
            CHECK(d.where->file == (scratch / "r.toml").string());
        }
        SUBCASE("a file that does not exist")
        {
            const auto d = only_problem(rules::load_rule_set(scratch / "missing.toml"));
            CHECK(d.id.empty());
            CHECK(d.where->file == (scratch / "missing.toml").string());
            CHECK(d.message.en.ends_with("no such file"));
        }
    }

    TEST_CASE("the rule set fixtures are judged as tests/e2e/test_schemas.sh expects")
    {
        struct Expected {
            const char* file;
            const char* id; // nullptr: valid
            int line;
            int column;
        };
        const std::vector<Expected> fixtures{
            {"valid-partial.toml", nullptr, 0, 0},
            {"valid-swedish.toml", nullptr, 0, 0},
            {"bad-enum.toml", "FMT-VALUE", 2, 14},
            {"bad-examiner.toml", "FMT-VALUE", 2, 31},
            {"bad-severity-id.toml", "FMT-KEY", 2, 1},
            {"bad-severity-value.toml", "FMT-VALUE", 2, 17},
            {"negative-years.toml", "FMT-VALUE", 2, 25},
            {"too-small-pair.toml", "FMT-VALUE", 2, 12},
            {"unknown-key.toml", "FMT-KEY", 2, 1},
            {"wrong-type.toml", "FMT-TYPE", 2, 27},
        };
        for (const auto& fixture : fixtures) {
            SUBCASE(fixture.file)
            {
                const auto result = rules::load_rule_set(k_fixtures / fixture.file);
                if (!fixture.id) {
                    CHECK(result.diagnostics.empty());
                    CHECK(result.rule_set);
                } else {
                    check_at(only_problem(result), fixture.id, fixture.line, fixture.column);
                }
            }
        }
        SUBCASE("every fixture is listed here")
        {
            std::set<std::string> listed;
            for (const auto& fixture : fixtures) {
                listed.insert(fixture.file);
            }
            std::set<std::string> present;
            for (const auto& entry : std::filesystem::directory_iterator(k_fixtures)) {
                present.insert(entry.path().filename().string());
            }
            CHECK(present == listed);
        }
    }

    TEST_CASE("the Swedish fixture means what its words say")
    {
        const auto result = rules::load_rule_set(k_fixtures / "valid-swedish.toml");
        REQUIRE(result.rule_set);
        const auto& r = *result.rule_set;
        CHECK(r.name == "Region Exempel");
        CHECK(r.supervisor.employer == Employer::healthcare);
        CHECK(r.supervisor.min_training == Training::basic);
        CHECK(r.supervisor.advanced_min_degree == Degree::master_1y);
        CHECK(r.senior_clinical_lecturer.min_degree == Degree::doctorate);
        CHECK(r.examiners_basic
              == std::vector{Role::clinical_lecturer, Role::senior_clinical_lecturer});
        CHECK(r.severity_of("REF-GIBBS") == Severity::error);
        CHECK(r.severity_of("MAIN-TRAINING") == Severity::warning);
    }

    TEST_CASE("every rule of the catalogue has texts in both languages")
    {
        for (const auto& rule : rules::catalogue()) {
            CAPTURE(rule.id);
            CHECK_FALSE(rule.summary.en.empty());
            CHECK_FALSE(rule.summary.sv.empty());
            CHECK_FALSE(rule.applies_to.sv.empty());
            CHECK(rules::find_rule(rule.id) == &rule);
        }
        CHECK(rules::catalogue().size() == 27);
    }
}

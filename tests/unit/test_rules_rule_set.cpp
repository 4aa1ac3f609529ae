#include "scratch.hpp"

#include <peer/rules/catalogue.hpp>
#include <peer/rules/rule_set.hpp>

#include <doctest/doctest.h>

using namespace peer;
using model::Degree;
using model::Level;
using model::Role;

namespace {

rules::RuleSetResult parse(std::string_view text)
{
    return rules::parse_rule_set(text, "r.toml", rules::default_rule_set());
}

} // namespace

TEST_SUITE("rules::rule_set")
{
    TEST_CASE("the built-in rule set holds the supervisor model")
    {
        const auto& rules = rules::default_rule_set();
        CHECK(rules.name == "Region Skåne supervisor model");
        CHECK(rules.source == "built-in");
        CHECK(rules.supervisor.min_degree == Degree::bachelor);
        CHECK(rules.supervisor.min_training == model::Training::basic);
        CHECK(rules.supervisor.min_years_in_profession == 1);
        CHECK(rules.supervisor.advanced_min_degree == Degree::master_1y);
        CHECK(rules.clinical_teacher.master_deadline_years == 2);
        CHECK(rules.senior_clinical_lecturer.min_degree == Degree::doctorate);
        CHECK(rules.may_examine(Role::clinical_lecturer, Level::basic));
        CHECK_FALSE(rules.may_examine(Role::clinical_lecturer, Level::advanced));
        CHECK(rules.may_examine(Role::senior_clinical_lecturer, Level::advanced));
        CHECK_FALSE(rules.may_examine(Role::supervisor, Level::basic));
        CHECK(rules.pair_students == 2);
        CHECK(rules.pair_students_with_reason == 3);
    }

    TEST_CASE("severity_of takes the rule set's override, else the catalogue's")
    {
        const auto& rules = rules::default_rule_set();
        CHECK(rules.severity_of("MAIN-TRAINING") == Severity::warning);
        CHECK(rules.severity_of("SUP-DEGREE") == Severity::error);
        CHECK(rules.severity_of("CT-DEADLINE") == Severity::warning);
    }

    TEST_CASE("a file changes what it names and keeps the rest")
    {
        const auto result =
            parse("name = \"Region Example\"\n[supervisor]\n"
                  "min_years_in_profession = 2\n[severity]\nMAIN-TRAINING = \"fel\"\n"
                  "[examiners]\nadvanced = [\"klinisk-lektor\", \"klinisk-adjunkt\"]\n");
        REQUIRE(result.rule_set);
        CHECK(result.diagnostics.empty());
        const auto& rules = *result.rule_set;
        CHECK(rules.name == "Region Example");
        CHECK(rules.source == "r.toml");
        CHECK(rules.supervisor.min_years_in_profession == 2);
        CHECK(rules.supervisor.min_degree == Degree::bachelor);
        CHECK(rules.severity_of("MAIN-TRAINING") == Severity::error);
        CHECK(rules.may_examine(Role::clinical_lecturer, Level::advanced));
    }

    TEST_CASE("every problem of a malformed file is reported with its position")
    {
        const auto result = parse("[supervisor]\n"               // 1
                                  "min_year_in_profession = 2\n" // 2: unknown key
                                  "min_degree = \"bachelors\"\n" // 3: unknown value
                                  "min_training = 1\n"           // 4: wrong type
                                  "[severity]\n"                 // 5
                                  "MAIN-TRAINNG = \"error\"\n"   // 6: unknown rule id
                                  "REF-GIBBS = \"fatal\"\n"      // 7: unknown severity
                                  "[pair]\nstudents = 1\n");     // 9: too small
        CHECK_FALSE(result.rule_set);
        struct Expected {
            const char* id;
            int line;
            const char* text;
        };
        const std::vector<Expected> expected{
            {"FMT-VALUE", 3, "accepted: none, bachelor"},
            {"FMT-TYPE", 4, "must be a string, not an integer"},
            {"FMT-KEY", 2, "did you mean `min_years_in_profession`?"},
            {"FMT-VALUE", 9, "from 2 to 100"},
            {"FMT-VALUE", 7, "accepted: error, warning"},
            {"FMT-KEY", 6, "did you mean `MAIN-TRAINING`?"},
        };
        REQUIRE(result.diagnostics.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto& d = result.diagnostics[i];
            CAPTURE(d.message.en);
            CHECK(d.id == expected[i].id);
            CHECK(d.where->file == "r.toml");
            CHECK(d.where->line == expected[i].line);
            CHECK(d.message.en.find(expected[i].text) != std::string::npos);
            CHECK_FALSE(d.message.sv.empty());
        }
    }

    TEST_CASE("a syntax error or a file that is not UTF-8 gives no rule set")
    {
        CHECK_FALSE(parse("[supervisor\n").rule_set);
        const auto latin1 = parse("name = \"Region J\xE4mtland\"\n");
        CHECK_FALSE(latin1.rule_set);
        CHECK(latin1.diagnostics.at(0).id == "FMT-ENCODING");
    }

    TEST_CASE("load_rule_set reads a file on top of the built-in rule set")
    {
        test::ScratchDir scratch;
        test::write_file(scratch / "r.toml", "[clinical_teacher]\nmaster_deadline_years = 3\n");
        const auto result = rules::load_rule_set(scratch / "r.toml");
        REQUIRE(result.rule_set);
        CHECK(result.rule_set->clinical_teacher.master_deadline_years == 3);
        CHECK(result.rule_set->source == (scratch / "r.toml").string());
        CHECK_FALSE(rules::load_rule_set(scratch / "missing.toml").rule_set);
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
        CHECK(rules::catalogue().size() == 21);
    }
}

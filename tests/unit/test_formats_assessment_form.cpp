#include <peer/formats/assessment_form.hpp>

#include "journals.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace peer;

namespace {

bool has(const Diagnostics& diagnostics, std::string_view id, int line, std::string_view words)
{
    return std::ranges::any_of(diagnostics, [&](const Diagnostic& d) {
        return d.id == id && d.where && d.where->line == line
               && d.message.en.find(words) != std::string::npos && !d.message.sv.empty();
    });
}

const std::filesystem::path k_example =
    std::filesystem::path(__FILE__).parent_path() / "../../examples/assessment-form.toml";

} // namespace

TEST_SUITE("assessment form")
{
    TEST_CASE("the example form reads whole: five areas of four criteria, four levels")
    {
        const auto read = formats::read_assessment_form(k_example);
        CHECK(read.diagnostics.empty());
        REQUIRE(read.form);
        const auto& form = *read.form;
        CHECK(form.id == "peer-example-nursing");
        CHECK(form.areas.size() == 5);
        CHECK(form.criteria_count() == 20);
        REQUIRE(form.scale.size() == 4);
        CHECK(form.scale[0].at_risk);
        CHECK(form.scale[1].at_risk);
        CHECK_FALSE(form.scale[2].at_risk);
        const auto* criterion = form.find_criterion("com-team");
        REQUIRE(criterion != nullptr);
        CHECK(criterion->outcomes == std::vector<std::string>{"LO2"});
        CHECK(criterion->text.sv.find("SBAR") != std::string::npos);
        CHECK(form.find_level("met") != nullptr);
        CHECK(form.find_level("excellent") == nullptr);
    }

    TEST_CASE("a differently shaped form reads too")
    {
        const auto read =
            formats::read_assessment_form(test::fixture("assessment/three-levels.toml"));
        REQUIRE(read.form);
        CHECK(read.form->areas.size() == 2);
        CHECK(read.form->criteria_count() == 3);
        CHECK(read.form->find_criterion("B.2")->outcomes.empty());
    }

    TEST_CASE("every problem of a broken form is reported at its line, and no form is given")
    {
        const auto read = formats::read_assessment_form(test::fixture("assessment/broken.toml"));
        CHECK_FALSE(read.form);
        const auto& d = read.diagnostics;
        CHECK(has(d, "FMT-VALUE", 2, "cannot be an id"));
        CHECK(has(d, "FMT-REQUIRED", 1, "sv"));
        CHECK(has(d, "FMT-VALUE", 14, "is at risk but comes after \"ok\""));
        CHECK(has(d, "FMT-KEY", 20, "colour"));
        CHECK(has(d, "FMT-DUPLICATE", 28, "\"A1\" is given twice (first on line 23)"));
        CHECK(has(d, "FMT-VALUE", 30, "empty"));
        CHECK(d.size() == 6);
    }

    TEST_CASE("a form needs areas with criteria, and a scale with levels at risk and not")
    {
        const auto read = formats::parse_assessment_form(R"([form]
id = "f"
en = "F"
sv = "F"

[[level]]
id = "only"
en = "Only"
sv = "Enda"

[[area]]
id = "A"
en = "A"
sv = "A"
)",
                                                         "f.toml");
        CHECK_FALSE(read.form);
        CHECK(has(read.diagnostics, "FMT-REQUIRED", 12, "no criterion"));
        CHECK(has(read.diagnostics, "FMT-REQUIRED", 6, "at least two levels"));
        const auto none = formats::parse_assessment_form(R"([form]
id = "f"
en = "F"
sv = "F"
[[level]]
id = "a"
en = "A"
sv = "A"
[[level]]
id = "b"
en = "B"
sv = "B"
)",
                                                         "f.toml");
        CHECK(has(none.diagnostics, "FMT-VALUE", 5, "levels at risk and levels that are not"));
        CHECK(has(none.diagnostics, "FMT-REQUIRED", 1, "no area"));
    }
}

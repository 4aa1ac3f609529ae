#include "scratch.hpp"

#include <peer/formats/placement_file.hpp>
#include <peer/formats/placement_writer.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace peer;

namespace {

const std::filesystem::path k_fixtures =
    std::filesystem::path(__FILE__).parent_path() / "../fixtures/placement";
const std::filesystem::path k_forms =
    std::filesystem::path(__FILE__).parent_path() / "../fixtures/assessment";

std::string fixture(const char* name)
{
    return test::read_file(k_fixtures / name);
}

formats::PlacementFileResult parse(const std::string& text)
{
    return formats::parse_placement_file(text, "p.toml", "/teacher");
}

// The minimal placement, naming `form` in its [placement] table; read beside the test forms.
formats::PlacementFileResult with_form(const std::string& form, const std::string& more = "")
{
    auto text = fixture("valid-minimal.toml");
    text.replace(text.find("[placement]\n"), 12,
                 "[placement]\nassessment_form = \"" + form + "\"\n");
    return formats::parse_placement_file(text + more, "p.toml", k_forms);
}

} // namespace

TEST_SUITE("formats::placement_file")
{
    TEST_CASE("a sound file gives the whole setup")
    {
        const auto result = parse(fixture("valid-minimal.toml"));
        CHECK(result.diagnostics.empty());
        REQUIRE(result.file);
        const auto& setup = result.file->setup;
        CHECK(setup.placement.id == "vt27-ort-avd5");
        CHECK(setup.placement.level == model::Level::basic);
        CHECK(setup.placement.programme_term == 3);
        CHECK(format_date(setup.placement.start) == "2027-01-18");
        CHECK(setup.staff.size() == 3);
        CHECK(setup.students.size() == 4);
        REQUIRE(setup.pairs.size() == 2);
        CHECK(setup.pairs[1].students == std::vector<std::string>{"cem", "dana"});
        CHECK(result.file->placement_sound);
        CHECK(result.file->staff[1].at("in_profession_since").line == 33);
    }

    TEST_CASE("Swedish words read as the same setup")
    {
        const auto english = parse(fixture("valid-minimal.toml"));
        const auto swedish = parse(fixture("valid-swedish-words.toml"));
        REQUIRE(swedish.file);
        CHECK(swedish.file->setup.staff == english.file->setup.staff);
        CHECK(swedish.file->setup.placement == english.file->setup.placement);
    }

    TEST_CASE("the rule set path is relative to the file")
    {
        auto text = fixture("valid-minimal.toml");
        text.replace(text.find("[placement]\n"), 12, "[placement]\nrules = \"region.toml\"\n");
        const auto result = parse(text);
        REQUIRE(result.file);
        CHECK(result.file->rules_path == std::filesystem::path("/teacher/region.toml"));
    }

    TEST_CASE("format problems are reported at their lines, and the sound part is kept")
    {
        const auto result = parse(fixture("bad-role.toml"));
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].id == "FMT-VALUE");
        CHECK(result.diagnostics[0].where->line == 18);
        REQUIRE(result.file);
        CHECK_FALSE(result.file->staff_sound[0]);
        CHECK(result.file->staff_sound[1]);
        const auto sound = result.file->sound_setup();
        CHECK(sound.staff.size() == 2);
        CHECK(sound.pairs.size() == 1); // karin's pair is left out with her
    }

    TEST_CASE("ids given twice and ids that name nothing")
    {
        auto text = fixture("valid-minimal.toml");
        text += "\n[[student]]\nid = \"ali\"\nname = \"Ali Again\"\n"
                "\n[[pair]]\nstudents = [\"ali\", \"zed\"]\nsupervisors = [\"nobody\"]\n";
        const auto result = parse(text);
        std::vector<std::string> ids;
        for (const auto& d : result.diagnostics) {
            ids.push_back(d.id);
        }
        CHECK(ids
              == std::vector<std::string>{"FMT-DUPLICATE", "FMT-DUPLICATE", "FMT-REFERENCE",
                                          "FMT-REFERENCE"});
    }

    TEST_CASE("an empty file has no placement")
    {
        const auto result = parse("");
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics[0].id == "FMT-REQUIRED");
    }

    TEST_CASE("a handout written is read back as the same setup")
    {
        const auto original = parse(fixture("valid-minimal.toml"));
        const auto handout = formats::handout_for(original.file->setup, "cem");
        CHECK(handout.handout_student == "cem");
        CHECK(handout.students.size() == 2);
        CHECK(handout.staff.size() == 2); // olof supervises, lena examines
        const auto again = parse(formats::to_toml(handout));
        CHECK(again.diagnostics.empty());
        REQUIRE(again.file);
        CHECK(again.file->setup.students == handout.students);
        CHECK(again.file->setup.staff == handout.staff);
        CHECK(again.file->setup.pairs == handout.pairs);
        CHECK(again.file->setup.placement == handout.placement);
        CHECK(again.file->setup.handout_student == "cem");
    }

    TEST_CASE("the assessment form is read from the file the placement names")
    {
        const auto result = with_form("three-levels.toml");
        CHECK(result.diagnostics.empty());
        REQUIRE(result.file);
        const auto& form = result.file->setup.placement.assessment_form;
        REQUIRE(form);
        CHECK(form->id == "test-three-levels");
        CHECK(form->scale.size() == 3);
        CHECK(result.file->assessment_form_file == "three-levels.toml");
        // The form's strings are the guard's too, at their own file's lines.
        CHECK(std::ranges::any_of(result.file->strings, [](const formats::StringValue& s) {
            return s.text == "Underkänd" && s.at.file.ends_with("three-levels.toml");
        }));
    }

    TEST_CASE("a broken form is reported at its own lines, and the placement is still sound")
    {
        const auto result = with_form("broken.toml");
        REQUIRE(result.file);
        CHECK_FALSE(result.file->setup.placement.assessment_form);
        CHECK(result.file->placement_sound);
        REQUIRE_FALSE(result.diagnostics.empty());
        for (const auto& d : result.diagnostics) {
            CHECK(d.where->file.ends_with("broken.toml"));
        }
    }

    TEST_CASE("a form file that cannot be read is reported at the key")
    {
        const auto result = with_form("missing.toml");
        REQUIRE(result.diagnostics.size() == 1);
        const auto& d = result.diagnostics[0];
        CHECK(d.id == "FMT-REFERENCE");
        CHECK(d.where->file == "p.toml");
        CHECK(d.where->line == 3);
        CHECK(d.message.en.find("no such file") != std::string::npos);
        CHECK(d.message.sv.find("filen finns inte") != std::string::npos);
    }

    TEST_CASE("a form given in the file and named in it too is refused")
    {
        const auto inline_form =
            std::string("\n[assessment_form.form]\nid = \"x\"\nen = \"X\"\nsv = \"X\"\n");
        const auto result = with_form("three-levels.toml", inline_form);
        REQUIRE_FALSE(result.diagnostics.empty());
        CHECK(result.diagnostics.back().id == "FMT-DUPLICATE");
        CHECK(result.diagnostics.back().message.en.find("keep one of them") != std::string::npos);
    }

    TEST_CASE("a handout carries the form, and is read back with it")
    {
        const auto original = with_form("three-levels.toml");
        REQUIRE(original.file);
        const auto handout = formats::handout_for(original.file->setup, "cem");
        const auto written = formats::to_toml(handout);
        CHECK(written.find("[[assessment_form.area.criterion]]") != std::string::npos);
        const auto again = parse(written);
        CHECK(again.diagnostics.empty());
        REQUIRE(again.file);
        CHECK(again.file->setup.placement == handout.placement);
        REQUIRE(again.file->setup.placement.assessment_form);
        CHECK(*again.file->setup.placement.assessment_form
              == *original.file->setup.placement.assessment_form);
    }

    TEST_CASE("a broken form given in the file is reported under its table's name")
    {
        auto text = fixture("valid-minimal.toml")
                    + "\n[assessment_form.form]\nid = \"x\"\nen = \"X\"\nsv = \"X\"\nextra = 1\n";
        const auto result = parse(text);
        REQUIRE(result.file);
        CHECK_FALSE(result.file->setup.placement.assessment_form);
        REQUIRE_FALSE(result.diagnostics.empty());
        const auto says = [&](std::string_view words) {
            return std::ranges::any_of(result.diagnostics, [&](const Diagnostic& d) {
                return d.message.en.find(words) != std::string::npos;
            });
        };
        CHECK(says("[[area]]"));
        // The keys are named as they stand in the placement file.
        CHECK(says("`assessment_form.form.extra`"));
        CHECK_FALSE(says("`form."));
    }
}

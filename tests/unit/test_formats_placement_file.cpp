#include "scratch.hpp"

#include <peer/formats/placement_file.hpp>
#include <peer/formats/placement_writer.hpp>

#include <doctest/doctest.h>

#include <filesystem>

using namespace peer;

namespace {

const std::filesystem::path k_fixtures =
    std::filesystem::path(__FILE__).parent_path() / "../fixtures/placement";

std::string fixture(const char* name)
{
    return test::read_file(k_fixtures / name);
}

formats::PlacementFileResult parse(const std::string& text)
{
    return formats::parse_placement_file(text, "p.toml", "/teacher");
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
}

#pragma once
// The placement file (TOML): one placement, its staff, students and pairs
// (docs/placement-file.md, schemas/placement.schema.json). Reading it checks the format; the
// rules are checked afterwards (peer/placement_check/check.hpp), with the positions kept here.

#include <peer/core/diagnostic.hpp>
#include <peer/formats/toml_reader.hpp>
#include <peer/model/placement.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace peer::formats {

// Where the values of one table stand in the file.
struct KeyPositions {
    Position table; // the table itself: `[placement]`, `[[staff]]`
    std::map<std::string, Position, std::less<>> keys;

    // The position of `key`'s value, or the table's when the key is absent.
    [[nodiscard]] Position at(std::string_view key) const;
};

struct PlacementFile {
    std::string file; // as named in messages
    model::PlacementSetup setup;
    KeyPositions placement;
    std::vector<KeyPositions> staff; // parallel to setup.staff
    std::vector<KeyPositions> students;
    std::vector<KeyPositions> pairs;
    std::filesystem::path rules_path; // placement.rules, relative to the file's folder
    std::string assessment_form_file; // placement.assessment_form, as written; the form read
                                      // from it is the placement's
    std::vector<StringValue> strings; // every string of the file, for the privacy guard

    // Which tables were read without a format error (an id given twice counts as one). The
    // rules can still judge the sound part of a file that has errors elsewhere.
    bool placement_sound = false;
    std::vector<bool> staff_sound; // parallel to setup.staff
    std::vector<bool> students_sound;

    // The setup cut down to the sound tables, and to the pairs whose members are all sound.
    [[nodiscard]] model::PlacementSetup sound_setup() const;
};

struct PlacementFileResult {
    std::optional<PlacementFile> file; // set whenever the text is TOML, errors or not
    Diagnostics diagnostics;
};

// `directory` resolves placement.rules.
PlacementFileResult parse_placement_file(std::string_view text, const std::string& file_name,
                                         const std::filesystem::path& directory);

PlacementFileResult read_placement_file(const std::filesystem::path& path);

} // namespace peer::formats

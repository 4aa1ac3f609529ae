#pragma once
// Writing a placement setup as a placement file: what `peer term handout` gives a student.

#include <peer/model/placement.hpp>

#include <string>

namespace peer::formats {

// The setup as placement-file TOML that read_placement_file reads back to the same setup.
std::string to_toml(const model::PlacementSetup& setup);

// The part of `setup` that `student` needs: the placement, the student and their partner(s),
// their pair's supervisors and the examiner; no other student's data.
model::PlacementSetup handout_for(const model::PlacementSetup& setup, const std::string& student);

} // namespace peer::formats

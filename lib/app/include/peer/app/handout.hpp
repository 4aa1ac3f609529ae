#pragma once
// `peer term handout`: the file a student needs to join their placement.

#include <peer/core/result.hpp>
#include <peer/journal/journal.hpp>

#include <string>

namespace peer::app {

// The handout of `student` as TOML: the placement, the student and their partner, their
// supervisors and the examiner, and no other student's data. A placement that is not there, or
// a student who is not one of it, is a Problem.
Result<std::string> handout(const journal::Journal& journal, const std::string& placement,
                            const std::string& student);

} // namespace peer::app

#pragma once
// The placement a student's talks and plans are about.

#include <peer/core/result.hpp>
#include <peer/journal/journal.hpp>

#include <string>

namespace peer::app {

// `requested`, or when it is empty the placement `student` is on: the newest one the journal
// has them enrolled in (a Problem when there is none).
Result<std::string> placement_for(const journal::Journal& journal, const std::string& requested,
                                  const std::string& student);

} // namespace peer::app

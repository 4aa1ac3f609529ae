// Finding the placement a student's talks and plans are about, for assessment.cpp, talks.cpp
// and plans.cpp.

#include "talk_lookup.hpp"
#include <peer/journal/placements.hpp>

#include <fmt/format.h>

namespace peer::app {

namespace {

// The placement `student` is on: the newest one the journal has them enrolled in.
Result<std::string> placement_of(const journal::Journal& journal, const std::string& student)
{
    std::string found;
    Date newest{};
    for (const auto& p : journal::list_placements(journal)) {
        const auto setup = journal::load_setup(journal, p.id);
        if (setup && setup->find_student(student) != nullptr
            && (found.empty() || p.start > newest)) {
            found = p.id;
            newest = p.start;
        }
    }
    if (found.empty()) {
        return problem(ExitCode::invalid_data,
                       {fmt::format("{} is on no placement in this journal: name one with "
                                    "--placement, or join the placement with `peer term join`",
                                    student),
                        fmt::format("{} är inte på någon placering i den här journalen: ange en "
                                    "med --placement, eller gå med i placeringen med "
                                    "`peer term join`",
                                    student)});
    }
    return found;
}

} // namespace

Result<std::string> placement_for(const journal::Journal& journal, const std::string& requested,
                                  const std::string& student)
{
    if (!requested.empty()) {
        return requested;
    }
    return placement_of(journal, student);
}

} // namespace peer::app

#include <peer/app/handout.hpp>
#include <peer/app/lookup.hpp>
#include <peer/formats/placement_writer.hpp>

#include <fmt/format.h>

namespace peer::app {

Result<std::string> handout(const journal::Journal& journal, const std::string& placement,
                            const std::string& student)
{
    const auto setup = app::placement(journal, placement);
    if (!setup) {
        return setup.problem();
    }
    if (!setup->find_student(student)) {
        return problem(ExitCode::invalid_data,
                       {fmt::format("'{}' is not a student of {}", student, placement),
                        fmt::format("'{}' är inte student på {}", student, placement)});
    }
    return formats::to_toml(formats::handout_for(*setup, student));
}

} // namespace peer::app

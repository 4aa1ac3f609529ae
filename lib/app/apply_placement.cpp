#include <peer/app/apply_placement.hpp>
#include <peer/placement_check/check.hpp>

#include <fmt/format.h>

namespace peer::app {

Result<Applied> apply_placement(journal::Journal& journal, const ApplyRequest& request)
{
    auto checked = placement_check::check_placement_file(request.file, request.rule_set,
                                                         request.as_of, request.allowed);
    if (!checked.file || has_errors(checked.diagnostics)) {
        const auto name = request.file.string();
        return problem(ExitCode::invalid_data, std::move(checked.diagnostics),
                       {fmt::format("{} has errors; nothing was written", name),
                        fmt::format("{} har fel; inget skrevs", name)});
    }
    const auto& setup = checked.file->setup;
    return Applied{setup.placement.id, journal::apply_setup(journal, setup, request.archive),
                   std::move(checked.diagnostics)};
}

} // namespace peer::app

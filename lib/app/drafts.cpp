#include <peer/app/drafts.hpp>
#include <peer/core/files.hpp>
#include <peer/journal/activities.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

namespace peer::app {

Result<forms::DraftFile> draft(const std::filesystem::path& journal, std::string_view name)
{
    auto found = forms::find_draft(journal, name);
    if (!found) {
        return problem(ExitCode::invalid_data,
                       {fmt::format("there is no draft file {}; see `peer drafts list`", name),
                        fmt::format("det finns ingen utkastfil {}; se `peer drafts list`", name)});
    }
    return std::move(*found);
}

Result<std::string> draft_text(const forms::DraftFile& draft)
{
    Diagnostics failed;
    auto text = read_text_file(draft.path, failed);
    if (!text) {
        return Problem{ExitCode::invalid_data, std::move(failed)};
    }
    return std::move(*text);
}

Result<forms::DraftFile> remove_draft(const std::filesystem::path& journal, std::string_view name)
{
    auto found = draft(journal, name);
    if (!found) {
        return found;
    }
    std::error_code failed;
    std::filesystem::remove(found->path, failed);
    if (failed) {
        const auto reason = failed.message();
        return problem(ExitCode::invalid_data,
                       {fmt::format("{} could not be removed: {}", found->path.string(), reason),
                        fmt::format("{} gick inte att ta bort: {}", found->path.string(), reason)});
    }
    return found;
}

std::vector<forms::DraftFile> drafts_older_than_placement(const journal::Journal& journal)
{
    const auto context = journal::log_context(journal);
    if (!context || context->placement.empty()) {
        return {};
    }
    const auto start = std::chrono::sys_days(context->placement_start);
    auto drafts = forms::list_drafts(journal.path());
    std::erase_if(drafts, [&](const forms::DraftFile& d) { return d.modified >= start; });
    return drafts;
}

} // namespace peer::app

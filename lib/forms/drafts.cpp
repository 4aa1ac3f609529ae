#include <peer/core/error.hpp>
#include <peer/core/files.hpp>
#include <peer/core/strings.hpp>
#include <peer/forms/drafts.hpp>

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <fstream>

namespace peer::forms {

namespace {

Error cannot_write(const std::filesystem::path& path, const std::error_code& error)
{
    const auto reason = error.message();
    return Error(ExitCode::journal_unusable,
                 {fmt::format("cannot keep the draft in {}: {}", path.string(), reason),
                  fmt::format("kan inte spara utkastet i {}: {}", path.string(), reason)});
}

// The first line of a draft file: a comment with the command that saves it.
constexpr std::string_view k_save_open = "<!-- $ ";
constexpr std::string_view k_save_close = " -->";

// The command of the file's first line, or empty.
std::string save_command(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    if (!line.starts_with(k_save_open) || !line.ends_with(k_save_close)) {
        return {};
    }
    return line.substr(k_save_open.size(), line.size() - k_save_open.size() - k_save_close.size());
}

std::chrono::system_clock::time_point modified(const std::filesystem::path& file)
{
    std::error_code unknown;
    const auto when = std::filesystem::last_write_time(file, unknown);
    return unknown ? std::chrono::system_clock::time_point{}
                   : std::chrono::file_clock::to_sys(when);
}

} // namespace

std::array<std::filesystem::path, 2> draft_folders(const std::filesystem::path& journal)
{
    return {drafts_directory(journal),
            std::filesystem::temp_directory_path() / fmt::format("peer-drafts-{}", ::getuid())};
}

std::vector<DraftFile> list_drafts(const std::filesystem::path& journal)
{
    std::vector<DraftFile> out;
    for (const auto& folder : draft_folders(journal)) {
        std::error_code unreadable;
        for (const auto& item : std::filesystem::directory_iterator(folder, unreadable)) {
            const auto& path = item.path();
            std::error_code unknown;
            if (path.extension() != ".md" || !item.is_regular_file(unknown)) {
                continue;
            }
            // reflection-20261105-143012.md, briefing-before-20261105-143012-2.md
            auto form = path.stem().string();
            const auto dated = form.find("-20");
            form = dated == std::string::npos ? form : form.substr(0, dated);
            out.push_back({path, form, modified(path), save_command(path)});
        }
    }
    std::ranges::sort(out, [](const DraftFile& a, const DraftFile& b) {
        return a.modified != b.modified ? a.modified < b.modified : a.path < b.path;
    });
    return out;
}

std::optional<DraftFile> find_draft(const std::filesystem::path& journal, std::string_view name)
{
    const auto all = list_drafts(journal);
    const auto found = std::ranges::find_if(all, [&](const DraftFile& draft) {
        return draft.path.filename() == name || draft.path == std::filesystem::path(name);
    });
    return found == all.end() ? std::nullopt : std::optional(*found);
}

std::filesystem::path drafts_directory(const std::filesystem::path& journal)
{
    return journal.parent_path() / "drafts";
}

std::filesystem::path keep_draft(const std::filesystem::path& directory, std::string_view form_key,
                                 std::string_view text, std::string_view save)
{
    if (const auto error = make_private_directories(directory)) {
        throw cannot_write(directory, error);
    }
    const auto now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    const auto stem = fmt::format("{}-{:%Y%m%d-%H%M%S}", form_key, local);
    for (int attempt = 1;; ++attempt) {
        auto path =
            directory / (attempt == 1 ? stem + ".md" : fmt::format("{}-{}.md", stem, attempt));
        const auto written = save.empty()
                                 ? std::string(text)
                                 : fmt::format("{}{} --from {}{}\n{}", k_save_open, save,
                                               shell_quoted(path.string()), k_save_close, text);
        const auto error = write_file_atomically(path, written, Replace::never);
        if (error == std::errc::file_exists) {
            continue;
        }
        if (error) {
            throw cannot_write(path, error);
        }
        return path;
    }
}

} // namespace peer::forms

#include <peer/core/error.hpp>
#include <peer/core/files.hpp>
#include <peer/forms/drafts.hpp>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <ctime>

namespace peer::forms {

namespace {

Error cannot_write(const std::filesystem::path& path, const std::error_code& error)
{
    const auto reason = error.message();
    return Error(ExitCode::journal_unusable,
                 {fmt::format("cannot keep the draft in {}: {}", path.string(), reason),
                  fmt::format("kan inte spara utkastet i {}: {}", path.string(), reason)});
}

} // namespace

std::filesystem::path drafts_directory(const std::filesystem::path& journal)
{
    return journal.parent_path() / "drafts";
}

std::filesystem::path keep_draft(const std::filesystem::path& directory, std::string_view form_key,
                                 std::string_view text)
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
        const auto error = write_file_atomically(path, text, Replace::never);
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

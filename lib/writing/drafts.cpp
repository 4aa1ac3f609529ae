#include <peer/core/error.hpp>
#include <peer/writing/drafts.hpp>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

namespace peer::writing {

namespace {

Error cannot_write(const std::filesystem::path& path, int error)
{
    const std::string reason = std::strerror(error);
    return Error(ExitCode::journal_unusable,
                 {fmt::format("cannot keep the draft in {}: {}", path.string(), reason),
                  fmt::format("kan inte spara utkastet i {}: {}", path.string(), reason)});
}

void make_private_directory(const std::filesystem::path& directory)
{
    std::error_code ignored;
    if (directory.empty() || std::filesystem::is_directory(directory, ignored)) {
        return;
    }
    make_private_directory(directory.parent_path());
    if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) {
        throw cannot_write(directory, errno);
    }
}

} // namespace

std::filesystem::path drafts_directory(const std::filesystem::path& journal)
{
    return journal.parent_path() / "drafts";
}

std::filesystem::path keep_draft(const std::filesystem::path& directory, std::string_view form_key,
                                 std::string_view text)
{
    make_private_directory(directory);
    const auto now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    const auto stem = fmt::format("{}-{:%Y%m%d-%H%M%S}", form_key, local);
    for (int attempt = 1;; ++attempt) {
        const auto path =
            directory / (attempt == 1 ? stem + ".md" : fmt::format("{}-{}.md", stem, attempt));
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno == EEXIST) {
            continue;
        }
        if (fd < 0) {
            throw cannot_write(path, errno);
        }
        std::size_t written = 0;
        while (written < text.size()) {
            const auto n = ::write(fd, text.data() + written, text.size() - written);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                const int error = errno;
                ::close(fd);
                throw cannot_write(path, error);
            }
            written += static_cast<std::size_t>(n);
        }
        if (::fsync(fd) != 0 || ::close(fd) != 0) {
            throw cannot_write(path, errno);
        }
        return path;
    }
}

} // namespace peer::writing

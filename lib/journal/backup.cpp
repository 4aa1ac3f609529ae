#include "access.hpp"
#include <peer/core/files.hpp>
#include <peer/core/text.hpp>
#include <peer/journal/backup.hpp>

#include <SQLiteCpp/Backup.h>
#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio> // renameat2, RENAME_NOREPLACE

namespace peer::journal {

namespace {

namespace fs = std::filesystem;

Text exists_already(const fs::path& target)
{
    return {fmt::format("{} exists already: name a new file for the backup", target.string()),
            fmt::format("{} finns redan: ange en ny fil för säkerhetskopian", target.string())};
}

Text cannot_write(const fs::path& target, int error)
{
    return {
        fmt::format("cannot write the backup {}: {}", target.string(), errno_text(error)),
        fmt::format("kan inte skriva säkerhetskopian {}: {}", target.string(), errno_text(error))};
}

// Removes the temporary copy unless it was given its name.
class TemporaryCopy {
public:
    explicit TemporaryCopy(fs::path path) : m_path(std::move(path)) {}
    TemporaryCopy(const TemporaryCopy&) = delete;
    TemporaryCopy& operator=(const TemporaryCopy&) = delete;
    ~TemporaryCopy()
    {
        if (!m_kept) {
            std::error_code ignored;
            fs::remove(m_path, ignored);
        }
    }
    [[nodiscard]] const fs::path& path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    fs::path m_path;
    bool m_kept = false;
};

} // namespace

std::optional<Text> backup_journal(const Journal& journal, const fs::path& target)
{
    std::error_code error;
    if (fs::exists(fs::symlink_status(target, error))) {
        return exists_already(target);
    }
    const auto folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    auto pattern =
        (folder / fmt::format(".{}.peer-backup-XXXXXX", target.filename().string())).string();
    const FileDescriptor created(::mkstemp(pattern.data()));
    if (!created.is_open()) {
        return cannot_write(target, errno);
    }
    TemporaryCopy copy{fs::path(pattern)};
    ::fchmod(created.get(), 0600);
    std::string verdict;
    {
        SQLite::Database destination(copy.path().string(),
                                     SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        Access::read(journal, [&](Connection& source) {
            SQLite::Backup backup(destination, source);
            backup.executeStep(); // every page, in one step: one moment of the journal
        });
        destination.exec("PRAGMA journal_mode = DELETE");
        verdict = destination.execAndGet("PRAGMA integrity_check").getString();
    }
    if (verdict != "ok") {
        return Text{fmt::format("the copy of the journal is not sound ({}): nothing was written; "
                                "run `peer doctor`",
                                verdict),
                    fmt::format("kopian av journalen är inte hel ({}): inget skrevs; kör "
                                "`peer doctor`",
                                verdict)};
    }
    if (::renameat2(AT_FDCWD, copy.path().c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE)
        != 0) {
        return errno == EEXIST ? exists_already(target) : cannot_write(target, errno);
    }
    copy.keep();
    return std::nullopt;
}

} // namespace peer::journal

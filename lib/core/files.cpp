#include <peer/core/files.hpp>

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio> // renameat2, RENAME_NOREPLACE
#include <cstring>
#include <fstream>
#include <istream>

namespace peer {

namespace fs = std::filesystem;

namespace {

std::error_code from_errno(int error = errno)
{
    return {error, std::generic_category()};
}

Diagnostic cannot_read(const fs::path& path, int error)
{
    Text reason;
    switch (error) {
    case ENOENT:
        reason = {"no such file", "filen finns inte"};
        break;
    case EACCES:
        reason = {"permission denied", "behörighet saknas"};
        break;
    case EISDIR:
        reason = {"it is a directory", "det är en katalog"};
        break;
    case ENXIO:
        reason = {"it is not a file", "det är ingen fil"};
        break;
    default:
        reason = {errno_text(error), errno_text(error)};
        break;
    }
    const auto name = path.string();
    return {Severity::error,
            "",
            Position{name, 0, 0},
            {fmt::format("cannot read {}: {}", name, reason.en),
             fmt::format("kan inte läsa {}: {}", name, reason.sv)}};
}

std::error_code write_all(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const auto n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return from_errno();
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
}

std::error_code sync_directory(const fs::path& directory)
{
    const FileDescriptor fd(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.is_open()) {
        return from_errno();
    }
    return ::fsync(fd.get()) == 0 ? std::error_code{} : from_errno();
}

} // namespace

std::size_t size_limit(FileKind kind)
{
    return kind == FileKind::written ? k_written_file_limit : k_data_file_limit;
}

std::optional<Diagnostic> unreadable(const fs::path& path)
{
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        return cannot_read(path, errno);
    }
    if (S_ISDIR(status.st_mode)) {
        return cannot_read(path, EISDIR);
    }
    if (S_ISSOCK(status.st_mode)) {
        return cannot_read(path, ENXIO);
    }
    return std::nullopt;
}

namespace {

Diagnostic too_large(const std::string& name, FileKind kind)
{
    const auto mib = size_limit(kind) >> 20;
    const Text what = kind == FileKind::written
                          ? Text{"a placement file, rule set, assessment form or text",
                                 "en placeringsfil, regeluppsättning, ett bedömningsformulär eller "
                                 "en text"}
                          : Text{"an export or an import file", "en export eller en importfil"};
    return {Severity::error,
            "",
            Position{name, 0, 0},
            {fmt::format("cannot read {}: it is larger than {} MiB, the most peer reads of {}; is "
                         "it the right file?",
                         name, mib, what.en),
             fmt::format("kan inte läsa {}: den är större än {} MiB, det mesta peer läser av {}; "
                         "är det rätt fil?",
                         name, mib, what.sv)}};
}

} // namespace

std::optional<std::string> read_text_stream(std::istream& in, const std::string& name,
                                            Diagnostics& out, FileKind kind)
{
    const auto limit = size_limit(kind);
    std::string text;
    std::array<char, 65536> buffer{};
    while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
        if (text.size() + static_cast<std::size_t>(in.gcount()) > limit) {
            out.push_back(too_large(name, kind));
            return std::nullopt;
        }
        text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        out.push_back(cannot_read(name, EIO));
        return std::nullopt;
    }
    return text;
}

LineRead read_line(std::istream& in, std::string& line, std::size_t most)
{
    line.clear();
    std::streambuf& buffer = *in.rdbuf();
    for (;;) {
        const auto c = buffer.sbumpc();
        if (c == std::char_traits<char>::eof()) {
            in.setstate(std::ios::eofbit);
            return line.empty() ? LineRead::end : LineRead::line;
        }
        if (c == '\n') {
            return LineRead::line;
        }
        if (line.size() == most) {
            return LineRead::too_long;
        }
        line.push_back(static_cast<char>(c));
    }
}

std::optional<std::string> read_text_file(const fs::path& path, Diagnostics& out, FileKind kind)
{
    if (auto why = unreadable(path)) {
        out.push_back(std::move(*why));
        return std::nullopt;
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.push_back(cannot_read(path, errno != 0 ? errno : EIO));
        return std::nullopt;
    }
    return read_text_stream(in, path.string(), out, kind);
}

std::string errno_text(int error)
{
    // The GNU strerror_r (g++ and clang++ define _GNU_SOURCE): it returns the text, which is in
    // `buffer` only when it is not one of the C library's own.
    std::array<char, 256> buffer{};
    return ::strerror_r(error, buffer.data(), buffer.size());
}

std::error_code make_private_directories(const fs::path& directory)
{
    std::error_code ignored;
    if (directory.empty() || fs::is_directory(directory, ignored)) {
        return {};
    }
    if (auto error = make_private_directories(directory.parent_path())) {
        return error;
    }
    if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) {
        return from_errno();
    }
    return {};
}

FileDescriptor& FileDescriptor::operator=(FileDescriptor&& other) noexcept
{
    if (this != &other) {
        close();
        m_fd = other.release();
    }
    return *this;
}

FileDescriptor::~FileDescriptor()
{
    close();
}

int FileDescriptor::release()
{
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

std::error_code FileDescriptor::close()
{
    if (m_fd < 0) {
        return {};
    }
    const int fd = release();
    return ::close(fd) == 0 ? std::error_code{} : from_errno();
}

std::error_code write_file_atomically(const fs::path& target, std::string_view bytes,
                                      Replace replace, fs::perms mode)
{
    const auto directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    auto temporary = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
    FileDescriptor fd(::mkostemp(temporary.data(), O_CLOEXEC));
    if (!fd.is_open()) {
        return from_errno();
    }
    auto fail = [&](std::error_code error) {
        fd.close();
        ::unlink(temporary.c_str());
        return error;
    };
    if (::fchmod(fd.get(), static_cast<mode_t>(mode)) != 0) {
        return fail(from_errno());
    }
    if (auto error = write_all(fd.get(), bytes)) {
        return fail(error);
    }
    if (::fsync(fd.get()) != 0) {
        return fail(from_errno());
    }
    if (auto error = fd.close()) {
        return fail(error);
    }
    const unsigned flags = replace == Replace::never ? RENAME_NOREPLACE : 0U;
    if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, target.c_str(), flags) != 0) {
        return fail(from_errno());
    }
    return sync_directory(directory);
}

} // namespace peer

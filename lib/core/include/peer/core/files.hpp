#pragma once
// Files as peer reads and writes them: read whole, with a diagnostic a person can act on; written
// whole or not at all; kept private to their owner.

#include <peer/core/diagnostic.hpp>

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

namespace peer {

// How much of a file peer reads whole, by what the file is (docs/formats.md): a file a person
// writes (a placement file, a rule set, an assessment form, a text) or a file of data (an export,
// an import file). Past it, the file is refused: /dev/zero, or the wrong file, never fills the
// memory.
enum class FileKind { written, data };
inline constexpr std::size_t k_written_file_limit = std::size_t{4} << 20; // 4 MiB
inline constexpr std::size_t k_data_file_limit = std::size_t{1} << 30;    // 1 GiB
std::size_t size_limit(FileKind kind);

// Why `path` cannot be read, or nullopt when it can: a regular file or a pipe (a process
// substitution, a FIFO), or a device such as a terminal. A missing path is "no such file", a
// directory "it is a directory". The diagnostic has id "" and no line.
std::optional<Diagnostic> unreadable(const std::filesystem::path& path);

// The file's bytes, or nullopt with a diagnostic (id "", no line) when it cannot be read or
// is larger than `kind` allows. Read in chunks, never more than the limit.
std::optional<std::string> read_text_file(const std::filesystem::path& path, Diagnostics& out,
                                          FileKind kind = FileKind::written);

// The bytes of `in` (standard input), as read_text_file reads a file; `name` names it in the
// diagnostic.
std::optional<std::string> read_text_stream(std::istream& in, const std::string& name,
                                            Diagnostics& out, FileKind kind = FileKind::written);

// One line of `in`, without its line end, read a character at a time so that a line with no end
// (/dev/zero) stops at `most` characters: `too_long`, with the line cut there.
enum class LineRead { line, too_long, end };
LineRead read_line(std::istream& in, std::string& line, std::size_t most);

// Creates each missing directory of `directory` with mode 0700; existing ones are left as they
// are.
std::error_code make_private_directories(const std::filesystem::path& directory);

// What the C library says an errno value means ("No space left on device"), thread safe
// (strerror_r: strerror shares one buffer between threads).
std::string errno_text(int error);

// A file descriptor that is closed when it goes.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd = -1) : m_fd(fd) {}
    FileDescriptor(FileDescriptor&& other) noexcept : m_fd(other.release()) {}
    FileDescriptor& operator=(FileDescriptor&& other) noexcept;
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor();

    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool is_open() const { return m_fd >= 0; }
    int release();
    // Closes now, and says whether close() succeeded (it can report a failed write).
    std::error_code close();

private:
    int m_fd;
};

enum class Replace { existing, never };

// Writes `bytes` to `target` whole or not at all: into a temporary file in the same directory,
// synced, renamed over the target, and the directory synced, so that a crash or a full disk
// leaves either the old file or the new one, never a part. The file gets `mode` (0600 unless
// given). With Replace::never an existing target is left alone and the result is
// errc::file_exists. On failure nothing is left behind.
std::error_code
write_file_atomically(const std::filesystem::path& target, std::string_view bytes,
                      Replace replace = Replace::existing,
                      std::filesystem::perms mode = std::filesystem::perms::owner_read
                                                    | std::filesystem::perms::owner_write);

} // namespace peer

#pragma once
// Files as peer reads and writes them: read whole, with a diagnostic a person can act on; written
// whole or not at all; kept private to their owner.

#include <peer/core/diagnostic.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

namespace peer {

// The file's bytes, or nullopt with a diagnostic (id "", no line) when it cannot be read.
std::optional<std::string> read_text_file(const std::filesystem::path& path, Diagnostics& out);

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

#include "terminal.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <system_error>

extern char** environ; // the environment the editor gets, as execl gave it

namespace peer::cli {

namespace {

// The shell's status for a command it could not find or run.
constexpr int k_not_started = 127;

// The signals that end the reading of lines.
constexpr std::array k_reader_signals{SIGINT, SIGHUP, SIGTERM};

// The write end of the pipe of the LineReader that lives (-1 when none does). The signal handler
// reads it: an atomic that is lock-free may be used there.
std::atomic<int> g_wake{-1};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void note_signal(int number)
{
    const int saved = errno;
    if (const int fd = g_wake.load(); fd >= 0) {
        // The pipe is non-blocking: when it is full, a byte is already there to be seen.
        const auto byte = static_cast<char>(number);
        [[maybe_unused]] const auto written = ::write(fd, &byte, 1);
    }
    errno = saved;
}

// Holds back the reader's signals while it lives, so that handlers and the pipe they write to
// change hands as one step. A signal that comes meanwhile waits and is handled after.
class SignalsHeld {
public:
    SignalsHeld()
    {
        sigset_t held;
        sigemptyset(&held);
        for (const int number : k_reader_signals) {
            sigaddset(&held, number);
        }
        pthread_sigmask(SIG_BLOCK, &held, &m_before);
    }
    ~SignalsHeld() { pthread_sigmask(SIG_SETMASK, &m_before, nullptr); }
    SignalsHeld(const SignalsHeld&) = delete;
    SignalsHeld& operator=(const SignalsHeld&) = delete;

private:
    sigset_t m_before{};
};

// The first signal a SignalShield noted; 0 when none.
volatile std::sig_atomic_t g_shielded = 0;

extern "C" void note_shielded(int number)
{
    if (g_shielded == 0) {
        g_shielded = number;
    }
}

} // namespace

SignalShield::SignalShield()
{
    const SignalsHeld held;
    struct sigaction action {};
    action.sa_handler = note_shielded;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &m_old_int);
    sigaction(SIGHUP, &action, &m_old_hup);
    sigaction(SIGTERM, &action, &m_old_term);
}

SignalShield::~SignalShield()
{
    int noted = 0;
    {
        const SignalsHeld held;
        sigaction(SIGINT, &m_old_int, nullptr);
        sigaction(SIGHUP, &m_old_hup, nullptr);
        sigaction(SIGTERM, &m_old_term, nullptr);
        noted = g_shielded;
        g_shielded = 0;
    }
    if (noted != 0) {
        std::cout.flush();
        std::cerr.flush();
        std::raise(noted);
    }
}

bool interactive()
{
    return ::isatty(STDIN_FILENO) == 1 && ::isatty(STDOUT_FILENO) == 1;
}

// Why no signal is missed: the handler's only effect is a byte in the pipe, and the byte stays
// there until next() has seen it. next() waits with one poll() on stdin and on the pipe, so a
// signal that comes before the poll() makes it return at once, and one that comes during it
// wakes it. There is no moment between looking for a signal and starting to wait in which a
// signal could come unseen, as there is with a flag looked at before read().
LineReader::LineReader()
{
    std::array<int, 2> ends{};
    if (::pipe2(ends.data(), O_NONBLOCK | O_CLOEXEC) != 0) {
        throw std::system_error(errno, std::generic_category(), "cannot watch for Ctrl-C: pipe");
    }
    m_wake_read = ends[0];
    m_wake_write = ends[1];
    const SignalsHeld held;
    m_previous_wake = g_wake.exchange(m_wake_write);
    struct sigaction action {};
    action.sa_handler = note_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a signal also ends a read() that waits
    sigaction(SIGINT, &action, &m_old_int);
    sigaction(SIGHUP, &action, &m_old_hup);
    sigaction(SIGTERM, &action, &m_old_term);
}

LineReader::~LineReader()
{
    {
        const SignalsHeld held;
        sigaction(SIGINT, &m_old_int, nullptr);
        sigaction(SIGHUP, &m_old_hup, nullptr);
        sigaction(SIGTERM, &m_old_term, nullptr);
        g_wake.store(m_previous_wake);
    } // a signal that came meanwhile is handled as it was before this reader
    ::close(m_wake_read);
    ::close(m_wake_write);
}

std::optional<std::string> LineReader::next()
{
    while (!m_interrupted) {
        // With a line at hand, only look whether a signal came; else wait for input or signal.
        const bool ready = m_at_end || m_buffer.find('\n') != std::string::npos;
        std::array<pollfd, 2> waits{{{m_wake_read, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}}};
        if (::poll(waits.data(), ready ? 1 : 2, ready ? 0 : -1) < 0) {
            if (errno == EINTR) {
                continue; // the pipe says whether it was one of ours
            }
            m_at_end = true; // there is no waiting for input: as good as its end
            return take_line();
        }
        if (waits[0].revents != 0) {
            m_interrupted = true;
        } else if (ready) {
            return take_line();
        } else if (waits[1].revents != 0) {
            read_input();
        }
    }
    return std::nullopt;
}

std::optional<std::string> LineReader::take_line()
{
    if (const auto end = m_buffer.find('\n'); end != std::string::npos) {
        auto line = m_buffer.substr(0, end);
        m_buffer.erase(0, end + 1);
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        return line;
    }
    if (m_buffer.empty()) {
        return std::nullopt;
    }
    auto last = std::move(m_buffer); // the last line, without a newline
    m_buffer.clear();
    return last;
}

void LineReader::read_input()
{
    std::array<char, 4096> chunk{};
    const auto got = ::read(STDIN_FILENO, chunk.data(), chunk.size());
    if (got > 0) {
        m_buffer.append(chunk.data(), static_cast<std::size_t>(got));
    } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
        m_at_end = true; // the end of input, or a terminal gone (EIO)
    }
}

std::string chosen_editor()
{
    for (const char* name : {"VISUAL", "EDITOR"}) {
        if (const char* value = std::getenv(name); value && *value) {
            return value;
        }
    }
    return "vi";
}

int run_editor(const std::string& editor, const std::filesystem::path& file)
{
    // While the editor runs, Ctrl-C and Ctrl-\ are for it: peer ignores them, as a shell does
    // while it waits for a command, and the editor starts with them at their defaults.
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    struct sigaction old_int {};
    struct sigaction old_quit {};
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGQUIT, &ignore, &old_quit);

    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGQUIT);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);

    // sh -c 'EDITOR "$@"' EDITOR FILE: the shell splits EDITOR into words, the file stays one.
    std::string shell = "sh";
    std::string option = "-c";
    std::string command = editor + " \"$@\"";
    std::string name = editor;
    std::string path = file.string();
    std::array<char*, 6> arguments{shell.data(), option.data(), command.data(),
                                   name.data(),  path.data(),   nullptr};
    pid_t child = 0;
    const int failed =
        ::posix_spawn(&child, "/bin/sh", nullptr, &attributes, arguments.data(), environ);
    posix_spawnattr_destroy(&attributes);

    int result = k_not_started;
    if (failed == 0) {
        int status = 0;
        pid_t waited = -1;
        while ((waited = ::waitpid(child, &status, 0)) < 0 && errno == EINTR) {}
        if (waited == child) {
            result = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
    }
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGQUIT, &old_quit, nullptr);
    return result;
}

std::size_t terminal_width()
{
    winsize size{};
    if (::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0
        && size.ws_col > 0) {
        return size.ws_col;
    }
    if (const char* columns = std::getenv("COLUMNS")) {
        const auto n = std::strtoul(columns, nullptr, 10);
        if (n >= 20 && n <= 1000) {
            return n;
        }
    }
    return 80;
}

} // namespace peer::cli

#include "terminal.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

namespace peer::cli {

namespace {

volatile std::sig_atomic_t g_signal = 0;

extern "C" void note_signal(int number)
{
    g_signal = number;
}

} // namespace

bool interactive()
{
    return ::isatty(STDIN_FILENO) == 1 && ::isatty(STDOUT_FILENO) == 1;
}

LineReader::LineReader()
{
    g_signal = 0;
    struct sigaction action {};
    action.sa_handler = note_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a signal ends the read() that waits for a line
    sigaction(SIGINT, &action, &m_old_int);
    sigaction(SIGHUP, &action, &m_old_hup);
    sigaction(SIGTERM, &action, &m_old_term);
}

LineReader::~LineReader()
{
    sigaction(SIGINT, &m_old_int, nullptr);
    sigaction(SIGHUP, &m_old_hup, nullptr);
    sigaction(SIGTERM, &m_old_term, nullptr);
}

std::optional<std::string> LineReader::next()
{
    while (g_signal == 0) {
        if (const auto end = m_buffer.find('\n'); end != std::string::npos) {
            auto line = m_buffer.substr(0, end);
            m_buffer.erase(0, end + 1);
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            return line;
        }
        char chunk[4096];
        const auto got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got > 0) {
            m_buffer.append(chunk, static_cast<std::size_t>(got));
            continue;
        }
        if (got < 0 && errno == EINTR) {
            continue; // the loop's condition says whether it was one of ours
        }
        if (m_buffer.empty()) {
            return std::nullopt; // the end of input, or a terminal gone (EIO)
        }
        auto last = std::move(m_buffer);
        m_buffer.clear();
        return last;
    }
    return std::nullopt;
}

bool LineReader::interrupted() const
{
    return g_signal != 0;
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
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    struct sigaction old_int {};
    struct sigaction old_quit {};
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGQUIT, &ignore, &old_quit);
    const pid_t child = ::fork();
    if (child == 0) {
        sigaction(SIGINT, &old_int, nullptr);
        sigaction(SIGQUIT, &old_quit, nullptr);
        const std::string command = editor + " \"$@\"";
        ::execl("/bin/sh", "sh", "-c", command.c_str(), editor.c_str(), file.c_str(), nullptr);
        ::_exit(127);
    }
    int status = 127;
    if (child > 0) {
        while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {}
        status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGQUIT, &old_quit, nullptr);
    return status;
}

} // namespace peer::cli

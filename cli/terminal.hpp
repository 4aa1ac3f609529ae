#pragma once
// The terminal and the editor: reading typed lines so that Ctrl-C or a closed terminal is noticed
// rather than fatal, and running $VISUAL or $EDITOR on a file, as `git commit` does.

#include <csignal>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace peer::cli {

// Whether stdin and stdout are both terminals: only then does peer ask questions.
bool interactive();

// How many columns the terminal on stdout has; $COLUMNS, or 80, when stdout is no terminal.
std::size_t terminal_width();

// Reads lines from stdin while it lives. Ctrl-C (SIGINT), a hang-up (SIGHUP) or SIGTERM end the
// reading instead of the process, so that what was typed can be kept. A signal is never missed,
// whenever it comes while the reader lives: its handler writes a byte to a pipe that next()
// waits on together with stdin. Readers may follow one another (or nest); each restores the
// signal handling it found.
class LineReader {
public:
    LineReader();
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // The next line without its newline (and without a CR before it); at the end of input (or
    // a terminal gone) the last line even if it has no newline, then nullopt. nullopt at once,
    // and from then on, after a signal.
    std::optional<std::string> next();
    // Whether reading stopped because of a signal.
    [[nodiscard]] bool interrupted() const { return m_interrupted; }

private:
    std::optional<std::string> take_line();
    // Reads what stdin has into the buffer; notes the end of input.
    void read_input();

    std::string m_buffer;
    bool m_at_end = false;
    bool m_interrupted = false;
    int m_wake_read = -1;     // the pipe's end next() waits on
    int m_wake_write = -1;    // the end the signal handler writes to
    int m_previous_wake = -1; // the pipe of a reader this one nests in, if any
    struct sigaction m_old_int {};
    struct sigaction m_old_hup {};
    struct sigaction m_old_term {};
};

// While it lives, Ctrl-C (SIGINT), a hang-up (SIGHUP) or SIGTERM do not end the process: they
// are noted. When it goes, the handling it found comes back and the first signal noted is raised
// again, so that the process ends as the signal asked, after the work it shielded (saving what
// a person typed) is done. A LineReader inside it reads as it always does.
class SignalShield {
public:
    SignalShield();
    ~SignalShield();
    SignalShield(const SignalShield&) = delete;
    SignalShield& operator=(const SignalShield&) = delete;

private:
    struct sigaction m_old_int {};
    struct sigaction m_old_hup {};
    struct sigaction m_old_term {};
};

// The editor a person chose: $VISUAL, else $EDITOR, else vi.
std::string chosen_editor();

// Runs the editor on `file` through the shell (so that EDITOR="code --wait" works) and returns
// its exit status; 127 when it could not be started. Ctrl-C goes to the editor, not to peer.
int run_editor(const std::string& editor, const std::filesystem::path& file);

} // namespace peer::cli

#pragma once
// The terminal and the editor: reading typed lines so that Ctrl-C or a closed terminal is noticed
// rather than fatal, and running $VISUAL or $EDITOR on a file, as `git commit` does.

#include <csignal>
#include <filesystem>
#include <optional>
#include <string>

namespace peer::cli {

// Whether stdin and stdout are both terminals: only then does peer ask questions.
bool interactive();

// Reads lines from stdin while it lives. Ctrl-C (SIGINT), a hang-up (SIGHUP) or SIGTERM end the
// reading instead of the process, so that what was typed can be kept.
class LineReader {
public:
    LineReader();
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // The next line without its newline; nullopt at the end of input or on a signal.
    std::optional<std::string> next();
    // Whether reading stopped because of a signal.
    [[nodiscard]] bool interrupted() const;

private:
    std::string m_buffer;
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

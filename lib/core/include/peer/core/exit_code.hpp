#pragma once
// The exit codes of `peer`, documented in docs/peer.1.md and the man page.

namespace peer {

enum class ExitCode : int {
    ok = 0,               // success; warnings alone never change it
    invalid_data = 1,     // the data is invalid: rule errors, parse errors
    usage = 2,            // the command line is wrong
    journal_unusable = 3, // locked past the timeout, corrupt, newer schema, permissions
    internal = 70,        // a bug in peer (sysexits' EX_SOFTWARE): please report it
    interrupted = 130,    // Ctrl-C or a closed terminal while asking; what was typed is kept
};

constexpr int to_int(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace peer

#pragma once

namespace peer::cli {

// Runs `peer` with the command line's arguments and returns the exit code.
int run(int argc, const char* const* argv);

} // namespace peer::cli

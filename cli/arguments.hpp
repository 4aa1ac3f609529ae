#pragma once
// The command line as it crosses into peer: every argument checked for UTF-8 and for control
// characters (which can change what a terminal shows) and normalised to NFC once, here, so that no
// later code sees bytes it cannot print or an id typed in decomposed form (as macOS writes `björn`)
// that does not match the same id composed.

#include <peer/core/text.hpp>

#include <string>
#include <variant>
#include <vector>

namespace peer::cli {

// The arguments (argv[0] included), normalised; or why one of them cannot be taken.
std::variant<std::vector<std::string>, Text> checked_arguments(int argc, const char* const* argv);

} // namespace peer::cli

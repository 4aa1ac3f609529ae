#pragma once
// Where a user's journal lives.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace peer::journal {

// Reads one environment variable; the command line passes getenv, tests pass a map.
using EnvironmentLookup = std::function<std::optional<std::string>(std::string_view name)>;

// The journal's path: `explicit_path` (from --journal) if given, else $PEER_JOURNAL, else
// $XDG_DATA_HOME/peer/journal.db, else $HOME/.local/share/peer/journal.db. Empty variables
// count as unset. Throws JournalError when none of them gives a place.
std::filesystem::path resolve_location(const std::optional<std::filesystem::path>& explicit_path,
                                       const EnvironmentLookup& environment);

} // namespace peer::journal

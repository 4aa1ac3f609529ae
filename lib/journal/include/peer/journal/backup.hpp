#pragma once
// A copy of the journal, made while it is in use (`peer backup FILE`).

#include <peer/journal/journal.hpp>

#include <filesystem>
#include <optional>

namespace peer {
struct Text;
}

namespace peer::journal {

// Copies the journal to `target`, a file that must not exist yet, through SQLite's online
// backup API: the copy is of one moment, whatever another process writes meanwhile. The copy
// is made beside `target` under a temporary name, checked with `PRAGMA integrity_check`, made
// private (0600) and only then given its name, so that `target` is a whole, sound journal or is
// not there. nullopt when it is done; else why not (target exists, its folder cannot be written,
// the copy is not sound), and nothing is left behind. A journal that cannot be read throws.
std::optional<Text> backup_journal(const Journal& journal, const std::filesystem::path& target);

} // namespace peer::journal

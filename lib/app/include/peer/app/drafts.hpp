#pragma once
// The draft files peer kept of texts the journal did not take (`peer drafts`), and those left
// from before the owner's placement began (`peer doctor`).

#include <peer/core/result.hpp>
#include <peer/forms/drafts.hpp>
#include <peer/journal/journal.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace peer::app {

// The draft file `name` (as `peer drafts list` shows it); a Problem that says where to look when
// there is none.
Result<forms::DraftFile> draft(const std::filesystem::path& journal, std::string_view name);

// The text of `draft`, as it is on disk; a Problem that says why it could not be read.
Result<std::string> draft_text(const forms::DraftFile& draft);

// Removes the draft file `name`; the Problem of draft() when there is none, or one that says
// why it could not be removed.
Result<forms::DraftFile> remove_draft(const std::filesystem::path& journal, std::string_view name);

// The draft files last changed before the first day of the owner's placement: left from an
// earlier one. None when the journal has no placement of its owner's.
std::vector<forms::DraftFile> drafts_older_than_placement(const journal::Journal& journal);

} // namespace peer::app

#pragma once
// Private draft files: where a text is kept when it cannot go into the journal (the privacy
// guard refused it, or the writer was interrupted), so that nothing typed is lost.

#include <filesystem>
#include <string_view>

namespace peer::forms {

// The folder of draft files: `drafts` beside the journal.
std::filesystem::path drafts_directory(const std::filesystem::path& journal);

// Writes `text` to a new file in `directory` (made 0700 when missing), readable by its owner
// only (0600), named after the form and the time: reflection-20261105-143012.md. Returns its
// path. Throws Error when the file cannot be written.
std::filesystem::path keep_draft(const std::filesystem::path& directory, std::string_view form_key,
                                 std::string_view text);

} // namespace peer::forms

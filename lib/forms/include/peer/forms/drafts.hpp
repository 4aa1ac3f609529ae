#pragma once
// Private draft files: where a text is kept when it cannot go into the journal (the privacy
// guard refused it, the writer was interrupted, the journal was locked or the disk full), so
// that nothing typed is lost. Each file begins with a comment holding the command that saves it.

#include <array>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::forms {

// The folder of draft files: `drafts` beside the journal.
std::filesystem::path drafts_directory(const std::filesystem::path& journal);

// The folders draft files are kept in, in the order they are tried: `drafts` beside the journal,
// then one of the user's own in the temporary folder (for a journal whose folder cannot be
// written: a full disk).
std::array<std::filesystem::path, 2> draft_folders(const std::filesystem::path& journal);

// Writes `text` to a new file in `directory` (made 0700 when missing), readable by its owner
// only (0600), named after the form and the time: reflection-20261105-143012.md. Unless `save`
// is empty, the file begins with a Markdown comment naming the command that saves it, `save`
// followed by `--from FILE`. Returns its path. Throws Error when the file cannot be written.
std::filesystem::path keep_draft(const std::filesystem::path& directory, std::string_view form_key,
                                 std::string_view text, std::string_view save = {});

// The lines keep_draft writes before the text when it names the command that saves it: where a
// position in the text stands in the file is that many lines further down.
inline constexpr int k_save_comment_lines = 1;

struct DraftFile {
    std::filesystem::path path;
    std::string form; // the form's key, from the name: reflection, feedback, briefing-before...
    std::chrono::system_clock::time_point modified;
    std::string save; // the command that saves it, --from FILE included; empty when not known
};

// The draft files of the journal's folders, oldest first.
std::vector<DraftFile> list_drafts(const std::filesystem::path& journal);

// The draft file named `name` (its file name, or its path) in the journal's folders.
std::optional<DraftFile> find_draft(const std::filesystem::path& journal, std::string_view name);

} // namespace peer::forms

#pragma once
// "Did you mean ...?" for mistyped names: subcommands, keys, columns.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace peer {

// The known name nearest to `typed` (case-insensitive edit distance), if it is near enough to
// be a likely typo: at most a third of the typed length, and at most 3 edits.
std::optional<std::string> nearest_name(std::string_view typed,
                                        std::span<const std::string_view> known);
std::optional<std::string> nearest_name(std::string_view typed,
                                        const std::vector<std::string>& known);

} // namespace peer

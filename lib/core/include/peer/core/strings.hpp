#pragma once
// Small text helpers every module shares.

#include <string>
#include <string_view>
#include <vector>

namespace peer {

// `text` without the blanks (space, tab, CR, LF) at its ends.
std::string_view trim(std::string_view text);

// `text` without the blanks at its end.
std::string_view trim_right(std::string_view text);

// Whether `text` holds nothing but blanks.
bool is_blank(std::string_view text);

// The pieces of `text` between the separators, empty ones left out: "bea,cem" gives {bea, cem},
// "" gives none.
std::vector<std::string> split(std::string_view text, char separator);

// `word` as a POSIX shell reads it back: as it is when it is plain, else in single quotes.
std::string shell_quoted(std::string_view word);

} // namespace peer

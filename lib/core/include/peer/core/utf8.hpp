#pragma once
// UTF-8 as peer takes it at every boundary: checked, normalised to NFC, counted in characters,
// and measured in the columns of a terminal.

#include <peer/core/diagnostic.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer {

// Whether `text` is UTF-8; the first bad byte is an FMT-ENCODING diagnostic at its line and
// column of `file`. A byte-order mark at the start is accepted.
bool check_utf8(std::string_view text, const std::string& file, Diagnostics& out);

// Where the first byte that is not UTF-8 stands, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// The text in Unicode's composed form (NFC), so that `björn` typed as o and a combining
// diaeresis is the same id as `björn` typed with ö. `text` must be UTF-8.
std::string to_nfc(std::string_view text);

// `text` with case folded (and in NFC), for matching without regard to case: `sur-wound-01`
// and `SUR-WOUND-01`, `Åsa` and `åsa` fold alike. `text` must be UTF-8.
std::string case_folded(std::string_view text);

// The number of characters (code points) of UTF-8 `text`: how wide it stands in a column of
// plain text.
std::size_t count_characters(std::string_view text);

// Where the first control character of UTF-8 `text` stands (a C0 control other than tab and
// line feed, a carriage return not followed by a line feed, DEL, or a C1 control): a character
// that can move a terminal's cursor, clear its screen or change its colours.
std::optional<std::size_t> first_control(std::string_view text);

// The control character at byte `at` of `text`, named for a person: "U+001B (ESC)".
std::string control_name(std::string_view text, std::size_t at);

// Each control character of `text` as an FMT-CONTROL error at its line and column of `file`
// (`first_line` is the line the text begins on): a journal keeps only text that shows as it
// was written.
Diagnostics control_characters(std::string_view text, const std::string& file, int first_line = 1);

// `text` as it is safe to write to a terminal: each control character (as first_control finds
// them) written visibly, ESC as `^[`, others in caret notation or as <U+009B>.
std::string printable(std::string_view text);

// How many columns of a terminal UTF-8 `text` takes, by utf8proc's widths: a combining mark
// none, a wide character (日, most emoji) two, the others one. Control characters count none
// (they are shown through `printable`).
std::size_t display_width(std::string_view text);

// The start of UTF-8 `text` that takes at most `columns` columns, never cutting a character
// (nor a combining mark from the character it belongs to).
std::string_view first_columns(std::string_view text, std::size_t columns);

// A text as a matcher reads it, and where each of its bytes came from.
struct MatchingText {
    std::string text;
    std::vector<std::size_t> start; // for each byte of `text`: where its character begins in the
                                    // original
    std::vector<std::size_t> end;   // and where that character ends
};

// UTF-8 `text` folded for matching (never for storing): compatibility forms as their plain
// characters (NFKC: fullwidth ０７０ as 070, a no-break space as a space), every dash (‐ – — −)
// as '-', and the characters that are not seen (zero-width space, soft hyphen, word joiner)
// left out. Nullopt when folding would change nothing, as for nearly every text.
std::optional<MatchingText> matching_text(std::string_view text);

// `text` followed by spaces to fill `columns` columns of a table; as it is when it is wider.
std::string padded(std::string_view text, std::size_t columns);

// `text` in lines of at most `columns` columns, broken between words (a word wider than a line
// keeps a line of its own); each line starts with `indent`, the first with `first` instead.
std::string wrapped(std::string_view text, std::size_t columns, std::string_view first,
                    std::string_view indent);

} // namespace peer

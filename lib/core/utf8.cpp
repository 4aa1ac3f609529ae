#include <peer/core/utf8.hpp>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace peer {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

bool continues_character(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view text)
{
    const auto bad = utf8::find_invalid(text.begin(), text.end());
    if (bad == text.end()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(bad - text.begin());
}

bool check_utf8(std::string_view text, const std::string& file, Diagnostics& out)
{
    if (text.starts_with(k_bom)) {
        text.remove_prefix(k_bom.size());
    }
    const auto bad = first_invalid_utf8(text);
    if (!bad) {
        return true;
    }
    const auto before = text.substr(0, *bad);
    const int line = static_cast<int>(std::ranges::count(before, '\n')) + 1;
    const auto line_start = before.rfind('\n');
    const auto on_line = before.substr(line_start == std::string_view::npos ? 0 : line_start + 1);
    // Columns count characters, as toml++ does.
    const int column = static_cast<int>(count_characters(on_line)) + 1;
    const auto byte = static_cast<unsigned char>(text[*bad]);
    out.push_back(
        {Severity::error,
         std::string(format_check::encoding),
         Position{file, line, column},
         {fmt::format("the file is not UTF-8 (byte 0x{:02X}); save it as UTF-8", byte),
          fmt::format("filen är inte UTF-8 (byte 0x{:02X}); spara den som UTF-8", byte)}});
    return false;
}

std::string to_nfc(std::string_view text)
{
    // Text whose every character is below U+0300 (ASCII, Latin-1 with å ä ö, the Latin
    // extensions: UTF-8 lead bytes up to 0xCB) holds no combining mark and nothing that NFC
    // changes: nearly all of what peer reads, and checked without decoding.
    if (std::ranges::all_of(text, [](char c) { return static_cast<unsigned char>(c) <= 0xCB; })) {
        return std::string(text);
    }
    utf8proc_uint8_t* composed = nullptr;
    const auto length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                     static_cast<utf8proc_ssize_t>(text.size()), &composed,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (length < 0) {
        return std::string(text); // not UTF-8: the caller checks that first
    }
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(composed, &std::free);
    return {reinterpret_cast<const char*>(composed), static_cast<std::size_t>(length)};
}

namespace {

// The length in bytes of the control character at `at`, 0 when there is none.
std::size_t control_at(std::string_view text, std::size_t at)
{
    const auto c = static_cast<unsigned char>(text[at]);
    if (c == '\r') {
        return at + 1 < text.size() && text[at + 1] == '\n' ? 0 : 1;
    }
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
        return 1;
    }
    // U+0080..U+009F: 0xC2 0x80..0x9F.
    if (c == 0xC2 && at + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[at + 1]);
        return next >= 0x80 && next <= 0x9F ? 2 : 0;
    }
    return 0;
}

char32_t code_point_at(std::string_view text, std::size_t at)
{
    return control_at(text, at) == 2 ? static_cast<unsigned char>(text[at + 1])
                                     : static_cast<unsigned char>(text[at]);
}

} // namespace

std::optional<std::size_t> first_control(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (control_at(text, i) != 0) {
            return i;
        }
    }
    return std::nullopt;
}

std::string control_name(std::string_view text, std::size_t at)
{
    static constexpr std::array<std::string_view, 32> k_names{
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "TAB", "LF",
        "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
        "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
    const auto code = code_point_at(text, at);
    const auto name = code < 0x20 ? k_names[code] : code == 0x7F ? "DEL" : "C1";
    return fmt::format("U+{:04X} ({})", static_cast<std::uint32_t>(code), name);
}

Diagnostics control_characters(std::string_view text, const std::string& file, int first_line)
{
    Diagnostics out;
    int line = first_line;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
            continue;
        }
        if (control_at(text, i) == 0) {
            continue;
        }
        const auto column =
            static_cast<int>(count_characters(text.substr(line_start, i - line_start))) + 1;
        const auto name = control_name(text, i);
        out.push_back({Severity::error,
                       std::string(format_check::control),
                       Position{file, line, column},
                       {fmt::format("a control character, {}, which can change what a terminal "
                                    "shows; remove it",
                                    name),
                        fmt::format("ett styrtecken, {}, som kan ändra det en terminal visar; ta "
                                    "bort det",
                                    name)}});
    }
    return out;
}

std::string printable(std::string_view text)
{
    if (!first_control(text)) {
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto length = control_at(text, i);
        if (length == 0) {
            out += text[i];
            continue;
        }
        const auto code = code_point_at(text, i);
        if (code < 0x20) {
            out += '^';
            out += static_cast<char>(code + 0x40);
        } else if (code == 0x7F) {
            out += "^?";
        } else {
            out += fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(code));
        }
        i += length - 1;
    }
    return out;
}

std::string case_folded(std::string_view text)
{
    if (std::ranges::all_of(text, [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        std::string out(text);
        std::ranges::transform(out, out.begin(), [](char c) {
            return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        });
        return out;
    }
    utf8proc_uint8_t* folded = nullptr;
    const auto length = utf8proc_map(
        reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
        static_cast<utf8proc_ssize_t>(text.size()), &folded,
        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
    if (length < 0) {
        return std::string(text);
    }
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(folded, &std::free);
    return {reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length)};
}

std::size_t count_characters(std::string_view text)
{
    return static_cast<std::size_t>(
        std::ranges::count_if(text, [](char c) { return !continues_character(c); }));
}

namespace {

// Calls `each(begin, end, width)` for every character of UTF-8 `text`; a byte that is not UTF-8
// is one character of width one.
template <typename Each>
void for_each_width(std::string_view text, Each each)
{
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    std::size_t at = 0;
    while (at < text.size()) {
        utf8proc_int32_t code = 0;
        const auto length =
            utf8proc_iterate(bytes + at, static_cast<utf8proc_ssize_t>(text.size() - at), &code);
        const auto size = length > 0 ? static_cast<std::size_t>(length) : 1;
        const auto width = length > 0 ? std::max(utf8proc_charwidth(code), 0) : 1;
        if (!each(at, at + size, static_cast<std::size_t>(width))) {
            return;
        }
        at += size;
    }
}

} // namespace

namespace {

// Whether the matcher reads `code` as it is: ASCII, and the letters of Latin-1 and Latin
// Extended-A (å, ä, ö, é, ...), which have no other form that holds a digit, a dash or '@'.
bool read_as_is(utf8proc_int32_t code)
{
    return code < 0x80 || (code >= 0xC0 && code < 0x180 && code != 0xD7 && code != 0xF7);
}

bool is_dash(utf8proc_int32_t code)
{
    return (code >= 0x2010 && code <= 0x2015) || code == 0x2212 || code == 0xFE58 || code == 0xFE63
           || code == 0xFF0D;
}

} // namespace

std::optional<MatchingText> matching_text(std::string_view text)
{
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const auto code_at = [&](std::size_t at, utf8proc_int32_t& code) {
        return utf8proc_iterate(bytes + at, static_cast<utf8proc_ssize_t>(text.size() - at), &code);
    };
    // Checked on the bytes, without decoding: ASCII, and U+00C0 to U+017F but × and ÷ (lead
    // bytes 0xC3 to 0xC5) are read as they are.
    const auto as_is = [&](std::size_t at) {
        const auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x80 || (byte & 0xC0U) == 0x80U || byte == 0xC4 || byte == 0xC5) {
            return true;
        }
        if (byte != 0xC3 || at + 1 >= text.size()) {
            return false;
        }
        const auto next = static_cast<unsigned char>(text[at + 1]);
        return next != 0x97 && next != 0xB7;
    };
    bool changes = false;
    for (std::size_t at = 0; at < text.size() && !changes; ++at) {
        changes = !as_is(at);
    }
    if (!changes) {
        return std::nullopt;
    }
    MatchingText out;
    const auto put = [&](std::string_view folded, std::size_t from, std::size_t to) {
        out.text += folded;
        out.start.insert(out.start.end(), folded.size(), from);
        out.end.insert(out.end.end(), folded.size(), to);
    };
    for (std::size_t at = 0; at < text.size();) {
        utf8proc_int32_t code = 0;
        const auto length = code_at(at, code);
        const auto next = at + (length > 0 ? static_cast<std::size_t>(length) : 1);
        if (length <= 0 || read_as_is(code)) {
            put(text.substr(at, next - at), at, next);
        } else if (is_dash(code)) {
            put("-", at, next);
        } else {
            utf8proc_uint8_t* folded = nullptr;
            const auto size =
                utf8proc_map(bytes + at, length, &folded,
                             static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE
                                                            | UTF8PROC_COMPAT | UTF8PROC_IGNORE));
            const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(folded, &std::free);
            if (size >= 0) {
                put({reinterpret_cast<const char*>(folded), static_cast<std::size_t>(size)}, at,
                    next);
            } else {
                put(text.substr(at, next - at), at, next);
            }
        }
        at = next;
    }
    return out;
}

std::size_t display_width(std::string_view text)
{
    std::size_t columns = 0;
    for_each_width(text, [&](std::size_t, std::size_t, std::size_t width) {
        columns += width;
        return true;
    });
    return columns;
}

std::string_view first_columns(std::string_view text, std::size_t columns)
{
    std::size_t used = 0;
    std::size_t end = 0;
    for_each_width(text, [&](std::size_t, std::size_t next, std::size_t width) {
        if (used + width > columns) {
            return false;
        }
        used += width;
        end = next;
        return true;
    });
    return text.substr(0, end);
}

std::string padded(std::string_view text, std::size_t columns)
{
    std::string out(text);
    const auto width = display_width(text);
    if (width < columns) {
        out.append(columns - width, ' ');
    }
    return out;
}

std::string wrapped(std::string_view text, std::size_t columns, std::string_view first,
                    std::string_view indent)
{
    std::string out(first);
    std::size_t used = display_width(first);
    bool line_empty = true;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto start = text.find_first_not_of(' ', at);
        if (start == std::string_view::npos) {
            break;
        }
        const auto stop = std::min(text.find(' ', start), text.size());
        const auto word = text.substr(start, stop - start);
        const auto width = display_width(word);
        if (!line_empty && used + 1 + width > columns) {
            out += "\n";
            out += indent;
            used = display_width(indent);
            line_empty = true;
        }
        if (!line_empty) {
            out += ' ';
            ++used;
        }
        out += word;
        used += width;
        line_empty = false;
        at = stop;
    }
    return out + "\n";
}

} // namespace peer

#include <peer/core/utf8.hpp>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>
#include <utf8proc.h>

#include <algorithm>
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
    // ASCII is its own normal form, and nearly all of what peer reads is ASCII.
    if (std::ranges::all_of(text, [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
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

std::size_t count_characters(std::string_view text)
{
    return static_cast<std::size_t>(
        std::ranges::count_if(text, [](char c) { return !continues_character(c); }));
}

std::string_view first_characters(std::string_view text, std::size_t characters)
{
    std::size_t end = 0;
    for (std::size_t seen = 0; end < text.size(); ++end) {
        if (!continues_character(text[end]) && seen++ == characters) {
            break;
        }
    }
    return text.substr(0, end);
}

} // namespace peer

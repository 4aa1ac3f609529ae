#include <peer/core/strings.hpp>

#include <algorithm>
#include <cctype>

namespace peer {

namespace {

constexpr std::string_view k_blanks = " \t\r\n";

} // namespace

std::string_view trim(std::string_view text)
{
    const auto first = text.find_first_not_of(k_blanks);
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(k_blanks) - first + 1);
}

std::string_view trim_right(std::string_view text)
{
    const auto last = text.find_last_not_of(k_blanks);
    return last == std::string_view::npos ? std::string_view{} : text.substr(0, last + 1);
}

bool is_blank(std::string_view text)
{
    return text.find_first_not_of(k_blanks) == std::string_view::npos;
}

std::string shell_quoted(std::string_view word)
{
    const bool plain = !word.empty() && std::ranges::all_of(word, [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0
               || std::string_view("-_./:=+,@").find(c) != std::string_view::npos;
    });
    if (plain) {
        return std::string(word);
    }
    std::string out = "'";
    for (const char c : word) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

std::vector<std::string> split(std::string_view text, char separator)
{
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(separator, start), text.size());
        if (end > start) {
            pieces.emplace_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return pieces;
}

} // namespace peer

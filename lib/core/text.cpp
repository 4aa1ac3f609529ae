#include <peer/core/text.hpp>

#include <algorithm>
#include <cctype>

namespace peer {

std::optional<Lang> parse_lang(std::string_view value)
{
    std::string lower(value.substr(0, std::min<std::size_t>(value.size(), 16)));
    std::ranges::transform(lower, lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "sv" || lower == "svenska" || lower == "swedish" || lower.starts_with("sv_")
        || lower.starts_with("sv-") || lower.starts_with("sv.")) {
        return Lang::sv;
    }
    if (lower == "en" || lower == "english" || lower == "engelska" || lower.starts_with("en_")
        || lower.starts_with("en-") || lower.starts_with("en.")) {
        return Lang::en;
    }
    return std::nullopt;
}

std::string_view lang_code(Lang lang)
{
    return lang == Lang::sv ? "sv" : "en";
}

} // namespace peer

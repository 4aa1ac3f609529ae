#pragma once
// Every text a person reads exists in English and Swedish. The library builds both and the
// command line picks one when it renders.

#include <optional>
#include <string>
#include <string_view>

namespace peer {

enum class Lang { en, sv };

// A text in both languages.
struct Text {
    std::string en;
    std::string sv;

    [[nodiscard]] const std::string& in(Lang lang) const { return lang == Lang::sv ? sv : en; }
    bool operator==(const Text&) const = default;
};

// "en" or "sv" (also "english", "svenska", and locale names such as "sv_SE.UTF-8").
std::optional<Lang> parse_lang(std::string_view value);

std::string_view lang_code(Lang lang);

} // namespace peer

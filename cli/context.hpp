#pragma once
// What every subcommand gets: the global options, the chosen language, the output streams.

#include <peer/core/exit_code.hpp>
#include <peer/core/text.hpp>
#include <peer/journal/journal.hpp>

#include <fmt/core.h>
#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace peer::cli {

struct Context {
    std::ostream& out; // for people (or JSON with --json)
    std::ostream& err; // diagnostics, one per line

    Lang lang = Lang::en;
    bool json = false;
    bool quiet = false;
    bool color = true; // false with --no-color or NO_COLOR
    std::optional<std::filesystem::path> journal_option = std::nullopt;
    ExitCode exit = ExitCode::ok;

    // The text in the chosen language.
    [[nodiscard]] const std::string& tr(const Text& text) const { return text.in(lang); }
    [[nodiscard]] std::string tr(std::string_view en, std::string_view sv) const
    {
        return std::string(lang == Lang::sv ? sv : en);
    }
    // fmt::format with the format string in the chosen language; both are checked at compile
    // time against the arguments.
    template <typename... Args>
    [[nodiscard]] std::string format(fmt::format_string<Args...> en, fmt::format_string<Args...> sv,
                                     Args&&... args) const
    {
        const fmt::string_view chosen =
            lang == Lang::sv ? fmt::string_view(sv) : fmt::string_view(en);
        return fmt::vformat(chosen, fmt::make_format_args(args...));
    }

    [[nodiscard]] std::filesystem::path journal_path() const;
    [[nodiscard]] journal::Journal open_journal(journal::OpenMode mode) const;

    // Prints one line for people, unless --quiet.
    void say(std::string_view line) const;
    // Prints one JSON document on stdout.
    void print_json(const nlohmann::json& document) const;
    // Prints `peer: error: message` on stderr.
    void error(const Text& message) const;
    void warning(const Text& message) const;
};

} // namespace peer::cli

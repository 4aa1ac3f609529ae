#include "arguments.hpp"

#include <peer/core/utf8.hpp>

#include <fmt/format.h>
#include <utf8cpp/utf8.h>

#include <iterator>

namespace peer::cli {

namespace {

// How a person finds the argument: `--note`'s value, or the third argument.
Text which_argument(int index, const char* const* argv)
{
    const std::string_view before = index > 1 ? argv[index - 1] : "";
    if (before.starts_with("--")) {
        return {fmt::format("the value of {}", before), fmt::format("värdet till {}", before)};
    }
    // The argument as it can be shown: each byte that is not UTF-8 as '?', each control
    // character visibly.
    const std::string_view argument = argv[index];
    std::string valid;
    utf8::replace_invalid(argument.begin(), argument.end(), std::back_inserter(valid), '?');
    const auto shown = printable(valid);
    return {fmt::format("argument {} ({})", index, shown),
            fmt::format("argument {} ({})", index, shown)};
}

} // namespace

std::variant<std::vector<std::string>, Text> checked_arguments(int argc, const char* const* argv)
{
    std::vector<std::string> arguments;
    arguments.reserve(static_cast<std::size_t>(argc));
    for (int i = 0; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (const auto bad = first_invalid_utf8(argument); bad && i > 0) {
            const auto which = which_argument(i, argv);
            const auto byte = static_cast<unsigned char>(argument[*bad]);
            const auto column = count_characters(argument.substr(0, *bad)) + 1;
            return Text{fmt::format("{} is not UTF-8 (byte 0x{:02X} at character {}); type it "
                                    "again, or set your terminal to UTF-8",
                                    which.en, byte, column),
                        fmt::format("{} är inte UTF-8 (byte 0x{:02X} vid tecken {}); skriv det "
                                    "igen, eller ställ in terminalen på UTF-8",
                                    which.sv, byte, column)};
        }
        if (const auto control = first_control(argument); control && i > 0) {
            const auto which = which_argument(i, argv);
            const auto name = control_name(argument, *control);
            const auto column = count_characters(argument.substr(0, *control)) + 1;
            return Text{fmt::format("{} holds a control character, {}, at character {}, which "
                                    "can change what a terminal shows; remove it",
                                    which.en, name, column),
                        fmt::format("{} innehåller ett styrtecken, {}, vid tecken {}, som kan "
                                    "ändra det en terminal visar; ta bort det",
                                    which.sv, name, column)};
        }
        arguments.push_back(i == 0 ? std::string(argument) : to_nfc(argument));
    }
    return arguments;
}

} // namespace peer::cli

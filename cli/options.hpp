#pragma once
// Options whose value is a domain value: a keyword (--mode observe), a date, yes or no. The
// parser turns the text into the value as it reads the command line; a text that is not one is
// a usage error (exit 2) naming the option, the value and what is accepted, in the person's
// language, before any command runs.

#include "context.hpp"

#include <peer/core/date.hpp>
#include <peer/model/enums.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace peer::cli {

// Yes (yes, y, true, 1, ja, j) or no (no, n, false, 0, nej), in any case; nullopt for any other
// text: what a yes/no option and a yes-or-no question (ask.hpp) both take.
std::optional<bool> yes_or_no(std::string_view text);

// What a date option is: a day, or one end of a range of days, which a month (YYYY-MM) may
// give too: its first day for the start, its last for the end.
enum class DateRole { day, from, to };

namespace detail {

// The keyword of E that `text` is, in either language; else the parser's usage error.
template <typename E>
E keyword_or_refuse(const Context& context, const std::string& option, const std::string& text)
{
    if (auto parsed = model::parse_keyword<E>(text)) {
        return *parsed;
    }
    throw CLI::ValidationError(option, context.format("unknown value '{}'; accepted: {}",
                                                      "okänt värde '{}'; tillåtna: {}", text,
                                                      context.tr(model::accepted_keywords<E>())));
}

Date date_or_refuse(const Context& context, const std::string& option, const std::string& text,
                    DateRole role);
bool yes_no_or_refuse(const Context& context, const std::string& option, const std::string& text);

} // namespace detail

// An option whose value is a keyword of E, stored in `value` (an E, or a std::optional<E> that
// stays empty when the option is not given).
template <typename E, typename Target>
CLI::Option* add_keyword_option(CLI::App& command, const std::string& name, Target& value,
                                const std::string& description, const Context& context)
{
    return command.add_option_function<std::string>(
        name,
        [&value, &context, name](const std::string& text) {
            value = detail::keyword_or_refuse<E>(context, name, text);
        },
        description);
}

// An option whose values are keywords of E, separated by commas: --observer-steps before,after.
template <typename E>
CLI::Option* add_keywords_option(CLI::App& command, const std::string& name,
                                 std::optional<std::vector<E>>& values,
                                 const std::string& description, const Context& context)
{
    return command
        .add_option_function<std::vector<std::string>>(
            name,
            [&values, &context, name](const std::vector<std::string>& texts) {
                values.emplace();
                for (const auto& text : texts) {
                    values->push_back(detail::keyword_or_refuse<E>(context, name, text));
                }
            },
            description)
        ->delimiter(',');
}

// An option whose value is one of the names of `choices`, stored as its value: --format.
template <typename T>
CLI::Option* add_choice_option(CLI::App& command, const std::string& name, T& value,
                               std::vector<std::pair<std::string, T>> choices,
                               const std::string& description, const Context& context)
{
    return command.add_option_function<std::string>(
        name,
        [&value, &context, name, choices](const std::string& text) {
            std::vector<std::string> names;
            for (const auto& [choice, chosen] : choices) {
                if (choice == text) {
                    value = chosen;
                    return;
                }
                names.push_back(choice);
            }
            throw CLI::ValidationError(name,
                                       context.format("unknown value '{}'; accepted: {}",
                                                      "okänt värde '{}'; tillåtna: {}", text,
                                                      fmt::format("{}", fmt::join(names, ", "))));
        },
        description);
}

// An option whose value is a day as parse_day takes it: YYYY-MM-DD of a day that exists,
// today, yesterday, a weekday's name, in English or Swedish; for an end of a range, a month too.
CLI::Option* add_date_option(CLI::App& command, const std::string& name, std::optional<Date>& value,
                             const std::string& description, const Context& context,
                             DateRole role = DateRole::day);

// --from and --to: the ends of a listing, each a day or a month.
void add_range_options(CLI::App& command, std::optional<Date>& from, std::optional<Date>& to,
                       const Context& context);

// yes/no, true/false, ja/nej.
CLI::Option* add_yes_no_option(CLI::App& command, const std::string& name,
                               std::optional<bool>& value, const std::string& description,
                               const Context& context);

// --allow-identifier TEXT, repeatable: save although the privacy guard flags exactly this text
// in `where` ("the note", "the file"), which its owner is sure identifies no patient.
CLI::Option* add_allow_identifier_option(CLI::App& command, std::vector<std::string>& allowed,
                                         const Text& where, const Context& context);

} // namespace peer::cli

#include "options.hpp"

namespace peer::cli {

std::optional<bool> yes_or_no(std::string_view text)
{
    const auto word = model::normalise_keyword(text);
    for (const std::string_view yes : {"yes", "y", "true", "1", "ja", "j"}) {
        if (word == yes) {
            return true;
        }
    }
    for (const std::string_view no : {"no", "n", "false", "0", "nej"}) {
        if (word == no) {
            return false;
        }
    }
    return std::nullopt;
}

namespace detail {

Date date_or_refuse(const Context& context, const std::string& option, const std::string& text,
                    DateRole role)
{
    if (auto date = parse_day(text, today())) {
        return *date;
    }
    if (const auto month = parse_month(text); month && role != DateRole::day) {
        return role == DateRole::from ? month->first : month->last;
    }
    throw CLI::ValidationError(
        option,
        role == DateRole::day
            ? context.format("'{}' is not a date; write YYYY-MM-DD (a day that exists), today, "
                             "yesterday or a weekday",
                             "'{}' är inget datum; skriv ÅÅÅÅ-MM-DD (en dag som finns), idag, "
                             "igår eller en veckodag",
                             text)
            : context.format("'{}' is not a date; write YYYY-MM-DD (a day that exists), a month "
                             "YYYY-MM, today, yesterday or a weekday",
                             "'{}' är inget datum; skriv ÅÅÅÅ-MM-DD (en dag som finns), en månad "
                             "ÅÅÅÅ-MM, idag, igår eller en veckodag",
                             text));
}

bool yes_no_or_refuse(const Context& context, const std::string& option, const std::string& text)
{
    if (const auto answer = yes_or_no(text)) {
        return *answer;
    }
    throw CLI::ValidationError(
        option, context.format("'{}' is neither yes nor no", "'{}' är varken ja eller nej", text));
}

} // namespace detail

CLI::Option* add_date_option(CLI::App& command, const std::string& name, std::optional<Date>& value,
                             const std::string& description, const Context& context, DateRole role)
{
    return command
        .add_option_function<std::string>(
            name,
            [&value, &context, name, role](const std::string& text) {
                value = detail::date_or_refuse(context, name, text, role);
            },
            description)
        ->type_name(context.tr("DATE", "DATUM"));
}

void add_range_options(CLI::App& command, std::optional<Date>& from, std::optional<Date>& to,
                       const Context& context)
{
    add_date_option(
        command, "--from", from,
        context.tr("From this day (or month, YYYY-MM)", "Från denna dag (eller månad, ÅÅÅÅ-MM)"),
        context, DateRole::from);
    add_date_option(command, "--to", to,
                    context.tr("To this day (or month)", "Till denna dag (eller månad)"), context,
                    DateRole::to);
}

CLI::Option* add_yes_no_option(CLI::App& command, const std::string& name,
                               std::optional<bool>& value, const std::string& description,
                               const Context& context)
{
    return command
        .add_option_function<std::string>(
            name,
            [&value, &context, name](const std::string& text) {
                value = detail::yes_no_or_refuse(context, name, text);
            },
            description)
        ->type_name(context.tr("yes|no", "ja|nej"));
}

CLI::Option* add_allow_identifier_option(CLI::App& command, std::vector<std::string>& allowed,
                                         const Text& where, const Context& context)
{
    return command
        .add_option("--allow-identifier", allowed,
                    context.format("Save although the privacy guard flagged exactly this text in "
                                   "{}: you are sure it identifies no patient (recorded; may be "
                                   "repeated)",
                                   "Spara fast integritetskontrollen flaggade exakt denna text i "
                                   "{}: du är säker på att den inte identifierar någon patient "
                                   "(sparas; kan upprepas)",
                                   where.in(context.lang)))
        ->type_name("TEXT");
}

} // namespace peer::cli

#include "options.hpp"

#include <peer/model/enums.hpp>

namespace peer::cli {

Date date_option(std::string_view option, const std::string& value)
{
    if (auto date = parse_date(value)) {
        return *date;
    }
    throw UsageError(
        {fmt::format("{}: '{}' is not a date; write YYYY-MM-DD, a day that exists", option, value),
         fmt::format("{}: '{}' är inget datum; skriv ÅÅÅÅ-MM-DD, en dag som finns", option,
                     value)});
}

bool yes_no_option(std::string_view option, const std::string& value)
{
    const auto word = model::normalise_keyword(value);
    if (word == "yes" || word == "true" || word == "ja" || word == "1") {
        return true;
    }
    if (word == "no" || word == "false" || word == "nej" || word == "0") {
        return false;
    }
    throw UsageError({fmt::format("{}: '{}' is neither yes nor no", option, value),
                      fmt::format("{}: '{}' är varken ja eller nej", option, value)});
}

} // namespace peer::cli

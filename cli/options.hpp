#pragma once
// Turning option values into domain values. A value that is not one of the accepted ones, or a
// date that does not exist, is a usage error (exit 2) naming the value and what is accepted.

#include <peer/core/date.hpp>
#include <peer/core/error.hpp>
#include <peer/model/enums.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace peer::cli {

class UsageError : public Error {
public:
    explicit UsageError(Text message) : Error(ExitCode::usage, std::move(message)) {}
};

template <typename E>
E keyword_option(std::string_view option, const std::string& value)
{
    if (auto parsed = model::parse_keyword<E>(value)) {
        return *parsed;
    }
    const auto accepted = model::accepted_keywords<E>();
    throw UsageError(
        {fmt::format("{}: unknown value '{}'; accepted: {}", option, value, accepted.en),
         fmt::format("{}: okänt värde '{}'; tillåtna: {}", option, value, accepted.sv)});
}

Date date_option(std::string_view option, const std::string& value);

// yes/no, true/false, ja/nej.
bool yes_no_option(std::string_view option, const std::string& value);

} // namespace peer::cli

#include "parse_error.hpp"

#include <fmt/format.h>

#include <array>
#include <regex>
#include <string>

namespace peer::cli {

namespace {

// One way CLI11 words a failure, and the sentence it becomes; {1}, {2}, {3} are what the
// pattern's groups matched.
struct Wording {
    const char* pattern;
    const char* en;
    const char* sv;
};

constexpr std::array k_wordings{
    Wording{R"(A subcommand( is required)?)", "say what to do: a subcommand is required",
            "ange vad som ska göras: ett underkommando krävs"},
    Wording{R"((\S+) is required)", "{1} is required", "{1} krävs"},
    Wording{R"(Could not convert: (\S+) = (.*))", "{1}: '{2}' is not a value it takes",
            "{1}: '{2}' är inget värde den tar"},
    Wording{R"(The following arguments? (?:was|were) not expected: (.+))",
            "not expected here: {1}; see the usage for what this command takes",
            "väntades inte här: {1}; se användningen för vad kommandot tar"},
    Wording{R"((\S+) excludes (\S+))", "{1} and {2} cannot be given together",
            "{1} och {2} kan inte anges tillsammans"},
    Wording{R"((\S+) requires (\S+))", "{1} needs {2} too", "{1} kräver också {2}"},
    Wording{R"(Expected exactly (\d+) arguments? to (\S+), got (\d+))",
            "{2} takes {1} value(s); {3} were given", "{2} tar {1} värde(n); {3} gavs"},
    Wording{R"(Expected at least (\d+) arguments? to (\S+), got (\d+))",
            "{2} takes at least {1} value(s); {3} were given",
            "{2} tar minst {1} värde(n); {3} gavs"},
    Wording{R"((\S+): \d+ required .* missing)", "{1} needs a value", "{1} behöver ett värde"},
    Wording{R"((\S+): too many inputs for a flag)", "{1} is a flag and takes no value",
            "{1} är en flagga och tar inget värde"},
    Wording{R"((\S+): (\S+) not in \{(.*)\})", "{1}: '{2}' is not one of {3}",
            "{1}: '{2}' är inte ett av {3}"},
};

std::string filled(std::string text, const std::smatch& groups)
{
    for (std::size_t i = 1; i < groups.size(); ++i) {
        const auto mark = fmt::format("{{{}}}", i);
        for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark)) {
            text.replace(at, mark.size(), groups[i].str());
        }
    }
    return text;
}

} // namespace

Text describe(const CLI::ParseError& failure)
{
    const std::string message = failure.what();
    for (const auto& wording : k_wordings) {
        std::smatch groups;
        if (std::regex_match(message, groups, std::regex(wording.pattern))) {
            return {filled(wording.en, groups), filled(wording.sv, groups)};
        }
    }
    return {message, message};
}

} // namespace peer::cli

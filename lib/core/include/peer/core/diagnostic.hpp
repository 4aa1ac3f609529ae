#pragma once
// A problem found in input or by a rule: a value until the command line prints it as
// `FILE:LINE:COL: error[ID]: message`.

#include <peer/core/text.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer {

enum class Severity { warning, error };

std::string_view severity_keyword(Severity severity); // "warning" | "error"

// Where in a file. Lines and columns count from 1; columns count characters, as toml++ does.
struct Position {
    std::string file;
    int line = 0;
    int column = 0;
};

struct Diagnostic {
    Severity severity = Severity::error;
    std::string id; // a rule id of domain.md (SUP-DEGREE), or a format check (FMT-SYNTAX)
    std::optional<Position> where;
    Text message;
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);

// The ids of format checks, shared by every file format peer reads.
namespace format_check {
inline constexpr std::string_view syntax = "FMT-SYNTAX";       // not valid TOML, CSV, JSON
inline constexpr std::string_view encoding = "FMT-ENCODING";   // not UTF-8
inline constexpr std::string_view control = "FMT-CONTROL";     // a control character in a text
inline constexpr std::string_view unknown_key = "FMT-KEY";     // a key the format does not have
inline constexpr std::string_view missing = "FMT-REQUIRED";    // a required key is missing
inline constexpr std::string_view type = "FMT-TYPE";           // a value of the wrong type
inline constexpr std::string_view value = "FMT-VALUE";         // a value outside what is allowed
inline constexpr std::string_view duplicate = "FMT-DUPLICATE"; // an id given twice
inline constexpr std::string_view reference = "FMT-REFERENCE"; // an id that names nothing
} // namespace format_check

} // namespace peer

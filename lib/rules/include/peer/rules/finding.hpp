#pragma once
// What a rule says about one subject: passed, or failed as a warning or an error, with the
// facts it used and a message in both languages.

#include <peer/core/diagnostic.hpp>
#include <peer/core/text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace peer::rules {

// Ordered: passed < warning < error.
enum class Verdict { passed, warning, error };

std::string_view verdict_keyword(Verdict verdict); // "passed" | "warning" | "error"

struct Fact {
    std::string name;  // the key the fact has in files: "degree", "in_profession_since"
    std::string value; // as written in files: "bachelor", "2025-03-01"
    bool operator==(const Fact&) const = default;
};

struct Finding {
    std::string rule; // an id of the catalogue
    Verdict verdict = Verdict::passed;
    std::string subject; // whom or what the rule judged: "karin", "ali+bea"
    std::vector<Fact> facts;
    Text message; // why it passed or failed
};

using Findings = std::vector<Finding>;

bool has_errors(const Findings& findings);

// A failed finding as a diagnostic at `where`, its subject leading the message ("karin: ...");
// passed findings are left out. The one way findings become diagnostics.
Diagnostics failures(const Findings& findings, const std::optional<Position>& where = {});

// The verdict of a failure with this severity.
constexpr Verdict failed(Severity severity)
{
    return severity == Severity::error ? Verdict::error : Verdict::warning;
}

} // namespace peer::rules

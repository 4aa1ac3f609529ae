#pragma once
// Every rule of the supervisor model and of peer learning, with its id, the severity of a
// failure (before a rule set overrides it), and what it asks, in English and Swedish.

#include <peer/core/diagnostic.hpp>
#include <peer/core/text.hpp>

#include <span>
#include <string_view>

namespace peer::rules {

struct RuleInfo {
    std::string_view id;     // stable: SUP-DEGREE
    Severity severity;       // of a failure, unless the rule set says otherwise
    Text applies_to;         // supervisor, pair, log entry, ...
    Text summary;            // what the rule asks
    std::string_view source; // where the rule comes from: the supervisor model, or peer learning
    // Some failures are always errors, whatever the severity: CT-DEADLINE after the deadline,
    // PAIR-SIZE without a reason. `severity` is then that of the softer case.
    bool hard_errors_too = false;
};

std::span<const RuleInfo> catalogue();

// The rule with this id, or nullptr.
const RuleInfo* find_rule(std::string_view id);

} // namespace peer::rules

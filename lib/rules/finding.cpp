#include <peer/rules/finding.hpp>

#include <algorithm>

namespace peer::rules {

bool has_errors(const Findings& findings)
{
    return std::ranges::any_of(findings,
                               [](const Finding& f) { return f.verdict == Verdict::error; });
}

std::string_view verdict_keyword(Verdict verdict)
{
    switch (verdict) {
    case Verdict::passed:
        return "passed";
    case Verdict::warning:
        return "warning";
    case Verdict::error:
        return "error";
    }
    return "";
}

} // namespace peer::rules

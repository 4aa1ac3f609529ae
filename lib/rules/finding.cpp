#include <peer/rules/finding.hpp>

#include <algorithm>

namespace peer::rules {

bool has_errors(const Findings& findings)
{
    return std::ranges::any_of(findings,
                               [](const Finding& f) { return f.verdict == Verdict::error; });
}

Diagnostics failures(const Findings& findings, const std::optional<Position>& where)
{
    Diagnostics out;
    for (const auto& f : findings) {
        if (f.verdict == Verdict::passed) {
            continue;
        }
        const auto lead = f.subject.empty() ? std::string() : f.subject + ": ";
        out.push_back({f.verdict == Verdict::error ? Severity::error : Severity::warning,
                       f.rule,
                       where,
                       {lead + f.message.en, lead + f.message.sv}});
    }
    return out;
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

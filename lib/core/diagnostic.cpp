#include <peer/core/diagnostic.hpp>

#include <algorithm>

namespace peer {

std::string_view severity_keyword(Severity severity)
{
    return severity == Severity::error ? "error" : "warning";
}

bool has_errors(const Diagnostics& diagnostics)
{
    return std::ranges::any_of(diagnostics,
                               [](const Diagnostic& d) { return d.severity == Severity::error; });
}

} // namespace peer

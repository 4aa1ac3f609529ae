#include <peer/core/result.hpp>

namespace peer {

Problem problem(ExitCode code, Text message)
{
    return {code, {{Severity::error, "", std::nullopt, std::move(message)}}};
}

Problem problem(ExitCode code, Diagnostics found, Text conclusion)
{
    found.push_back({Severity::error, "", std::nullopt, std::move(conclusion)});
    return {code, std::move(found)};
}

} // namespace peer

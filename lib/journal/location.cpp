#include <peer/core/error.hpp>
#include <peer/journal/location.hpp>

namespace peer::journal {

namespace {

std::optional<std::string> non_empty(const EnvironmentLookup& environment, std::string_view name)
{
    auto value = environment(name);
    if (value && value->empty()) {
        return std::nullopt;
    }
    return value;
}

} // namespace

std::filesystem::path resolve_location(const std::optional<std::filesystem::path>& explicit_path,
                                       const EnvironmentLookup& environment)
{
    if (explicit_path && !explicit_path->empty()) {
        return *explicit_path;
    }
    if (auto path = non_empty(environment, "PEER_JOURNAL")) {
        return *path;
    }
    if (auto data_home = non_empty(environment, "XDG_DATA_HOME")) {
        return std::filesystem::path(*data_home) / "peer" / "journal.db";
    }
    if (auto home = non_empty(environment, "HOME")) {
        return std::filesystem::path(*home) / ".local" / "share" / "peer" / "journal.db";
    }
    throw JournalError({
        "cannot tell where the journal is: HOME is not set; pass --journal PATH or set "
        "PEER_JOURNAL",
        "kan inte avgöra var journalen finns: HOME är inte satt; ange --journal SÖKVÄG eller "
        "sätt PEER_JOURNAL",
    });
}

} // namespace peer::journal

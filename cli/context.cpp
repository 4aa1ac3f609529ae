#include "context.hpp"

#include <peer/core/error.hpp>
#include <peer/journal/location.hpp>

#include <fmt/color.h>
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdlib>
#include <ostream>

namespace peer::cli {

namespace {

std::optional<std::string> getenv_lookup(std::string_view name)
{
    const char* value = std::getenv(std::string(name).c_str());
    return value ? std::optional<std::string>(value) : std::nullopt;
}

} // namespace

std::filesystem::path Context::journal_path() const
{
    return journal::resolve_location(journal_option, getenv_lookup);
}

journal::Journal Context::open_journal(journal::OpenMode mode) const
{
    // PEER_BUSY_TIMEOUT_MS: how long to wait for another peer process (default 10 seconds).
    auto timeout = journal::Journal::default_busy_timeout;
    if (const auto value = getenv_lookup("PEER_BUSY_TIMEOUT_MS")) {
        int ms = 0;
        const auto* end = value->data() + value->size();
        const auto [at, error] = std::from_chars(value->data(), end, ms);
        if (error != std::errc{} || at != end || ms < 0 || value->empty()) {
            throw Error(ExitCode::usage,
                        {fmt::format("PEER_BUSY_TIMEOUT_MS is '{}': it must be a whole number of "
                                     "milliseconds, 0 or more (unset, peer waits 10 seconds)",
                                     *value),
                         fmt::format("PEER_BUSY_TIMEOUT_MS är '{}': det ska vara ett heltal "
                                     "millisekunder, 0 eller mer (utan det väntar peer 10 "
                                     "sekunder)",
                                     *value)});
        }
        timeout = std::chrono::milliseconds(ms);
    }
    return {journal_path(), mode, timeout};
}

void Context::say(std::string_view line) const
{
    if (!quiet) {
        out << line << '\n';
    }
}

void Context::print_json(const nlohmann::json& document) const
{
    // Text that is not UTF-8 cannot reach here from the command line or a file, but a journal
    // changed by another tool can hold it: replace such bytes rather than fail half-way.
    out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void Context::error(const Text& message) const
{
    const auto label = tr("error", "fel");
    err << "peer: " << (color ? fmt::format(fmt::fg(fmt::terminal_color::red), "{}", label) : label)
        << ": " << tr(message) << '\n';
}

void Context::warning(const Text& message) const
{
    const auto label = tr("warning", "varning");
    err << "peer: "
        << (color ? fmt::format(fmt::fg(fmt::terminal_color::yellow), "{}", label) : label) << ": "
        << tr(message) << '\n';
}

} // namespace peer::cli

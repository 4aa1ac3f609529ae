#include <peer/core/error.hpp>
#include <peer/journal/location.hpp>

#include <doctest/doctest.h>

#include <map>

namespace {

peer::journal::EnvironmentLookup environment(std::map<std::string, std::string> values)
{
    return [values = std::move(values)](std::string_view name) -> std::optional<std::string> {
        auto found = values.find(std::string(name));
        return found == values.end() ? std::nullopt : std::optional(found->second);
    };
}

} // namespace

TEST_SUITE("journal::location")
{
    using peer::journal::resolve_location;

    TEST_CASE("resolve_location prefers --journal, then PEER_JOURNAL, XDG_DATA_HOME, HOME")
    {
        const auto all = environment(
            {{"PEER_JOURNAL", "/env/j.db"}, {"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/anna"}});
        CHECK(resolve_location("/flag/j.db", all) == "/flag/j.db");
        CHECK(resolve_location(std::nullopt, all) == "/env/j.db");
        CHECK(resolve_location(std::nullopt,
                               environment({{"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/anna"}}))
              == "/xdg/peer/journal.db");
        CHECK(resolve_location(std::nullopt, environment({{"HOME", "/home/anna"}}))
              == "/home/anna/.local/share/peer/journal.db");
    }

    TEST_CASE("resolve_location treats empty variables as unset")
    {
        const auto env = environment({{"PEER_JOURNAL", ""}, {"XDG_DATA_HOME", ""}, {"HOME", "/h"}});
        CHECK(resolve_location(std::nullopt, env) == "/h/.local/share/peer/journal.db");
    }

    TEST_CASE("resolve_location without any place is a journal error")
    {
        CHECK_THROWS_AS(resolve_location(std::nullopt, environment({})), peer::JournalError);
    }
}

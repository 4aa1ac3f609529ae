#include <peer/core/uuid.hpp>

#include <doctest/doctest.h>

#include <regex>
#include <set>

TEST_SUITE("core::uuid")
{
    TEST_CASE("new_uuid gives version-7 UUIDs in their text form")
    {
        const std::regex shape(
            "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        for (int i = 0; i < 100; ++i) {
            CHECK(std::regex_match(peer::new_uuid(), shape));
        }
    }

    TEST_CASE("new_uuid never repeats, and later ids sort after earlier ones")
    {
        std::set<std::string> seen;
        std::string previous = peer::new_uuid();
        for (int i = 0; i < 10'000; ++i) {
            auto id = peer::new_uuid();
            CHECK(id.substr(0, 13) >= previous.substr(0, 13)); // the millisecond timestamp
            seen.insert(id);
            previous = std::move(id);
        }
        CHECK(seen.size() == 10'000);
    }
}

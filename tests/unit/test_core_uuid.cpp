#include <peer/core/uuid.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <regex>
#include <string>
#include <vector>

TEST_SUITE("core::uuid")
{
    TEST_CASE("new_uuid gives version-7 UUIDs in their text form")
    {
        const std::regex shape(
            "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        for (int i = 0; i < 1000; ++i) {
            const auto id = peer::new_uuid();
            REQUIRE_MESSAGE(std::regex_match(id, shape), id);
            CHECK(id[14] == '7'); // the version nibble
            // The variant: the two highest bits of the 17th hex digit are 10.
            const auto variant = std::stoul(id.substr(19, 1), nullptr, 16);
            CHECK((variant >> 2U) == 0b10U);
        }
    }

    TEST_CASE("the first 48 bits are the time of making in milliseconds")
    {
        const auto millis = [] {
            return std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                .count();
        };
        const auto before = millis();
        const auto id = peer::new_uuid();
        const auto after = millis();
        const auto stamp =
            static_cast<std::int64_t>(std::stoull(id.substr(0, 8) + id.substr(9, 4), nullptr, 16));
        CHECK(stamp >= before);
        CHECK(stamp <= after + 1); // one ahead at most, after many ids in one millisecond
    }

    TEST_CASE("ids made one after the other sort strictly after each other, within a millisecond")
    {
        // Far more ids than milliseconds pass: most are made in the millisecond of the one before.
        constexpr int k_count = 200'000;
        std::vector<std::string> ids;
        ids.reserve(k_count);
        for (int i = 0; i < k_count; ++i) {
            ids.push_back(peer::new_uuid());
        }
        int same_millisecond = 0;
        int out_of_order = 0;
        for (std::size_t i = 1; i < ids.size(); ++i) {
            same_millisecond += ids[i].substr(0, 13) == ids[i - 1].substr(0, 13) ? 1 : 0;
            if (!(ids[i] > ids[i - 1])) {
                if (out_of_order++ == 0) {
                    MESSAGE("out of order: " << ids[i - 1] << " then " << ids[i]);
                }
            }
        }
        CHECK(out_of_order == 0);
        CHECK(same_millisecond > k_count / 10); // the case this test is about did happen
    }

    TEST_CASE("uuid5 gives the name-based ids of RFC 9562")
    {
        const auto dns = peer::parse_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        REQUIRE(dns);
        CHECK(peer::uuid5(*dns, "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
        // RFC 9562, appendix A.4: www.example.com in the DNS namespace.
        CHECK(peer::uuid5(*dns, "www.example.com") == "2ed6657d-e927-568b-95e1-2665a8aea6a2");
        CHECK(peer::uuid5(*dns, "") == peer::uuid5(*dns, ""));
        CHECK(peer::uuid5(*dns, "a") != peer::uuid5(*dns, "b"));
    }

    TEST_CASE("parse_uuid takes the text form in either case and nothing else")
    {
        const auto upper = peer::parse_uuid("6BA7B810-9DAD-11D1-80B4-00C04FD430C8");
        REQUIRE(upper);
        CHECK(upper == peer::parse_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"));
        CHECK(upper->front() == 0x6B);
        CHECK(upper->back() == 0xC8);
        for (const auto* bad :
             {"", "6ba7b810", "6ba7b810-9dad-11d1-80b4-00c04fd430c",
              "6ba7b810-9dad-11d1-80b4-00c04fd430c8a", "6ba7b8109dad-11d1-80b4-00c04fd430c8-",
              "6ba7b810-9dad-11d1-80b4-00c04fd430cg"}) {
            CHECK_MESSAGE(!peer::parse_uuid(bad), bad);
        }
    }
}

#include <peer/core/suggest.hpp>

#include <doctest/doctest.h>

#include <array>
#include <string_view>

TEST_SUITE("core::suggest")
{
    constexpr std::array<std::string_view, 4> k_known{"doctor", "init", "programme_term",
                                                      "supervisors"};

    TEST_CASE("nearest_name finds a likely typo")
    {
        CHECK(peer::nearest_name("docter", k_known) == "doctor");
        CHECK(peer::nearest_name("DOCTOR", k_known) == "doctor");
        CHECK(peer::nearest_name("programe_term", k_known) == "programme_term");
        CHECK(peer::nearest_name("supervisor", k_known) == "supervisors");
        CHECK(peer::nearest_name("inti", k_known) == "init"); // two letters swapped
    }

    TEST_CASE("nearest_name stays quiet when nothing is near")
    {
        CHECK_FALSE(peer::nearest_name("xyz", k_known));
        CHECK_FALSE(peer::nearest_name("backup", k_known));
        CHECK_FALSE(peer::nearest_name("int", std::span<const std::string_view>{}));
    }
}

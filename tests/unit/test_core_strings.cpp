#include <peer/core/strings.hpp>

#include <doctest/doctest.h>

using namespace peer;

TEST_SUITE("core::strings")
{
    TEST_CASE("trim drops blanks at both ends only")
    {
        CHECK(trim("  a b \t\r\n") == "a b");
        CHECK(trim("") == "");
        CHECK(trim(" \t ") == "");
        CHECK(trim_right("  a \r") == "  a");
        CHECK(trim_right(" ") == "");
    }

    TEST_CASE("is_blank")
    {
        CHECK(is_blank(""));
        CHECK(is_blank(" \n\t"));
        CHECK_FALSE(is_blank(" x "));
    }
}

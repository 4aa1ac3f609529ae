#include <peer/core/text.hpp>

#include <doctest/doctest.h>

using peer::Lang;

TEST_SUITE("core::text")
{
    TEST_CASE("parse_lang accepts codes, names and locale strings")
    {
        CHECK(peer::parse_lang("sv") == Lang::sv);
        CHECK(peer::parse_lang("SV") == Lang::sv);
        CHECK(peer::parse_lang("svenska") == Lang::sv);
        CHECK(peer::parse_lang("sv_SE.UTF-8") == Lang::sv);
        CHECK(peer::parse_lang("en") == Lang::en);
        CHECK(peer::parse_lang("en_GB.UTF-8") == Lang::en);
        CHECK_FALSE(peer::parse_lang("C.UTF-8"));
        CHECK_FALSE(peer::parse_lang("de"));
        CHECK_FALSE(peer::parse_lang(""));
    }

    TEST_CASE("Text::in picks the language")
    {
        const peer::Text text{"journal", "dagbok"};
        CHECK(text.in(Lang::en) == "journal");
        CHECK(text.in(Lang::sv) == "dagbok");
    }
}

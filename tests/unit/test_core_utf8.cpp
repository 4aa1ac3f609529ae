#include "diagnostics.hpp"

#include <peer/core/utf8.hpp>

#include <doctest/doctest.h>

using namespace peer;

namespace {

void check_encoding_at(const Diagnostic& d, int line, int column)
{
    test::check_at(d, "FMT-ENCODING", "t.toml", line, column);
}

} // namespace

TEST_SUITE("core::utf8")
{
    TEST_CASE("check_utf8 accepts UTF-8 and a byte-order mark")
    {
        Diagnostics out;
        CHECK(check_utf8("name = \"Åsa Öberg\"\n", "t.toml", out));
        CHECK(check_utf8("\xEF\xBB\xBFname = 1\n", "t.toml", out));
        CHECK(check_utf8("", "t.toml", out));
        CHECK(out.empty());
    }

    TEST_CASE("check_utf8 points at the first byte that is not UTF-8")
    {
        Diagnostics out;
        SUBCASE("a Latin-1 letter")
        {
            CHECK_FALSE(check_utf8("a = 1\nname = \"G\xF6ran\"\n", "t.toml", out));
            REQUIRE(out.size() == 1);
            check_encoding_at(out[0], 2, 10);
            CHECK(out[0].message.en == "the file is not UTF-8 (byte 0xF6); save it as UTF-8");
            CHECK(out[0].message.sv == "filen är inte UTF-8 (byte 0xF6); spara den som UTF-8");
        }
        SUBCASE("columns count characters, as toml++ does")
        {
            // "Å" is two bytes and one character: the bad byte is the 11th character, the 12th
            // byte.
            CHECK_FALSE(check_utf8("name = \"Å \xE5\"\n", "t.toml", out));
            REQUIRE(out.size() == 1);
            check_encoding_at(out[0], 1, 11);
        }
        SUBCASE("a sequence cut short at the end of the file")
        {
            CHECK_FALSE(check_utf8("a = 1\n\nb = \"x\xC3", "t.toml", out));
            REQUIRE(out.size() == 1);
            check_encoding_at(out[0], 3, 7);
        }
        SUBCASE("a byte-order mark does not count as a column")
        {
            CHECK_FALSE(check_utf8("\xEF\xBB\xBF\xFF", "t.toml", out));
            REQUIRE(out.size() == 1);
            check_encoding_at(out[0], 1, 1);
        }
    }

    TEST_CASE("first_invalid_utf8 finds the first byte that is not UTF-8")
    {
        CHECK_FALSE(first_invalid_utf8("Åsa"));
        CHECK(first_invalid_utf8("ab\xFF") == 2U);
        CHECK(first_invalid_utf8("\xC3") == 0U);
    }

    TEST_CASE("to_nfc composes what macOS and some keyboards write decomposed")
    {
        const std::string decomposed = "bjo\xCC\x88rn"; // o + U+0308 COMBINING DIAERESIS
        CHECK(to_nfc(decomposed) == "björn");
        CHECK(to_nfc("björn") == "björn");
        CHECK(to_nfc("ascii only") == "ascii only");
        CHECK(to_nfc("") == "");
        CHECK(to_nfc("A\xCC\x8A") == "Å"); // A + U+030A COMBINING RING ABOVE
        CHECK(to_nfc("\u212B") == "Å");    // ANGSTROM SIGN, beyond the fast path
        CHECK(to_nfc("Åsa Öberg, Łódź") == "Åsa Öberg, Łódź");
    }

    TEST_CASE("count_characters counts code points, not bytes")
    {
        CHECK(count_characters("") == 0);
        CHECK(count_characters("abc") == 3);
        CHECK(count_characters("Åsa Öberg") == 9);
        CHECK(count_characters("█") == 1);
    }

    TEST_CASE("display_width counts the columns a terminal gives a text")
    {
        CHECK(display_width("") == 0);
        CHECK(display_width("Åsa Öberg") == 9);
        CHECK(display_width("q\xCC\x87") == 1); // q + U+0307 COMBINING DOT ABOVE: no composed form
        CHECK(display_width("日本") == 4);      // wide characters take two columns
        CHECK(display_width("a\xFF"
                            "b")
              == 3); // a byte that is not UTF-8 takes one
    }

    TEST_CASE("first_columns cuts after whole characters, keeping their combining marks")
    {
        CHECK(first_columns("Åsa Öberg", 3) == "Åsa");
        CHECK(first_columns("Åsa Öberg", 5) == "Åsa Ö");
        CHECK(first_columns("Åsa", 10) == "Åsa");
        CHECK(first_columns("Åsa", 0).empty());
        CHECK(first_columns("", 3).empty());
        CHECK(first_columns("q\xCC\x87r", 1) == "q\xCC\x87");
        CHECK(first_columns("日本", 3) == "日"); // never half a wide character
    }

    TEST_CASE("wrapped breaks between words by display width and indents what follows")
    {
        CHECK(wrapped("one two three", 9, "- ", "  ") == "- one two\n  three\n");
        CHECK(wrapped("åäö åäö åäö", 7, "", "") == "åäö åäö\nåäö\n");
        CHECK(wrapped("日本 語", 5, "", "") == "日本\n語\n");
        CHECK(wrapped("averyveryverylongword x", 6, "", "") == "averyveryverylongword\nx\n");
        CHECK(wrapped("", 10, "> ", "") == "> \n");
    }

    TEST_CASE("padded fills a column by display width")
    {
        CHECK(padded("ab", 4) == "ab  ");
        CHECK(padded("q\xCC\x87", 3) == "q\xCC\x87  ");
        CHECK(padded("日本", 5) == "日本 ");
        CHECK(padded("longer", 3) == "longer");
    }

    TEST_CASE("control characters are found, named, placed and shown visibly")
    {
        CHECK_FALSE(first_control("Åsa\tÖberg\nline two\r\n"));
        CHECK(first_control("a\x1b[2J") == 1u);
        CHECK(first_control("a\rb") == 1u); // a lone carriage return
        CHECK(first_control("\xC2\x9B"
                            "31m")
              == 0u); // U+009B, the C1 escape
        CHECK(first_control("x\x7F") == 1u);
        CHECK(control_name("a\x1b", 1) == "U+001B (ESC)");
        CHECK(control_name("\xC2\x9B", 0) == "U+009B (C1)");
        CHECK(printable("clear\x1b[2J") == "clear^[[2J");
        CHECK(printable("bell\a del\x7F c1\xC2\x9B") == "bell^G del^? c1<U+009B>");
        CHECK(printable("kept\ttab\nline") == "kept\ttab\nline");
        const auto found = control_characters("first\nÅsa \x1b[2J", "note.md", 3);
        REQUIRE(found.size() == 1);
        CHECK(found[0].id == "FMT-CONTROL");
        CHECK(found[0].where->line == 4);
        CHECK(found[0].where->column == 5);
        CHECK(found[0].message.en
              == "a control character, U+001B (ESC), which can change what a terminal shows; "
                 "remove it");
    }

    TEST_CASE("case_folded folds ASCII and Swedish letters alike")
    {
        CHECK(case_folded("SUR-Wound-01") == "sur-wound-01");
        CHECK(case_folded("ÅSA Öberg") == case_folded("åsa öberg"));
        CHECK(case_folded("A\xCC\x8Asa") == case_folded("åsa")); // decomposed Å
    }
}

#include "scratch.hpp"

#include <peer/core/encoding.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <string>

using namespace peer;

namespace {

std::string decoded(const std::filesystem::path& path, Encoding encoding)
{
    DecodedFile in(path, encoding);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST_SUITE("core::encoding")
{
    TEST_CASE("encodings are named as options name them, in any case")
    {
        CHECK(parse_encoding("utf-8") == Encoding::utf8);
        CHECK(parse_encoding("UTF8") == Encoding::utf8);
        CHECK(parse_encoding("Windows-1252") == Encoding::windows_1252);
        CHECK(parse_encoding("cp1252") == Encoding::windows_1252);
        CHECK(parse_encoding("latin1") == Encoding::latin_1);
        CHECK(parse_encoding("ISO-8859-1") == Encoding::latin_1);
        CHECK_FALSE(parse_encoding("ebcdic"));
        CHECK_FALSE(parse_encoding(""));
        CHECK(encoding_name(Encoding::windows_1252) == "windows-1252");
    }

    TEST_CASE("a Windows-1252 file reads as UTF-8, the euro sign and Swedish letters included")
    {
        test::ScratchDir scratch;
        test::write_file(scratch / "w.csv", "Kod;Titel\nS\xC5R-1;S\xE5rv\xE5rd \x80 \xF6\n");
        CHECK(decoded(scratch / "w.csv", Encoding::windows_1252)
              == "Kod;Titel\nSÅR-1;Sårvård € ö\n");
        DecodedFile in(scratch / "w.csv", Encoding::windows_1252);
        in.ignore(1000);
        CHECK_FALSE(in.undecodable());
    }

    TEST_CASE("Latin-1 takes every byte, and UTF-8 passes through as it is")
    {
        test::ScratchDir scratch;
        test::write_file(scratch / "l.csv", "G\xF6ran \x81");
        CHECK(decoded(scratch / "l.csv", Encoding::latin_1) == "Göran \xC2\x81");
        test::write_file(scratch / "u.csv", "Göran \xFF");
        CHECK(decoded(scratch / "u.csv", Encoding::utf8) == "Göran \xFF");
    }

    TEST_CASE("a file larger than a chunk is converted whole, across the chunks' seams")
    {
        test::ScratchDir scratch;
        std::string raw;
        std::string expected;
        for (int i = 0; i < 50000; ++i) {
            raw += "\xE5\xE4\xF6\n";
            expected += "åäö\n";
        }
        test::write_file(scratch / "big.csv", raw);
        CHECK(decoded(scratch / "big.csv", Encoding::windows_1252) == expected);
    }

    TEST_CASE("a byte Windows-1252 has no character for ends the text, placed at its line")
    {
        test::ScratchDir scratch;
        test::write_file(scratch / "bad.csv", "a;b\n\xE5\xE5\x81z\n");
        DecodedFile in(scratch / "bad.csv", Encoding::windows_1252);
        const std::string text(std::istreambuf_iterator<char>(in), {});
        CHECK(text == "a;b\nåå");
        const auto where = in.undecodable();
        REQUIRE(where);
        CHECK(where->line == 2);
        CHECK(where->column == 3);
        CHECK(where->byte == 0x81);
        const auto error = undecodable_error("bad.csv", Encoding::windows_1252, *where);
        CHECK(error.id == "FMT-ENCODING");
        CHECK(error.message.en.starts_with("byte 0x81 is no character of windows-1252"));
    }

    TEST_CASE("a file that is not UTF-8 but reads as Windows-1252 gets a hint naming --encoding")
    {
        test::ScratchDir scratch;
        test::write_file(scratch / "excel.csv", "Kod;Titel\nA;S\xE5rv\xE5rd\n");
        const auto hint = windows_1252_hint(scratch / "excel.csv");
        REQUIRE(hint);
        CHECK(hint->en.find("byte 0xE5") != std::string::npos);
        CHECK(hint->en.find("'å'") != std::string::npos);
        CHECK(hint->en.find("--encoding windows-1252") != std::string::npos);
        CHECK(hint->sv.find("--encoding windows-1252") != std::string::npos);

        test::write_file(scratch / "utf8.csv", "Kod;Titel\nA;Sårvård\n");
        CHECK_FALSE(windows_1252_hint(scratch / "utf8.csv"));
        test::write_file(scratch / "neither.csv", "A;S\xE5r\x81\n");
        CHECK_FALSE(windows_1252_hint(scratch / "neither.csv"));
    }
}

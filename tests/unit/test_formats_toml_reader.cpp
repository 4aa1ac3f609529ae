#include "scratch.hpp"

#include <peer/formats/toml_reader.hpp>

#include <doctest/doctest.h>

using namespace peer;
using formats::TableReader;

namespace {

toml::table parse(std::string_view text)
{
    Diagnostics out;
    auto table = formats::parse_toml(text, "t.toml", out);
    REQUIRE(table);
    return std::move(*table);
}

} // namespace

TEST_SUITE("formats::toml_reader")
{
    TEST_CASE("check_utf8 points at the first byte that is not UTF-8")
    {
        Diagnostics out;
        CHECK(formats::check_utf8("name = \"Åsa\"\n", "t.toml", out));
        CHECK(formats::check_utf8("\xEF\xBB\xBFname = 1\n", "t.toml", out));
        CHECK(out.empty());
        CHECK_FALSE(formats::check_utf8("a = 1\nname = \"G\xF6ran\"\n", "t.toml", out));
        REQUIRE(out.size() == 1);
        CHECK(out[0].id == "FMT-ENCODING");
        CHECK(out[0].where->line == 2);
        CHECK(out[0].where->column == 10);
        CHECK(out[0].message.en.find("0xF6") != std::string::npos);
    }

    TEST_CASE("parse_toml reports a syntax error with its position")
    {
        Diagnostics out;
        CHECK_FALSE(formats::parse_toml("a = 1\nb = = 2\n", "t.toml", out));
        REQUIRE(out.size() == 1);
        CHECK(out[0].id == "FMT-SYNTAX");
        CHECK(out[0].where->file == "t.toml");
        CHECK(out[0].where->line == 2);
        CHECK(out[0].message.sv.starts_with("ogiltig TOML: "));
    }

    TEST_CASE("an empty file is an empty table")
    {
        CHECK(parse("# only a comment\n").empty());
    }

    TEST_CASE("typed getters read values and report wrong types at the value")
    {
        const auto table = parse("name = \"x\"\ncount = \"two\"\nstart = 2026-11-02\n"
                                 "end = \"2026-02-30\"\nflag = true\nlist = [\"a\", \"b\"]\n");
        Diagnostics out;
        TableReader reader(table, "placement.", "t.toml", out);
        CHECK(reader.string("name") == "x");
        CHECK_FALSE(reader.integer("count"));
        CHECK(reader.date("start") == parse_date("2026-11-02"));
        CHECK_FALSE(reader.date("end"));
        CHECK(reader.boolean("flag") == true);
        CHECK(reader.strings("list") == std::vector<std::string>{"a", "b"});
        reader.finish();
        REQUIRE(out.size() == 2);
        CHECK(out[0].id == "FMT-TYPE");
        CHECK(out[0].where->line == 2);
        CHECK(out[0].where->column == 9);
        CHECK(out[0].message.en == "`placement.count` must be an integer, not a string");
        CHECK(out[1].id == "FMT-VALUE");
        CHECK(out[1].where->line == 4);
        CHECK(out[1].message.en.find("is not a date") != std::string::npos);
    }

    TEST_CASE("a missing required key is reported at its table")
    {
        const auto table = parse("[placement]\nid = \"x\"\n");
        Diagnostics out;
        TableReader reader(*table["placement"].as_table(), "placement.", "t.toml", out);
        CHECK_FALSE(reader.string("course", TableReader::Need::required));
        REQUIRE(out.size() == 1);
        CHECK(out[0].id == "FMT-REQUIRED");
        CHECK(out[0].where->line == 1);
        CHECK(out[0].message.en == "`placement.course` is missing");
    }

    TEST_CASE("keyword reports an unknown value with the accepted ones")
    {
        const auto table = parse("level = \"grund\"\ntraining = \"expert\"\n");
        Diagnostics out;
        TableReader reader(table, "", "t.toml", out);
        CHECK(reader.keyword<model::Level>("level") == model::Level::basic);
        CHECK_FALSE(reader.keyword<model::Training>("training"));
        REQUIRE(out.size() == 1);
        CHECK(out[0].id == "FMT-VALUE");
        CHECK(out[0].where->line == 2);
        CHECK(out[0].message.en.find("accepted: none, basic, advanced") != std::string::npos);
    }

    TEST_CASE("finish reports unknown keys at the key, with the nearest known key")
    {
        const auto table = parse("course = \"OMVA13\"\n  cuorse = \"x\"\nzzz = 1\n");
        Diagnostics out;
        TableReader reader(table, "placement.", "t.toml", out);
        reader.string("course");
        reader.finish();
        REQUIRE(out.size() == 2);
        CHECK(out[0].id == "FMT-KEY");
        CHECK(out[0].where->line == 2);
        CHECK(out[0].where->column == 3);
        CHECK(out[0].message.en == "unknown key `placement.cuorse`; did you mean `course`?");
        CHECK(out[1].message.en == "unknown key `placement.zzz`");
    }

    TEST_CASE("read_text_file reports a file it cannot read")
    {
        test::ScratchDir scratch;
        Diagnostics out;
        CHECK_FALSE(formats::read_text_file(scratch / "missing.toml", out));
        REQUIRE(out.size() == 1);
        CHECK(out[0].message.en.find("cannot read") != std::string::npos);
    }
}

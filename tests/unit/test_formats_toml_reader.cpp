#include "diagnostics.hpp"
#include "scratch.hpp"

#include <peer/formats/toml_reader.hpp>

#include <doctest/doctest.h>

#include <string>
#include <tuple>

using namespace peer;
using formats::TableReader;

namespace {

toml::table parse(std::string_view text)
{
    Diagnostics out;
    auto table = formats::parse_toml(text, "t.toml", out);
    REQUIRE(table);
    REQUIRE(out.empty());
    return std::move(*table);
}

void check_at(const Diagnostic& d, std::string_view id, int line, int column)
{
    test::check_at(d, id, "t.toml", line, column);
}

} // namespace

TEST_SUITE("formats::toml_reader")
{
    TEST_CASE("string_values: every string at any depth, where its first character stands")
    {
        const std::string text = "\xEF\xBB\xBF"
                                 "[p]\n"
                                 "title = \"Ward 5\"\n"
                                 "list = ['a', \"åb\"]\n"
                                 "[[staff]]\n"
                                 "name = \"\"\"\n"
                                 "Karin\n"
                                 "Nilsson\"\"\"\n"
                                 "n = 3\n"
                                 "k = '''x'''\n";
        Diagnostics out;
        const auto document = formats::parse_toml(text, "t.toml", out);
        REQUIRE(document);
        const auto strings = formats::string_values(*document, text, "t.toml");
        REQUIRE(strings.size() == 5);
        const auto at = [&](std::size_t i) {
            return std::tuple{strings[i].text, strings[i].at.line, strings[i].at.column};
        };
        CHECK(at(0) == std::tuple{std::string("Ward 5"), 2, 10});
        CHECK(at(1) == std::tuple{std::string("a"), 3, 10});
        CHECK(at(2) == std::tuple{std::string("åb"), 3, 15});
        CHECK(at(3) == std::tuple{std::string("Karin\nNilsson"), 6, 1});
        CHECK(at(4) == std::tuple{std::string("x"), 9, 8});
    }

    TEST_CASE("parse_toml reports a syntax error at its line and column")
    {
        Diagnostics out;
        CHECK_FALSE(formats::parse_toml("a = 1\nb = = 2\n", "t.toml", out));
        REQUIRE(out.size() == 1);
        check_at(out[0], "FMT-SYNTAX", 2, 5);
        CHECK(out[0].message.en.starts_with("not valid TOML: "));
        CHECK(out[0].message.sv.starts_with("ogiltig TOML: "));
    }

    TEST_CASE("a syntax error is said as a sentence a teacher acts on, in both languages")
    {
        const auto message = [](std::string_view text) {
            Diagnostics out;
            CHECK_FALSE(formats::parse_toml(text, "t.toml", out));
            REQUIRE(out.size() == 1);
            return out[0].message;
        };
        CHECK(message("title = \"Surgery\nunit = \"x\"\n").en
              == "not valid TOML: a string is not closed before the end of the line (or holds a "
                 "control character): end it with the quote it began with");
        const auto slashes = message("start = 2027/01/25\n");
        CHECK(slashes.en
              == "not valid TOML: dates are written 2027-01-25: year, month and day "
                 "with dashes");
        CHECK(slashes.sv
              == "ogiltig TOML: datum skrivs 2027-01-25: år, månad och dag med "
                 "bindestreck");
        CHECK(message("level = basic\n").en.find("written in quotes: \"basic\"")
              != std::string::npos);
        CHECK(message("id = \"a\"\nid = \"b\"\n").en
              == "not valid TOML: this key is given twice in the same table; keep one");
        CHECK(message("[placement]\n[placement]\n").en.find("[[name]]") != std::string::npos);
    }

    TEST_CASE("parse_toml checks the encoding first")
    {
        Diagnostics out;
        CHECK_FALSE(formats::parse_toml("# Malm\xF6\na = 1\n", "t.toml", out));
        REQUIRE(out.size() == 1);
        check_at(out[0], "FMT-ENCODING", 1, 7);
    }

    TEST_CASE("parse_toml skips a byte-order mark, and positions ignore it")
    {
        CHECK(parse("\xEF\xBB\xBFname = \"x\"\n")["name"] == "x");
        Diagnostics out;
        CHECK_FALSE(formats::parse_toml("\xEF\xBB\xBF= 1\n", "t.toml", out));
        REQUIRE(out.size() == 1);
        check_at(out[0], "FMT-SYNTAX", 1, 1);
    }

    TEST_CASE("a file with nothing to read is an empty table")
    {
        SUBCASE("empty")
        {
            CHECK(parse("").empty());
        }
        SUBCASE("blank lines")
        {
            CHECK(parse("\n  \n\t\n").empty());
        }
        SUBCASE("comments only")
        {
            CHECK(parse("# only a comment\n# and another\n").empty());
        }
        SUBCASE("a byte-order mark only")
        {
            CHECK(parse("\xEF\xBB\xBF").empty());
        }
    }

    TEST_CASE("typed getters read values of their type")
    {
        const auto table = parse("name = \"x\"\ncount = 3\nflag = false\nstart = 2026-11-02\n"
                                 "end = \"2027-01-15\"\nlist = [\"a\", \"b\"]\nempty = []\n"
                                 "[sub]\nk = 1\n");
        Diagnostics out;
        TableReader reader(table, "placement.", "t.toml", out);
        CHECK(reader.string("name") == "x");
        CHECK(reader.integer("count") == 3);
        CHECK(reader.boolean("flag") == false);
        CHECK(reader.date("start") == parse_date("2026-11-02"));
        CHECK(reader.date("end") == parse_date("2027-01-15"));
        CHECK(reader.strings("list") == std::vector<std::string>{"a", "b"});
        CHECK(reader.strings("empty") == std::vector<std::string>{});
        REQUIRE(reader.table("sub"));
        CHECK(reader.table("sub")->contains("k"));
        CHECK_FALSE(reader.string("absent"));
        reader.finish();
        CHECK(out.empty());
    }

    TEST_CASE("a value of the wrong type is FMT-TYPE at the value")
    {
        const auto table = parse("count = \"two\"\nflag = 1\nlist = \"a\"\n"
                                 "start = 2026-11-02T08:00:00\nratio = 1.5\nsub = 3\n");
        Diagnostics out;
        TableReader reader(table, "supervisor.", "t.toml", out);
        CHECK_FALSE(reader.integer("count"));
        CHECK_FALSE(reader.boolean("flag"));
        CHECK_FALSE(reader.strings("list"));
        CHECK_FALSE(reader.date("start"));
        CHECK_FALSE(reader.integer("ratio"));
        CHECK_FALSE(reader.table("sub"));
        reader.finish();
        REQUIRE(out.size() == 6);
        check_at(out[0], "FMT-TYPE", 1, 9);
        CHECK(out[0].message.en == "`supervisor.count` must be an integer, not a string");
        CHECK(out[0].message.sv == "`supervisor.count` ska vara ett heltal, inte en sträng");
        check_at(out[1], "FMT-TYPE", 2, 8);
        CHECK(out[1].message.en == "`supervisor.flag` must be true or false, not an integer");
        check_at(out[2], "FMT-TYPE", 3, 8);
        CHECK(out[2].message.en == "`supervisor.list` must be an array, not a string");
        check_at(out[3], "FMT-TYPE", 4, 9);
        CHECK(out[3].message.en == "`supervisor.start` must be a date, not a date and time");
        check_at(out[4], "FMT-TYPE", 5, 9);
        CHECK(out[4].message.en
              == "`supervisor.ratio` must be an integer, not a number with decimals");
        check_at(out[5], "FMT-TYPE", 6, 7);
        CHECK(out[5].message.en == "`supervisor.sub` must be a table, not an integer");
    }

    TEST_CASE("date reports a day that does not exist as FMT-VALUE")
    {
        SUBCASE("30 February")
        {
            const auto table = parse("\nend = \"2026-02-30\"\n");
            Diagnostics out;
            TableReader reader(table, "placement.", "t.toml", out);
            CHECK_FALSE(reader.date("end"));
            REQUIRE(out.size() == 1);
            check_at(out[0], "FMT-VALUE", 2, 7);
            CHECK(out[0].message.en
                  == "`placement.end` = \"2026-02-30\" is not a date; write YYYY-MM-DD, a day "
                     "that exists");
            CHECK(out[0].message.sv
                  == "`placement.end` = \"2026-02-30\" är inget datum; skriv ÅÅÅÅ-MM-DD, en dag "
                     "som finns");
        }
        SUBCASE("not a date at all")
        {
            const auto table = parse("end = \"next week\"\n");
            Diagnostics out;
            TableReader reader(table, "", "t.toml", out);
            CHECK_FALSE(reader.date("end"));
            REQUIRE(out.size() == 1);
            check_at(out[0], "FMT-VALUE", 1, 7);
        }
        SUBCASE("29 February of a leap year is a date")
        {
            const auto table = parse("a = \"2028-02-29\"\nb = 2028-02-29\n");
            Diagnostics out;
            TableReader reader(table, "", "t.toml", out);
            CHECK(reader.date("a") == parse_date("2028-02-29"));
            CHECK(reader.date("b") == parse_date("2028-02-29"));
            CHECK(out.empty());
        }
    }

    TEST_CASE("strings reports every item that is not a string, at the item")
    {
        const auto table = parse("list = [\"a\", 2, \"c\", true]\n");
        Diagnostics out;
        TableReader reader(table, "pair.", "t.toml", out);
        CHECK_FALSE(reader.strings("list"));
        REQUIRE(out.size() == 2);
        check_at(out[0], "FMT-TYPE", 1, 14);
        CHECK(out[0].message.en == "`pair.list[1]` must be a string, not an integer");
        check_at(out[1], "FMT-TYPE", 1, 22);
        CHECK(out[1].message.en == "`pair.list[3]` must be a string, not true or false");
    }

    TEST_CASE("a missing required key is reported at its table")
    {
        const auto table = parse("name = \"x\"\n\n[placement]\nid = \"x\"\n");
        Diagnostics out;
        TableReader reader(*table["placement"].as_table(), "placement.", "t.toml", out);
        CHECK(reader.string("id", TableReader::Need::required) == "x");
        CHECK_FALSE(reader.string("course", TableReader::Need::required));
        CHECK_FALSE(reader.date("start", TableReader::Need::required));
        CHECK_FALSE(reader.string("note"));
        REQUIRE(out.size() == 2);
        check_at(out[0], "FMT-REQUIRED", 3, 1);
        CHECK(out[0].message.en == "`placement.course` is missing");
        CHECK(out[0].message.sv == "`placement.course` saknas");
        check_at(out[1], "FMT-REQUIRED", 3, 1);
        CHECK(out[1].message.en == "`placement.start` is missing");
    }

    TEST_CASE("keyword accepts English and Swedish words and lists the accepted ones")
    {
        const auto table =
            parse("level = \"grund\"\nrole = \"Klinisk lektor\"\ntraining = \"expert\"\n");
        Diagnostics out;
        TableReader reader(table, "", "t.toml", out);
        CHECK(reader.keyword<model::Level>("level") == model::Level::basic);
        CHECK(reader.keyword<model::Role>("role") == model::Role::senior_clinical_lecturer);
        CHECK_FALSE(reader.keyword<model::Training>("training"));
        REQUIRE(out.size() == 1);
        check_at(out[0], "FMT-VALUE", 3, 12);
        CHECK(out[0].message.en
              == "`training` = \"expert\" is not allowed; accepted: none, basic, advanced "
                 "(in Swedish: ingen, grund, avancerad)");
        CHECK(out[0].message.sv
              == "`training` = \"expert\" är inte tillåtet; tillåtna: ingen, grund, avancerad "
                 "(på engelska: none, basic, advanced)");
    }

    TEST_CASE("keywords reads an array of keywords and reports each bad item at the item")
    {
        const auto table =
            parse("ok = [\"handledare\", \"main-supervisor\"]\nbad = [\"lektor\", \"nurse\", 3]\n");
        Diagnostics out;
        TableReader reader(table, "examiners.", "t.toml", out);
        CHECK(reader.keywords<model::Role>("ok")
              == std::vector{model::Role::supervisor, model::Role::main_supervisor});
        CHECK_FALSE(reader.keywords<model::Role>("bad"));
        REQUIRE(out.size() == 2);
        check_at(out[0], "FMT-VALUE", 2, 18);
        CHECK(out[0].message.en.starts_with(
            "`examiners.bad[1]` = \"nurse\" is not allowed; accepted: supervisor, "));
        check_at(out[1], "FMT-TYPE", 2, 27);
        CHECK(out[1].message.en == "`examiners.bad[2]` must be a string, not an integer");
    }

    TEST_CASE("value_error and position point at the value, or at the table when it is absent")
    {
        const auto table = parse("[pair]\nstudents =   5\n");
        Diagnostics out;
        TableReader reader(*table["pair"].as_table(), "pair.", "t.toml", out);
        CHECK(reader.position("students").line == 2);
        CHECK(reader.position("students").column == 14);
        CHECK(reader.position("absent").line == 1);
        CHECK(reader.full_key("students") == "pair.students");
        reader.value_error("students", {"too many", "för många"});
        REQUIRE(out.size() == 1);
        check_at(out[0], "FMT-VALUE", 2, 14);
        CHECK(out[0].message.sv == "för många");
    }

    TEST_CASE("finish reports unknown keys at the key, with the nearest known key")
    {
        const auto table = parse("course = \"OMVA13\"\n  cuorse = \"x\"\nzzz = 1\n[sub]\n");
        Diagnostics out;
        TableReader reader(table, "placement.", "t.toml", out);
        reader.string("course");
        reader.finish();
        REQUIRE(out.size() == 3);
        check_at(out[0], "FMT-KEY", 2, 3);
        CHECK(out[0].message.en == "unknown key `placement.cuorse`; did you mean `course`?");
        CHECK(out[0].message.sv == "okänd nyckel `placement.cuorse`; menade du `course`?");
        check_at(out[1], "FMT-KEY", 3, 1);
        CHECK(out[1].message.en == "unknown key `placement.zzz`");
        check_at(out[2], "FMT-KEY", 4, 2);
        CHECK(out[2].message.en == "unknown key `placement.sub`");
    }

    TEST_CASE("a key asked for is known even when it is absent or of the wrong type")
    {
        const auto table = parse("count = \"x\"\n");
        Diagnostics out;
        TableReader reader(table, "", "t.toml", out);
        reader.integer("count");
        reader.integer("count");
        reader.string("other");
        reader.finish();
        REQUIRE(out.size() == 2);
        CHECK(out[0].id == "FMT-TYPE");
        CHECK(out[1].id == "FMT-TYPE");
    }
}

#include <peer/formats/csv_reader.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace peer;
using formats::CsvReader;
using formats::CsvRecord;

namespace {

struct Read {
    std::vector<std::string> header;
    char delimiter = 0;
    std::vector<CsvRecord> records;
    Diagnostics diagnostics;
};

Read read_all(const std::string& text, char delimiter = 0)
{
    Read out;
    std::istringstream in(text);
    CsvReader reader(in, "t.csv", out.diagnostics, delimiter);
    if (!reader.read_header()) {
        return out;
    }
    out.header = reader.header();
    out.delimiter = reader.delimiter();
    CsvRecord record;
    while (reader.next(record)) {
        out.records.push_back(record);
    }
    return out;
}

} // namespace

TEST_SUITE("formats::csv_reader")
{
    TEST_CASE("comma and semicolon files, the delimiter told from the header")
    {
        SUBCASE("comma")
        {
            const auto r = read_all("code,title\nA,First\nB,Second\n");
            CHECK(r.delimiter == ',');
            CHECK(r.header == std::vector<std::string>{"code", "title"});
            REQUIRE(r.records.size() == 2);
            CHECK(r.records[1].fields == std::vector<std::string>{"B", "Second"});
            CHECK(r.records[1].line == 3);
        }
        SUBCASE("semicolon, with commas in the fields")
        {
            const auto r = read_all("code;title\nA;First, and more\n");
            CHECK(r.delimiter == ';');
            CHECK(r.records.at(0).fields[1] == "First, and more");
        }
        SUBCASE("a forced delimiter")
        {
            const auto r = read_all("a|b\n1|2\n", '|');
            CHECK(r.records.at(0).fields == std::vector<std::string>{"1", "2"});
        }
    }

    TEST_CASE("quoted fields hold delimiters, doubled quotes and line breaks")
    {
        const auto r = read_all("a;b\r\n\"x;y\";\"say \"\"hi\"\"\r\nnext line\"\r\nc;d\r\n");
        REQUIRE(r.records.size() == 2);
        CHECK(r.records[0].fields[0] == "x;y");
        CHECK(r.records[0].fields[1] == "say \"hi\"\nnext line");
        CHECK(r.records[1].line == 4);
        CHECK(r.records[1].fields == std::vector<std::string>{"c", "d"});
        CHECK(r.diagnostics.empty());
    }

    TEST_CASE("a byte-order mark, CRLF, empty lines and no final line end")
    {
        const auto r = read_all("\xEF\xBB\xBF" "code,title\r\n\r\nA,First\r\nB,Second");
        CHECK(r.header.front() == "code");
        REQUIRE(r.records.size() == 2);
        CHECK(r.records[1].fields[1] == "Second");
        CHECK(r.records[1].line == 4);
    }

    TEST_CASE("an empty file, a header only, and no delimiter")
    {
        auto empty = read_all("");
        REQUIRE(empty.diagnostics.size() == 1);
        CHECK(empty.diagnostics[0].id == "FMT-REQUIRED");
        CHECK(read_all("code,title\n").records.empty());
        auto none = read_all("code title\nA B\n");
        REQUIRE(none.diagnostics.size() == 1);
        CHECK(none.diagnostics[0].message.en.find("delimiter") != std::string::npos);
    }

    TEST_CASE("bytes that are not UTF-8 are reported at their line")
    {
        const auto r = read_all("a,b\nok,fine\nx,G\xE4vle\n");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].id == "FMT-ENCODING");
        CHECK(r.diagnostics[0].where->line == 3);
        CHECK(r.diagnostics[0].message.en.find("0xE4") != std::string::npos);
        CHECK(r.records.size() == 1);
    }

    TEST_CASE("broken quoting stops the reading with its position")
    {
        const auto unterminated = read_all("a,b\n1,\"open\n2,3\n");
        REQUIRE(unterminated.diagnostics.size() == 1);
        CHECK(unterminated.diagnostics[0].where->line == 2);
        CHECK(unterminated.diagnostics[0].message.en.find("never closed") != std::string::npos);
        const auto stray = read_all("a,b\n1,x\"y\n");
        REQUIRE(stray.diagnostics.size() == 1);
        CHECK(stray.diagnostics[0].id == "FMT-SYNTAX");
        CHECK(stray.diagnostics[0].where->line == 2);
    }

    TEST_CASE("rows with another number of fields are reported, and reading goes on")
    {
        const auto r = read_all("a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n");
        REQUIRE(r.diagnostics.size() == 2);
        CHECK(r.diagnostics[0].where->line == 3);
        CHECK(r.diagnostics[0].message.en == "the row has 2 fields, the header has 3");
        CHECK(r.diagnostics[1].where->line == 5);
        CHECK(r.records.size() == 2);
    }

    TEST_CASE("a record over 10 MiB stops the reading")
    {
        const auto r = read_all("a,b\n1," + std::string(11U << 20U, 'x') + "\n2,3\n");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].message.en == "line 2 is longer than 10 MiB");
        CHECK(r.records.empty());
    }

    TEST_CASE("a large input is read whole, record by record")
    {
        std::string text = "date,code,mode\n";
        for (int i = 0; i < 200'000; ++i) {
            text += "2026-11-02,\"C-" + std::to_string(i) + "\",perform\n";
        }
        const auto r = read_all(text);
        REQUIRE(r.records.size() == 200'000);
        CHECK(r.records.back().fields[1] == "C-199999");
        CHECK(r.records.back().line == 200'001);
    }
}

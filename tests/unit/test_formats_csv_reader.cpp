#include <peer/formats/csv_reader.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace peer;
using formats::CsvReader;
using formats::CsvRecord;
using Fields = std::vector<std::string>;

namespace {

struct Read {
    bool header_ok = false;
    Fields header;
    char delimiter = 0;
    std::vector<CsvRecord> records;
    Diagnostics diagnostics;
    std::uint64_t bytes = 0;
};

Read read_all(const std::string& text, char delimiter = 0)
{
    Read out;
    std::istringstream in(text);
    CsvReader reader(in, "t.csv", out.diagnostics, delimiter);
    out.header_ok = reader.read_header();
    if (out.header_ok) {
        out.header = reader.header();
        out.delimiter = reader.delimiter();
        CsvRecord record;
        while (reader.next(record)) {
            out.records.push_back(record);
        }
    }
    out.bytes = reader.bytes_read();
    return out;
}

void check_one(const Read& read, std::string_view id, int line, int column)
{
    REQUIRE(read.diagnostics.size() == 1);
    const auto& d = read.diagnostics[0];
    CHECK(d.id == id);
    REQUIRE(d.where.has_value());
    CHECK(d.where->file == "t.csv");
    CHECK(d.where->line == line);
    CHECK(d.where->column == column);
    CHECK_FALSE(d.message.en.empty());
    CHECK_FALSE(d.message.sv.empty());
}

} // namespace

TEST_SUITE("formats::csv_reader")
{
    TEST_CASE("the delimiter is told from the header: comma, semicolon or tab")
    {
        SUBCASE("comma")
        {
            const auto r = read_all("code,title\nA,First\nB,Second\n");
            CHECK(r.delimiter == ',');
            CHECK(r.header == Fields{"code", "title"});
            REQUIRE(r.records.size() == 2);
            CHECK(r.records[0].fields == Fields{"A", "First"});
            CHECK(r.records[0].line == 2);
            CHECK(r.records[1].fields == Fields{"B", "Second"});
            CHECK(r.records[1].line == 3);
        }
        SUBCASE("semicolon, with commas in the fields")
        {
            const auto r = read_all("code;title\nA;First, and more\n");
            CHECK(r.delimiter == ';');
            REQUIRE(r.records.size() == 1);
            CHECK(r.records[0].fields == Fields{"A", "First, and more"});
        }
        SUBCASE("tab")
        {
            const auto r = read_all("code\ttitle\tnote\nA\tFirst\t\n");
            CHECK(r.delimiter == '\t');
            REQUIRE(r.records.size() == 1);
            CHECK(r.records[0].fields == Fields{"A", "First", ""});
        }
        SUBCASE("the most frequent outside quotes wins")
        {
            const auto r = read_all("\"a,b,c\";d;e\n1;2;3\n");
            CHECK(r.delimiter == ';');
            CHECK(r.header == Fields{"a,b,c", "d", "e"});
        }
        CHECK(read_all("a,b\n").diagnostics.empty());
    }

    TEST_CASE("a forced delimiter is used as given")
    {
        const auto r = read_all("a|b,c\n1|2,3\n", '|');
        CHECK(r.delimiter == '|');
        CHECK(r.header == Fields{"a", "b,c"});
        REQUIRE(r.records.size() == 1);
        CHECK(r.records[0].fields == Fields{"1", "2,3"});
    }

    TEST_CASE("quoted fields hold delimiters, doubled quotes and line breaks")
    {
        SUBCASE("LF")
        {
            const auto r = read_all("a;b\n\"x;y\";\"say \"\"hi\"\"\nnext line\"\nc;d\n");
            REQUIRE(r.records.size() == 2);
            CHECK(r.records[0].fields == Fields{"x;y", "say \"hi\"\nnext line"});
            CHECK(r.records[0].line == 2);
            CHECK(r.records[1].fields == Fields{"c", "d"});
            CHECK(r.records[1].line == 4);
        }
        SUBCASE("CRLF, which becomes LF inside the field")
        {
            const auto r = read_all("a;b\r\n\"x\r\n\r\ny\";\"\"\r\nc;d\r\n");
            REQUIRE(r.records.size() == 2);
            CHECK(r.records[0].fields == Fields{"x\n\ny", ""});
            CHECK(r.records[1].line == 5);
            CHECK(r.records[1].fields == Fields{"c", "d"});
        }
        CHECK(read_all("a,b\n\"1\",\"\"\"\"\n").records.at(0).fields == Fields{"1", "\""});
    }

    TEST_CASE("whitespace is kept as written")
    {
        const auto r = read_all("a,b,c\n  x , y ,\"  z \"\n");
        CHECK(r.records.at(0).fields == Fields{"  x ", " y ", "  z "});
        CHECK(r.diagnostics.empty());
    }

    TEST_CASE("a byte-order mark, CRLF, empty lines and the final line end")
    {
        SUBCASE("byte-order mark and CRLF")
        {
            const auto r = read_all("\xEF\xBB\xBF"
                                    "code,title\r\nA,First\r\nB,Second\r\n");
            CHECK(r.header == Fields{"code", "title"});
            REQUIRE(r.records.size() == 2);
            CHECK(r.records[1].fields == Fields{"B", "Second"});
            CHECK(r.bytes == 3 + 12 + 9 + 10);
        }
        SUBCASE("empty lines are skipped, and lines still count")
        {
            const auto r = read_all("\ncode,title\r\n\r\nA,First\n\n\nB,Second\n\n");
            CHECK(r.header == Fields{"code", "title"});
            REQUIRE(r.records.size() == 2);
            CHECK(r.records[0].line == 4);
            CHECK(r.records[1].line == 7);
            CHECK(r.diagnostics.empty());
        }
        SUBCASE("no final line end")
        {
            const auto r = read_all("a,b\n1,2\n3,");
            REQUIRE(r.records.size() == 2);
            CHECK(r.records[1].fields == Fields{"3", ""});
            CHECK(r.records[1].line == 3);
        }
        SUBCASE("a lone CR at the end")
        {
            const auto r = read_all("a,b\n1,2\r");
            REQUIRE(r.records.size() == 1);
            CHECK(r.records[0].fields == Fields{"1", "2"});
        }
    }

    TEST_CASE("an empty file, a header only, and a header without a delimiter")
    {
        SUBCASE("empty")
        {
            for (const std::string text : {"", "\xEF\xBB\xBF", "\n\r\n"}) {
                const auto r = read_all(text);
                CHECK_FALSE(r.header_ok);
                REQUIRE(r.diagnostics.size() == 1);
                CHECK(r.diagnostics[0].id == "FMT-REQUIRED");
                CHECK(r.diagnostics[0].message.en.find("empty") != std::string::npos);
            }
        }
        SUBCASE("a header only")
        {
            const auto r = read_all("code,title\n");
            CHECK(r.header_ok);
            CHECK(r.header == Fields{"code", "title"});
            CHECK(r.records.empty());
            CHECK(r.diagnostics.empty());
        }
        SUBCASE("no delimiter")
        {
            const auto r = read_all("code title\nA B\n");
            CHECK_FALSE(r.header_ok);
            check_one(r, "FMT-SYNTAX", 1, 0);
            CHECK(r.diagnostics[0].message.en.find("cannot tell the delimiter") == 0);
        }
    }

    TEST_CASE("a byte that is not UTF-8 is reported at its line and column, and stops reading")
    {
        SUBCASE("in a record")
        {
            const auto r = read_all("a,b\nok,fine\nö,G\xE4vle\n4,5\n");
            check_one(r, "FMT-ENCODING", 3, 4);
            CHECK(r.diagnostics[0].message.en.find("0xE4") != std::string::npos);
            CHECK(r.records.size() == 1);
        }
        SUBCASE("on the second line of a quoted field")
        {
            const auto r = read_all("a,b\n1,\"x\nab\xE4\"\n");
            check_one(r, "FMT-ENCODING", 3, 3);
        }
        SUBCASE("in the header")
        {
            const auto r = read_all("k\xE4lla,b\n1,2\n");
            CHECK_FALSE(r.header_ok);
            check_one(r, "FMT-ENCODING", 1, 2);
        }
    }

    TEST_CASE("an unterminated quote is reported where it opened and stops reading")
    {
        const auto r = read_all("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
        check_one(r, "FMT-SYNTAX", 3, 3);
        CHECK(r.diagnostics[0].message.en.find("never closed") != std::string::npos);
        CHECK(r.records.size() == 1);
    }

    TEST_CASE("a stray quote is reported at its line and column, and the row is skipped")
    {
        SUBCASE("inside an unquoted field")
        {
            const auto r = read_all("a,b\n1,x\"y\n2,3\n");
            check_one(r, "FMT-SYNTAX", 2, 4);
            REQUIRE(r.records.size() == 1);
            CHECK(r.records[0].fields == Fields{"2", "3"});
            CHECK(r.records[0].line == 3);
        }
        SUBCASE("after a closing quote")
        {
            const auto r = read_all("a,b\n\"1\nx\"y,2\n3,4\n");
            check_one(r, "FMT-SYNTAX", 3, 3);
            REQUIRE(r.records.size() == 1);
            CHECK(r.records[0].line == 4);
        }
    }

    TEST_CASE("rows with another number of fields are reported, and reading goes on")
    {
        const auto r = read_all("a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n13,14,15");
        REQUIRE(r.diagnostics.size() == 2);
        CHECK(r.diagnostics[0].id == "FMT-SYNTAX");
        CHECK(r.diagnostics[0].where->line == 3);
        CHECK(r.diagnostics[0].message.en == "row has 2 fields, the header has 3");
        CHECK(r.diagnostics[0].message.sv == "raden har 2 fält, rubrikraden har 3");
        CHECK(r.diagnostics[1].where->line == 5);
        CHECK(r.diagnostics[1].message.en == "row has 4 fields, the header has 3");
        REQUIRE(r.records.size() == 3);
        CHECK(r.records[0].line == 2);
        CHECK(r.records[1].fields == Fields{"6", "7", "8"});
        CHECK(r.records[1].line == 4);
        CHECK(r.records[2].line == 6);
    }

    TEST_CASE("a record over 10 MiB is reported and stops reading")
    {
        SUBCASE("unquoted")
        {
            const auto r = read_all("a,b\n1,2\n3," + std::string(11 << 20, 'x') + "\n4,5\n");
            check_one(r, "FMT-SYNTAX", 3, 0);
            CHECK(r.diagnostics[0].message.en == "line 3 is longer than 10 MiB");
            CHECK(r.records.size() == 1);
        }
        SUBCASE("inside quotes")
        {
            const auto r = read_all("a,b\n\"" + std::string(11 << 20, '\n') + "\",1\n");
            check_one(r, "FMT-SYNTAX", 2, 0);
            CHECK(r.records.empty());
        }
        SUBCASE("just under the limit is read")
        {
            const auto r = read_all("a,b\n1," + std::string(9 << 20, 'x') + "\n");
            CHECK(r.diagnostics.empty());
            REQUIRE(r.records.size() == 1);
            CHECK(r.records[0].fields[1].size() == std::size_t{9} << 20U);
        }
    }

    TEST_CASE("a large input is read whole, across read buffers")
    {
        std::string text = "date;code;text\r\n";
        for (int i = 0; i < 200'000; ++i) {
            const auto n = std::to_string(i);
            text += "2026-11-02;\"C-" + n + "\";\"say \"\"" + n + "\"\"\r\nthen ;\"\r\n";
        }
        const auto r = read_all(text);
        CHECK(r.diagnostics.empty());
        REQUIRE(r.records.size() == 200'000);
        bool all_right = true;
        for (int i = 0; i < 200'000; ++i) {
            const auto& record = r.records[static_cast<std::size_t>(i)];
            const auto n = std::to_string(i);
            all_right =
                all_right && record.line == 2 + 2 * i
                && record.fields == Fields{"2026-11-02", "C-" + n, "say \"" + n + "\"\nthen ;"};
        }
        CHECK(all_right);
        CHECK(r.bytes == text.size());
    }
}

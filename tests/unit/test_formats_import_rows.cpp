#include <peer/formats/import_rows.hpp>

#include "scratch.hpp"

#include <doctest/doctest.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

using namespace peer;
using formats::ColumnSpec;
using formats::ImportRow;
using test::ScratchDir;
using Items = std::vector<std::string>;

namespace {

// The columns of a log import, and a list column as a catalogue has.
enum Column { date, code, mode, patients, note, tags };
constexpr std::array<ColumnSpec, 6> k_columns{{{"date", true, false},
                                               {"code", true, false},
                                               {"mode", true, false},
                                               {"patients", false, false},
                                               {"note", false, false},
                                               {"tags", false, true}}};

struct Read {
    bool opened = false;
    std::vector<ImportRow> rows;
    Diagnostics diagnostics;
    std::uint64_t bytes = 0;
    Text column_name;
};

// Writes `text` to a file called `name` and reads every row of it.
Read read_rows(const ScratchDir& scratch, const std::string& name, const std::string& text)
{
    const auto path = scratch / name;
    test::write_file(path, text);
    Read out;
    auto source = formats::open_rows(path, k_columns, "entry", Encoding::utf8, out.diagnostics);
    out.opened = source != nullptr;
    if (source) {
        ImportRow row;
        while (source->next(row)) {
            out.rows.push_back(row);
        }
        out.bytes = source->bytes_read();
        out.column_name = source->column_name("note");
        CHECK(source->file() == path.string());
    }
    return out;
}

// The one diagnostic there is: its id, line and column, in both languages.
const Diagnostic& only(const Read& read, std::string_view id, int line, int column = -1)
{
    REQUIRE(read.diagnostics.size() == 1);
    const auto& d = read.diagnostics[0];
    CHECK(d.severity == Severity::error);
    CHECK(d.id == id);
    REQUIRE(d.where.has_value());
    CHECK(d.where->line == line);
    if (column >= 0) {
        CHECK(d.where->column == column);
    }
    CHECK_FALSE(d.message.en.empty());
    CHECK_FALSE(d.message.sv.empty());
    return d;
}

std::optional<std::string> none()
{
    return std::nullopt;
}

} // namespace

TEST_SUITE("formats::import_rows")
{
    TEST_CASE("split_list drops empty items and the spaces around each")
    {
        CHECK(formats::split_list("a, b,c") == Items{"a", "b", "c"});
        CHECK(formats::split_list(" a ,, ,b,") == Items{"a", "b"});
        CHECK(formats::split_list("").empty());
        CHECK(formats::split_list(" , ").empty());
    }

    TEST_CASE("CSV: the header names the columns, in any case and order, and lists are split")
    {
        ScratchDir scratch;
        const auto r = read_rows(scratch, "log.csv",
                                 " Code ;DATE;mode;Tags;note\n"
                                 "SUR-1;2026-11-03;perform; wound , asepsis ;\n"
                                 "\n"
                                 "SUR-2;2026-11-04;observe;;  Dressed  \n");
        REQUIRE(r.opened);
        CHECK(r.diagnostics.empty());
        REQUIRE(r.rows.size() == 2);
        CHECK(r.rows[0].line == 2);
        CHECK(r.rows[0].values[code] == "SUR-1");
        CHECK(r.rows[0].values[date] == "2026-11-03");
        CHECK(r.rows[0].values[patients] == none());
        CHECK(r.rows[0].values[note] == none()); // an empty cell is absent
        CHECK(r.rows[0].lists[tags] == Items{"wound", "asepsis"});
        CHECK(r.rows[1].line == 4);
        CHECK(r.rows[1].values[note] == "Dressed");
        CHECK(r.rows[1].lists[tags].empty());
        CHECK(r.column_name.en == "column `note`");
        CHECK(r.column_name.sv == "kolumnen `note`");
    }

    TEST_CASE("CSV: unknown, repeated and missing columns are reported at the header")
    {
        ScratchDir scratch;
        SUBCASE("an unknown column, with the nearest known one")
        {
            const auto r =
                read_rows(scratch, "log.csv", "date,code,mode,notes\n2026-11-03,A,perform,x\n");
            const auto& d = only(r, "FMT-KEY", 1);
            CHECK(d.message.en == "unknown column `notes`; did you mean `note`?");
            CHECK(d.message.sv == "okänd kolumn `notes`; menade du `note`?");
            CHECK(r.rows.empty());
        }
        SUBCASE("a column twice")
        {
            const auto r = read_rows(scratch, "log.csv", "date,code,mode,Code\n");
            only(r, "FMT-DUPLICATE", 1);
        }
        SUBCASE("a required column missing")
        {
            const auto r = read_rows(scratch, "log.csv", "date,code,note\n2026-11-03,A,x\n");
            const auto& d = only(r, "FMT-REQUIRED", 1);
            CHECK(d.message.en == "the required column `mode` is missing from the header");
            CHECK(r.rows.empty());
        }
    }

    TEST_CASE("TOML: each table of the array is a row, at the line of its header")
    {
        ScratchDir scratch;
        const auto r = read_rows(scratch, "log.toml",
                                 "# A log\n"
                                 "[[entry]]\n"
                                 "date = 2026-11-03\n"
                                 "code = \"SUR-1\"\n"
                                 "mode = \"perform\"\n"
                                 "patients = 2\n"
                                 "tags = [\"wound\", \"asepsis\"]\n"
                                 "\n"
                                 "[[entry]]\n"
                                 "Date = \"2026-11-04\"\n"
                                 "code = \"SUR-2\"\n"
                                 "mode = \"observe\"\n"
                                 "note = \"  \"\n");
        REQUIRE(r.opened);
        CHECK(r.diagnostics.empty());
        REQUIRE(r.rows.size() == 2);
        CHECK(r.rows[0].line == 2);
        CHECK(r.rows[0].values[date] == "2026-11-03"); // a TOML date, as text
        CHECK(r.rows[0].values[code] == "SUR-1");
        CHECK(r.rows[0].values[patients] == "2"); // an integer, as text
        CHECK(r.rows[0].values[tags] == "wound, asepsis");
        CHECK(r.rows[0].lists[tags] == Items{"wound", "asepsis"});
        CHECK(r.rows[0].values[note] == none());
        CHECK(r.rows[1].line == 9);
        CHECK(r.rows[1].values[date] == "2026-11-04");
        CHECK(r.rows[1].values[note] == none()); // only spaces: absent
        CHECK(r.column_name.en == "`note`");
        CHECK(r.bytes == test::read_file(scratch / "log.toml").size());
    }

    TEST_CASE("TOML: a bad row is reported at its key or value, and the rows after it are read")
    {
        ScratchDir scratch;
        const std::string good = "[[entry]]\ndate = 2026-11-03\ncode = \"A\"\nmode = \"perform\"\n";
        SUBCASE("an unknown key, with the nearest known one")
        {
            const auto r = read_rows(scratch, "log.toml",
                                     "[[entry]]\ndate = 2026-11-02\n  notes = \"x\"\n" + good);
            const auto& d = only(r, "FMT-KEY", 3, 3);
            CHECK(d.message.en == "unknown key `notes`; did you mean `note`?");
            CHECK(d.message.sv == "okänd nyckel `notes`; menade du `note`?");
            REQUIRE(r.rows.size() == 1);
            CHECK(r.rows[0].line == 4);
        }
        SUBCASE("a value of another type")
        {
            for (const std::string value : {"1.5", "true", "{ n = 1 }", "[1.5]", "12:00:00"}) {
                CAPTURE(value);
                const auto r =
                    read_rows(scratch, "log.toml", "[[entry]]\npatients = " + value + "\n" + good);
                const auto& d = only(r, "FMT-TYPE", 2, 12);
                CHECK(d.message.en == "`patients` must be a single value");
                CHECK(d.message.sv == "`patients` ska vara ett enda värde");
                REQUIRE(r.rows.size() == 1);
                CHECK(r.rows[0].line == 3);
            }
        }
        SUBCASE("a list of something else than text")
        {
            const auto r = read_rows(scratch, "log.toml", "[[entry]]\ntags = [true]\n" + good);
            const auto& d = only(r, "FMT-TYPE", 2, 8);
            CHECK(d.message.en == "`tags` must be an array of strings");
            CHECK(r.rows.size() == 1);
        }
        SUBCASE("an item of the array that is not a table")
        {
            const auto r =
                read_rows(scratch, "log.toml",
                          "entry = [\n  { date = 2026-11-03, code = \"A\", mode = \"perform\" },\n"
                          "  \"a stray text\",\n]\n");
            const auto& d = only(r, "FMT-TYPE", 3, 3);
            CHECK(d.message.en.find("entry[1]") != std::string::npos);
            REQUIRE(r.rows.size() == 1);
            CHECK(r.rows[0].line == 2);
        }
    }

    TEST_CASE("TOML: a broken file gives no rows and a positioned error")
    {
        ScratchDir scratch;
        SUBCASE("syntax")
        {
            const auto r = read_rows(scratch, "log.toml", "[[entry]]\ndate = \n");
            only(r, "FMT-SYNTAX", 2);
            CHECK(r.rows.empty());
        }
        SUBCASE("no array of the table's name")
        {
            const auto r = read_rows(scratch, "log.toml", "[[activity]]\ncode = \"A\"\n");
            REQUIRE(r.diagnostics.size() == 2);
            CHECK(r.diagnostics[0].id == "FMT-REQUIRED");
            CHECK(r.diagnostics[0].message.en == "`entry` is missing");
            CHECK(r.diagnostics[1].id == "FMT-KEY");
            CHECK(r.diagnostics[1].where->line == 1);
            CHECK(r.rows.empty());
        }
        SUBCASE("not UTF-8")
        {
            const auto r = read_rows(scratch, "log.toml", "[[entry]]\nnote = \"G\xE4vle\"\n");
            only(r, "FMT-ENCODING", 2);
            CHECK(r.rows.empty());
        }
    }

    TEST_CASE("JSON Lines: each object is a row at its line, and empty lines count but give none")
    {
        ScratchDir scratch;
        const auto r = read_rows(
            scratch, "log.jsonl",
            "{\"date\": \"2026-11-03\", \"code\": \"SUR-1\", \"mode\": \"perform\", \"patients\": "
            "3,"
            " \"tags\": [\"wound\", \"asepsis\"]}\n"
            "\n"
            "   \r\n"
            "{\"DATE\": \"2026-11-04\", \"code\": \"SUR-2\", \"mode\": \"observe\", \"note\": null,"
            " \"patients\": \" \"}\r\n"
            "{\"date\": \"2026-11-05\", \"code\": \"SUR-3\", \"mode\": \"perform\", \"note\": "
            "\"Såret\"}");
        REQUIRE(r.opened);
        CHECK(r.diagnostics.empty());
        REQUIRE(r.rows.size() == 3);
        CHECK(r.rows[0].line == 1);
        CHECK(r.rows[0].values[patients] == "3");
        CHECK(r.rows[0].values[tags] == "wound, asepsis");
        CHECK(r.rows[0].lists[tags] == Items{"wound", "asepsis"});
        CHECK(r.rows[1].line == 4);
        CHECK(r.rows[1].values[date] == "2026-11-04");
        CHECK(r.rows[1].values[note] == none());     // null: absent
        CHECK(r.rows[1].values[patients] == none()); // only spaces: absent
        CHECK(r.rows[2].line == 5);                  // no final line end
        CHECK(r.rows[2].values[note] == "Såret");
        CHECK(r.column_name.en == "`note`");
        CHECK(r.bytes == test::read_file(scratch / "log.jsonl").size());
    }

    TEST_CASE("JSON Lines: a bad line is reported at its line, and the lines after it are read")
    {
        ScratchDir scratch;
        const std::string good =
            "{\"date\": \"2026-11-03\", \"code\": \"A\", \"mode\": \"perform\"}\n";
        SUBCASE("not JSON, or not an object")
        {
            // Each at the column where the parser stopped, with its reason.
            const std::array<std::pair<std::string, std::string>, 4> lines{{
                {"{\"date\": ", "the line is not valid JSON here (unexpected end of input;"},
                {"[1, 2]", "the line is JSON but not an object"},
                {"\"text\"", "the line is JSON but not an object"},
                {"{} {}",
                 "the line is not valid JSON here (unexpected '{'; expected end of input)"},
            }};
            const std::array columns{10, 1, 1, 4};
            for (std::size_t i = 0; i < lines.size(); ++i) {
                // Not a structured binding: clang 14 lets no lambda (CAPTURE's) refer to one.
                const auto& line = lines.at(i).first;
                const auto& message = lines.at(i).second;
                CAPTURE(line);
                const auto r = read_rows(scratch, "log.jsonl", good + line + "\n" + good);
                const auto& d = only(r, "FMT-SYNTAX", 2);
                CHECK(d.message.en.starts_with(message));
                CHECK(d.where->column == columns.at(i));
                REQUIRE(r.rows.size() == 2);
                CHECK(r.rows[1].line == 3);
            }
        }
        SUBCASE("an unknown key, with the nearest known one")
        {
            const auto r = read_rows(scratch, "log.jsonl", "{\"patient\": 2}\n" + good);
            const auto& d = only(r, "FMT-KEY", 1);
            CHECK(d.message.en == "unknown key `patient`; did you mean `patients`?");
            REQUIRE(r.rows.size() == 1);
            CHECK(r.rows[0].line == 2);
        }
        SUBCASE("a value of the wrong type")
        {
            for (const std::string value : {"1.5", "true", "{}", "[\"a\"]"}) {
                CAPTURE(value);
                const auto r =
                    read_rows(scratch, "log.jsonl", good + "{\"patients\": " + value + "}\n");
                const auto& d = only(r, "FMT-TYPE", 2);
                CHECK(d.message.en == "`patients` has a value of the wrong type");
                CHECK(d.message.sv == "`patients` har ett värde av fel typ");
                CHECK(r.rows.size() == 1);
            }
            const auto r = read_rows(scratch, "log.jsonl", "{\"tags\": [\"a\", 1.5]}\n");
            only(r, "FMT-TYPE", 1);
        }
        SUBCASE("a byte that is not UTF-8, at its line and column")
        {
            const auto r =
                read_rows(scratch, "log.jsonl", good + "{\"note\": \"G\xE4vle\"}\n" + good);
            const auto& d = only(r, "FMT-ENCODING", 2, 12);
            CHECK(d.message.en.find("0xE4") != std::string::npos);
            CHECK(r.rows.size() == 2);
        }
    }

    TEST_CASE("a file is opened by its ending, and one that is missing or unknown is reported")
    {
        ScratchDir scratch;
        SUBCASE("endings in any case")
        {
            const std::string line =
                "{\"date\": \"2026-11-03\", \"code\": \"A\", \"mode\": \"perform\"}\n";
            CHECK(read_rows(scratch, "log.JSONL", line).rows.size() == 1);
            CHECK(read_rows(scratch, "log.ndjson", line).rows.size() == 1);
            CHECK(read_rows(scratch, "log.TSV", "date\tcode\tmode\n2026-11-03\tA\tperform\n")
                      .rows.size()
                  == 1);
        }
        SUBCASE("a missing file")
        {
            Diagnostics out;
            CHECK(formats::open_rows(scratch / "none.csv", k_columns, "entry", Encoding::utf8, out)
                  == nullptr);
            REQUIRE(out.size() == 1);
            CHECK(out[0].message.en.find("cannot read") == 0);
        }
        SUBCASE("an unknown ending")
        {
            const auto r = read_rows(scratch, "log.xlsx", "PK");
            CHECK_FALSE(r.opened);
            REQUIRE(r.diagnostics.size() == 1);
            CHECK(r.diagnostics[0].message.en.find("use .csv, .toml or .jsonl")
                  != std::string::npos);
        }
    }
}

#include "access.hpp"
#include "scratch.hpp"

#include <peer/core/error.hpp>
#include <peer/journal/health.hpp>
#include <peer/journal/journal.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <stdexcept>
#include <string>

using peer::JournalError;
using peer::journal::Journal;
using peer::journal::OpenMode;
using peer::test::ScratchDir;

namespace {

unsigned mode_of(const std::filesystem::path& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777U;
}

std::int64_t count_rows(Journal& journal, const char* table)
{
    std::int64_t rows = 0;
    peer::journal::Access::read(journal, [&](SQLite::Database& database) {
        rows = database.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64();
    });
    return rows;
}

} // namespace

TEST_SUITE("journal::Journal")
{
    TEST_CASE("a new journal is created private, in WAL mode, at the latest schema")
    {
        ScratchDir scratch;
        const auto path = scratch / "nested/deeper/journal.db";
        Journal journal(path, OpenMode::create);

        CHECK(journal.was_created());
        CHECK(journal.opened_at_version() == 0);
        CHECK(journal.schema_version() == peer::journal::latest_schema_version());
        CHECK(mode_of(path) == 0600);
        CHECK(mode_of(scratch / "nested") == 0700);
        CHECK(mode_of(scratch / "nested/deeper") == 0700);

        const auto health = peer::journal::check_health(journal);
        CHECK(health.healthy());
        CHECK(health.journal_mode == "wal");
        CHECK_FALSE(health.tables.empty());
    }

    TEST_CASE("reopening an existing journal keeps it and creates nothing")
    {
        ScratchDir scratch;
        const auto path = scratch / "journal.db";
        {
            Journal journal(path, OpenMode::create);
            peer::journal::Access::write(journal, [](SQLite::Database& database) {
                database.exec("INSERT INTO journal_meta (key, value) VALUES ('owner', 'anna')");
            });
        }
        Journal again(path, OpenMode::existing);
        CHECK_FALSE(again.was_created());
        CHECK(again.opened_at_version() == peer::journal::latest_schema_version());
        CHECK(count_rows(again, "journal_meta") == 1);
    }

    TEST_CASE("a missing journal is refused when it must exist")
    {
        ScratchDir scratch;
        CHECK_THROWS_AS(Journal(scratch / "none.db", OpenMode::existing), JournalError);
        CHECK_FALSE(std::filesystem::exists(scratch / "none.db"));
    }

    TEST_CASE("an empty file becomes a journal on create and is refused as existing")
    {
        ScratchDir scratch;
        const auto path = scratch / "empty.db";
        peer::test::write_file(path, "");
        CHECK_THROWS_AS(Journal(path, OpenMode::existing), JournalError);
        Journal journal(path, OpenMode::create);
        CHECK(journal.schema_version() == peer::journal::latest_schema_version());
        CHECK(mode_of(path) == 0600);
    }

    TEST_CASE("schema 7 keeps each allowed text once per record and lets people and placements "
              "have them")
    {
        ScratchDir scratch;
        const auto path = scratch / "journal.db";
        {
            Journal journal(path, OpenMode::create);
        }
        {
            SQLite::Database database(path.string(), SQLite::OPEN_READWRITE);
            database.exec(R"(
                DROP TABLE allowed_identifier;
                CREATE TABLE allowed_identifier (
                    id INTEGER PRIMARY KEY, text TEXT NOT NULL,
                    record_kind TEXT NOT NULL CHECK (record_kind IN ('reflection', 'feedback',
                        'briefing', 'note', 'activity')),
                    record_uuid TEXT NOT NULL,
                    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
                INSERT INTO allowed_identifier (text, record_kind, record_uuid) VALUES
                    ('070-174 06 05', 'note', 'u1'), ('070-174 06 05', 'note', 'u1'),
                    ('070-174 06 05', 'note', 'u2');
                ALTER TABLE placement DROP COLUMN assessment_form;
                DROP TABLE assessment_evidence; DROP TABLE assessment_judgement;
                DROP TABLE assessment; DROP TABLE individual_plan;
                DROP TABLE introduction;
                PRAGMA user_version = 6;)");
        }
        Journal journal(path, OpenMode::existing);
        CHECK(journal.opened_at_version() == 6);
        CHECK(journal.schema_version() == peer::journal::latest_schema_version());
        std::int64_t rows = 0;
        peer::journal::Access::write(journal, [&](SQLite::Database& database) {
            rows = database.execAndGet("SELECT count(*) FROM allowed_identifier").getInt64();
            database.exec("INSERT INTO allowed_identifier (text, record_kind, record_uuid) "
                          "VALUES ('x', 'person', 'u3'), ('x', 'placement', 'u4')");
            CHECK_THROWS(database.exec("INSERT INTO allowed_identifier (text, record_kind, "
                                       "record_uuid) VALUES ('070-174 06 05', 'note', 'u1')"));
        });
        CHECK(rows == 2);
    }

    TEST_CASE("schema 8 gives placements an assessment form, none for those already there")
    {
        ScratchDir scratch;
        const auto path = scratch / "journal.db";
        {
            Journal journal(path, OpenMode::create);
        }
        {
            SQLite::Database database(path.string(), SQLite::OPEN_READWRITE);
            database.exec(R"(
                DROP TABLE assessment_evidence; DROP TABLE assessment_judgement;
                DROP TABLE assessment; DROP TABLE individual_plan;
                DROP TABLE introduction;
                ALTER TABLE placement DROP COLUMN assessment_form;
                INSERT INTO placement (uuid, handle, course, title, university, level,
                                       programme_term, field, unit, start_date, end_date)
                    VALUES ('u1', 'ht26', 'C', 'T', 'U', 'basic', 3, 'f', 'u', '2026-11-02',
                            '2026-12-18');
                PRAGMA user_version = 7;)");
        }
        Journal journal(path, OpenMode::existing);
        CHECK(journal.opened_at_version() == 7);
        peer::journal::Access::write(journal, [&](SQLite::Database& database) {
            CHECK(database.execAndGet("SELECT assessment_form IS NULL FROM placement").getInt()
                  == 1);
            CHECK_THROWS(database.exec("UPDATE placement SET assessment_form = '{not json'"));
        });
    }

    TEST_CASE("a journal from a newer peer is refused and left byte for byte")
    {
        ScratchDir scratch;
        const auto path = scratch / "journal.db";
        {
            Journal journal(path, OpenMode::create);
        }
        {
            SQLite::Database database(path.string(), SQLite::OPEN_READWRITE);
            database.exec("PRAGMA user_version = 999");
        }
        const auto before = peer::test::read_file(path);
        SUBCASE("as existing")
        {
            CHECK_THROWS_AS(Journal(path, OpenMode::existing), JournalError);
        }
        SUBCASE("on create")
        {
            CHECK_THROWS_AS(Journal(path, OpenMode::create), JournalError);
        }
        CHECK(peer::test::read_file(path) == before);
    }

    TEST_CASE("a file that is not a peer journal is refused and left as it was")
    {
        ScratchDir scratch;
        const auto path = scratch / "notes.txt";
        SUBCASE("a text file")
        {
            peer::test::write_file(path, "Shopping list: milk, bread, and a much longer line of "
                                         "text so that SQLite reads a whole header's worth.\n");
        }
        SUBCASE("another program's SQLite database")
        {
            SQLite::Database database(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            database.exec("CREATE TABLE recipes (name TEXT)");
        }
        const auto before = peer::test::read_file(path);
        CHECK_THROWS_AS(Journal(path, OpenMode::create), JournalError);
        CHECK(peer::test::read_file(path) == before);
    }

    TEST_CASE("a directory in the journal's place is refused with a message naming it")
    {
        ScratchDir scratch;
        try {
            Journal journal(scratch.path(), OpenMode::create);
            FAIL("a directory was accepted as a journal");
        } catch (const JournalError& failure) {
            CHECK(failure.message().en.find(scratch.path().string()) != std::string::npos);
            CHECK(failure.message().sv.find("katalog") != std::string::npos);
        }
    }

    TEST_CASE("an unwritable place is refused with a message naming the path")
    {
        ScratchDir scratch;
        peer::test::write_file(scratch / "file", "not a directory");
        const auto path = scratch / "file" / "journal.db";
        try {
            Journal journal(path, OpenMode::create);
            FAIL("a journal was created under a regular file");
        } catch (const JournalError& failure) {
            CHECK(failure.message().en.find((scratch / "file").string()) != std::string::npos);
        }
    }

    TEST_CASE("a write transaction commits all or nothing")
    {
        auto journal = Journal::in_memory();
        peer::journal::Access::write(journal, [](SQLite::Database& database) {
            database.exec("INSERT INTO journal_meta (key, value) VALUES ('owner', 'anna')");
        });
        CHECK(count_rows(journal, "journal_meta") == 1);

        SUBCASE("an exception from the work rolls back")
        {
            CHECK_THROWS_AS(
                peer::journal::Access::write(
                    journal,
                    [](SQLite::Database& database) {
                        database.exec(
                            "INSERT INTO journal_meta (key, value) VALUES ('term', 'ht26')");
                        throw std::runtime_error("the command failed half-way");
                    }),
                std::runtime_error);
        }
        SUBCASE("an SQLite failure rolls back and becomes a journal error")
        {
            CHECK_THROWS_AS(
                peer::journal::Access::write(
                    journal,
                    [](SQLite::Database& database) {
                        database.exec(
                            "INSERT INTO journal_meta (key, value) VALUES ('term', 'ht26')");
                        database.exec(
                            "INSERT INTO journal_meta (key, value) VALUES ('owner', 'bea')");
                    }),
                JournalError);
        }
        CHECK(count_rows(journal, "journal_meta") == 1);
    }

    TEST_CASE("writes inside a write join it: the whole use case lands or none of it")
    {
        auto journal = Journal::in_memory();
        const auto insert = [&](const char* key) {
            peer::journal::Access::write(journal, [&](SQLite::Database& database) {
                SQLite::Statement statement(
                    database, "INSERT INTO journal_meta (key, value) VALUES (?, 'x')");
                statement.bind(1, key);
                statement.exec();
            });
        };
        SUBCASE("both inner writes commit with the outer one")
        {
            journal.write([&] {
                insert("owner");
                insert("term");
            });
            CHECK(count_rows(journal, "journal_meta") == 2);
        }
        SUBCASE("a failure after an inner write rolls the inner write back too")
        {
            CHECK_THROWS_AS(journal.write([&] {
                insert("owner");
                insert("owner"); // the key is taken: SQLite refuses
            }),
                            JournalError);
            CHECK(count_rows(journal, "journal_meta") == 0);
        }
        SUBCASE("an inner write_if that says no undoes only its own part")
        {
            journal.write([&] {
                insert("owner");
                CHECK_FALSE(journal.write_if([&] {
                    insert("term");
                    return false;
                }));
            });
            CHECK(count_rows(journal, "journal_meta") == 1);
        }
        SUBCASE("an inner failure that the outer work handles leaves the outer work")
        {
            journal.write([&] {
                insert("owner");
                CHECK_THROWS_AS(insert("owner"), JournalError);
                insert("term");
            });
            CHECK(count_rows(journal, "journal_meta") == 2);
        }
    }

    TEST_CASE("a write the disk has no room for is a journal error that says what to do, and "
              "leaves the journal as it was")
    {
        ScratchDir scratch;
        const auto path = scratch / "journal.db";
        Journal journal(path, OpenMode::create);
        peer::journal::Access::write(journal, [](SQLite::Database& database) {
            database.exec("INSERT INTO journal_meta (key, value) VALUES ('owner', 'anna')");
        });
        // The disk is full: the journal may not grow by a single page.
        peer::journal::Access::read(journal, [](SQLite::Database& database) {
            const auto pages = database.execAndGet("PRAGMA page_count").getInt64();
            database.execAndGet("PRAGMA max_page_count = " + std::to_string(pages));
        });
        const std::string big(256 * 1024, 'x');
        const auto insert = [&](const char* key, const std::string& value) {
            peer::journal::Access::write(journal, [&](SQLite::Database& database) {
                SQLite::Statement statement(database,
                                            "INSERT INTO journal_meta (key, value) VALUES (?, ?)");
                statement.bind(1, key);
                statement.bind(2, value);
                statement.exec();
            });
        };
        bool small_written = false;
        try {
            journal.write([&] {
                insert("term", "ht26"); // fits in a page the journal has
                small_written = true;
                insert("notes", big);
            });
            FAIL("a write larger than the room left succeeded");
        } catch (const JournalError& failure) {
            CAPTURE(failure.message().en);
            CAPTURE(failure.message().sv);
            CHECK(failure.code() == peer::ExitCode::journal_unusable);
            const auto has = [](const std::string& text, const std::string& part) {
                return text.find(part) != std::string::npos;
            };
            CHECK(has(failure.message().en, path.string()));
            CHECK(has(failure.message().en, "full"));
            CHECK(has(failure.message().en, "free some space"));
            CHECK(has(failure.message().en, "nothing of this command was saved"));
            CHECK(has(failure.message().sv, path.string()));
            CHECK(has(failure.message().sv, "full"));
            CHECK(has(failure.message().sv, "frigör utrymme"));
            CHECK(has(failure.message().sv, "inget från det här kommandot sparades"));
        }
        CHECK(small_written);
        // What was there before is there; nothing of the failed write is, not even its first part.
        const auto keys = [&] {
            std::string out;
            peer::journal::Access::read(journal, [&](SQLite::Database& database) {
                SQLite::Statement query(database, "SELECT key FROM journal_meta ORDER BY key");
                while (query.executeStep()) {
                    out += query.getColumn(0).getString() + ";";
                }
            });
            return out;
        };
        CHECK(keys() == "owner;");
        CHECK(peer::journal::check_health(journal).healthy());

        // With room again, the same write succeeds, and another peer sees it all.
        peer::journal::Access::read(journal, [](SQLite::Database& database) {
            database.execAndGet("PRAGMA max_page_count = 1073741823");
        });
        journal.write([&] {
            insert("term", "ht26");
            insert("notes", big);
        });
        Journal again(path, OpenMode::existing);
        CHECK(count_rows(again, "journal_meta") == 3);
        CHECK(peer::journal::check_health(again).healthy());
    }

    TEST_CASE("foreign keys are enforced")
    {
        auto journal = Journal::in_memory();
        CHECK_THROWS_AS(peer::journal::Access::write(
                            journal,
                            [](SQLite::Database& database) {
                                database.exec(
                                    "INSERT INTO pair (uuid, placement_id) VALUES ('u1', 42)");
                            }),
                        JournalError);
    }
}

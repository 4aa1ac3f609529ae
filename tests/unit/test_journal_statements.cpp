// The statement cache of the journal's connection (lib/journal/connection.hpp).

#include "access.hpp"

#include <peer/core/error.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/batch.hpp>
#include <peer/journal/journal.hpp>

#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace peer;
using journal::Access;
using journal::Connection;

namespace {

std::vector<std::string> words(Connection& connection, const char* sql)
{
    std::vector<std::string> out;
    auto query = connection.statement(sql);
    while (query->executeStep()) {
        out.push_back(query->getColumn(0).getString());
    }
    return out;
}

std::size_t prepared(const journal::Journal& j)
{
    std::size_t n = 0;
    Access::read(j, [&](Connection& c) { n = c.statements().prepared(); });
    return n;
}

constexpr const char* k_words = "SELECT value FROM json_each('[\"a\", \"b\", \"c\"]') ORDER BY key";

model::Activity activity(int i)
{
    model::Activity a;
    a.code = "BENCH-" + std::to_string(i);
    a.title = "Activity " + std::to_string(i);
    a.outcomes = {"LO3", "LO1"};
    a.tags = {"b", "a"};
    return a;
}

model::Activity changed(int i)
{
    auto a = activity(i);
    a.what = "changed";
    a.tags = {"c"};
    return a;
}

} // namespace

TEST_SUITE("journal::connection")
{
    TEST_CASE("a statement asked for again is the one prepared, and gives the same rows")
    {
        auto j = journal::Journal::in_memory();
        const auto before = prepared(j);
        Access::read(j, [&](Connection& c) {
            const std::vector<std::string> abc{"a", "b", "c"};
            CHECK(words(c, k_words) == abc);
            CHECK(c.statements().prepared() == before + 1);
            CHECK(words(c, k_words) == abc);
            CHECK(words(c, k_words) == abc);
            CHECK(c.statements().prepared() == before + 1);
        });
    }

    TEST_CASE("a statement comes back reset, with its bindings cleared")
    {
        auto j = journal::Journal::in_memory();
        Access::read(j, [&](Connection& c) {
            {
                // Left after its first row: the next use starts from the first row again.
                auto q = c.statement(k_words);
                REQUIRE(q->executeStep());
                CHECK(q->getColumn(0).getString() == "a");
            }
            CHECK(words(c, k_words) == std::vector<std::string>{"a", "b", "c"});
            {
                auto q = c.statement("SELECT ?1");
                q->bind(1, 42);
                REQUIRE(q->executeStep());
                CHECK(q->getColumn(0).getInt() == 42);
            }
            auto q = c.statement("SELECT ?1");
            REQUIRE(q->executeStep());
            CHECK(q->getColumn(0).isNull());
        });
    }

    TEST_CASE("the same statement used inside its own loop gets a second one")
    {
        auto j = journal::Journal::in_memory();
        const auto before = prepared(j);
        Access::read(j, [&](Connection& c) {
            std::vector<std::string> pairs;
            auto outer = c.statement(k_words);
            while (outer->executeStep()) {
                const auto first = outer->getColumn(0).getString();
                for (const auto& second : words(c, k_words)) {
                    pairs.push_back(first + second);
                }
            }
            CHECK(
                pairs
                == std::vector<std::string>{"aa", "ab", "ac", "ba", "bb", "bc", "ca", "cb", "cc"});
            CHECK(c.statements().prepared() == before + 2);
        });
        // Both are kept and lent again, neither is prepared anew.
        Access::read(j, [&](Connection& c) {
            auto outer = c.statement(k_words);
            REQUIRE(outer->executeStep());
            CHECK(words(c, k_words).size() == 3);
            CHECK(outer->getColumn(0).getString() == "a");
            REQUIRE(outer->executeStep());
            CHECK(outer->getColumn(0).getString() == "b");
            CHECK(c.statements().prepared() == before + 2);
        });
    }

    TEST_CASE("a statement that failed is ready for its next use")
    {
        auto j = journal::Journal::in_memory();
        const char* insert = "INSERT INTO journal_meta (key, value) VALUES (?, 'x')";
        Access::write(j, [&](Connection& c) {
            auto q = c.statement(insert);
            q->bind(1, "k");
            q->exec();
        });
        CHECK_THROWS_AS(Access::write(j,
                                      [&](Connection& c) {
                                          auto q = c.statement(insert);
                                          q->bind(1, "k");
                                          q->exec(); // the key is taken
                                      }),
                        JournalError);
        Access::write(j, [&](Connection& c) {
            auto q = c.statement(insert);
            q->bind(1, "l");
            q->exec();
        });
        Access::read(j, [&](Connection& c) {
            CHECK(c.execAndGet("SELECT count(*) FROM journal_meta WHERE key IN ('k', 'l')").getInt()
                  == 2);
        });
    }

    TEST_CASE("a catalogue upsert prepares its statements once, however many rows")
    {
        auto j = journal::Journal::in_memory();
        const auto before = prepared(j);
        const auto upsert_all = [&](int from, int to) {
            journal::write_catalogue(j, [&](journal::CatalogueBatch& batch) {
                for (int i = from; i < to; ++i) {
                    CHECK(batch.upsert(activity(i)) == journal::ActivitySaved::added);
                }
                for (int i = from; i < to; ++i) {
                    CHECK(batch.upsert(activity(i)) == journal::ActivitySaved::unchanged);
                }
                for (int i = from; i < to; ++i) {
                    CHECK(batch.upsert(changed(i)) == journal::ActivitySaved::updated);
                }
                return true;
            });
        };
        upsert_all(0, 1); // each way through the upsert once
        // Its statements went through the cache: the query, the insert, the two lists' inserts
        // at least.
        const auto after_one = prepared(j);
        CHECK(after_one >= before + 4);
        upsert_all(1, 50);
        CHECK(prepared(j) == after_one);
        CHECK(journal::find_activity(j, "BENCH-7") == changed(7));
    }
}

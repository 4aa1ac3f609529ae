#include "fixtures.hpp"
#include "journals.hpp"

#include <peer/app/deletion.hpp>
#include <peer/journal/deletion.hpp>
#include <peer/journal/writing.hpp>

#include <doctest/doctest.h>

using namespace peer;

namespace {

model::Feedback feedback_from(const std::string& author, const std::string& recipient)
{
    model::Feedback f;
    f.author = author;
    f.recipient = recipient;
    f.date = test::date("2026-11-05");
    f.answers = {"Calm voice", "Morning round", "Pace", "Pause between questions"};
    return f;
}

} // namespace

TEST_SUITE("app::deletion")
{
    TEST_CASE("feedback the owner gave is withdrawn and leaves its tombstone")
    {
        auto j = test::alis_journal();
        auto f = feedback_from("ali", "bea");
        journal::save_feedback(j, f, {});
        const auto deleted = app::delete_record(j, {journal::RecordKind::feedback, 1});
        REQUIRE(deleted);
        CHECK(test::count(j, "SELECT count(*) FROM feedback") == 0);
        const auto tombstones = journal::list_tombstones(j);
        REQUIRE(tombstones.size() == 1);
        CHECK(tombstones[0].uuid == f.uuid);
        CHECK(tombstones[0].kind == journal::RecordKind::feedback);
    }

    TEST_CASE("feedback given to the owner is not the owner's to withdraw")
    {
        auto j = test::alis_journal();
        auto f = feedback_from("bea", "ali");
        journal::save_feedback(j, f, {});
        const auto deleted = app::delete_record(j, {journal::RecordKind::feedback, 1});
        REQUIRE_FALSE(deleted);
        CHECK(deleted.problem().code == ExitCode::invalid_data);
        REQUIRE(deleted.problem().diagnostics.size() == 1);
        CHECK(deleted.problem().diagnostics[0].message.en
              == "feedback 1 was given to you by bea: only its author can withdraw it");
        CHECK(test::count(j, "SELECT count(*) FROM feedback") == 1);
        CHECK(journal::list_tombstones(j).empty());
    }

    TEST_CASE("a record that is not there is a problem and nothing changes")
    {
        auto j = test::alis_journal();
        const auto deleted = app::delete_record(j, {journal::RecordKind::log_entry, 4});
        REQUIRE_FALSE(deleted);
        REQUIRE(deleted.problem().diagnostics.size() == 1);
        CHECK(deleted.problem().diagnostics[0].message.en
              == "there is no log entry 4; see `peer activity history`");
        CHECK(journal::list_tombstones(j).empty());
    }
}

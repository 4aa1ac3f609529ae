#include "access.hpp"
#include "text_guard.hpp"

#include <peer/core/error.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/assessments.hpp>
#include <peer/journal/batch.hpp>
#include <peer/journal/deletion.hpp>
#include <peer/journal/writing.hpp>

#include "fixtures.hpp"
#include "journals.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace peer;

namespace {

constexpr const char* k_phone = "ring 070-123 45 67";

struct Column {
    std::string table;
    std::string name;
    std::string type;
};

std::vector<Column> columns_of_schema(journal::Journal& journal)
{
    std::vector<Column> out;
    journal::Access::read(journal, [&](SQLite::Database& db) {
        SQLite::Statement query(db, R"(
            SELECT t.name, c.name, c.type FROM pragma_table_list AS t
            JOIN pragma_table_info(t.name) AS c
            WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite%'
            ORDER BY t.name, c.cid)");
        while (query.executeStep()) {
            out.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                           query.getColumn(2).getString()});
        }
    });
    return out;
}

// The phone number as the column can hold it: a column of JSON holds it as a JSON string.
std::string phone_for(const Column& column)
{
    return column.table == "placement" && column.name == "assessment_form"
               ? fmt::format("'\"{}\"'", k_phone)
               : fmt::format("'{}'", k_phone);
}

bool unguarded(const Column& column)
{
    return std::ranges::any_of(journal::unguarded_columns(), [&](const auto& u) {
        return (u.table == "*" || u.table == column.table) && u.column == column.name;
    });
}

// A journal with a row in every table, each written as peer writes it where it can be.
journal::Journal journal_with_every_table()
{
    auto j = test::minimal_journal("ali");
    model::Activity wound{"SUR-WOUND-01", "Wound care", "Dressing", "Sterile",
                          "Healing",      {"LO1"},      "Ward 5",   {"wound"}};
    journal::add_activity(j, wound);
    const auto context = journal::log_context(j);
    REQUIRE(context);
    model::LogEntry entry;
    entry.date = test::date("2027-01-20");
    entry.code = "SUR-WOUND-01";
    entry.mode = model::Mode::observe;
    entry.partners = {"bea"};
    entry.note = "Calm";
    entry.observer_steps = {model::ObserverStep::before};
    const auto number = journal::add_log_entry(j, entry, *context, {"19121212-1212"});
    model::Reflection r;
    r.author = "ali";
    r.date = entry.date;
    r.code = entry.code;
    r.answers = {"a", "b", "c", "d", "e", "f"};
    journal::save_reflection(j, r, {});
    model::Feedback f;
    f.author = "ali";
    f.recipient = "bea";
    f.date = entry.date;
    f.answers = {"a", "b", "c", "d"};
    journal::save_feedback(j, f, {});
    model::Briefing b;
    b.author = "ali";
    b.kind = model::BriefingKind::before;
    b.date = entry.date;
    b.code = entry.code;
    b.answers = {"a", "b", "c"};
    journal::save_briefing(j, b, {});
    auto gone = b;
    gone.number = 0;
    journal::save_briefing(j, gone, {});
    journal::delete_record(j, journal::RecordKind::briefing, gone.number);
    model::Introduction intro;
    intro.author = "ali";
    intro.placement = context->placement;
    intro.date = entry.date;
    intro.answers = {"a", "b", "c", "d", "e", "f"};
    journal::save_introduction(j, intro, {});
    model::Assessment assessment;
    assessment.student = "ali";
    assessment.assessor = "ali";
    assessment.placement = context->placement;
    assessment.date = entry.date;
    assessment.overall_level = "met";
    assessment.overall_comment = "on track";
    assessment.judgements = {
        {"com-patient",
         "met",
         "calm",
         {{"log_entry", journal::uuid_of_record(j, "log_entry", number), number}}}};
    journal::save_assessment(j, assessment, {});
    model::IndividualPlan plan;
    plan.student = "ali";
    plan.author = "ali";
    plan.reviewer = "karin";
    plan.placement = context->placement;
    plan.date = plan.due = plan.review_date = plan.reviewed_on = entry.date;
    plan.criteria = {"com-patient"};
    plan.lacking = "a";
    plan.actions = "b";
    plan.outcome = model::PlanOutcome::met;
    plan.review_comment = "c";
    journal::save_plan(j, plan, {});
    journal::Access::write(j, [&](SQLite::Database& db) {
        db.exec(fmt::format("INSERT INTO log_entry_partner (log_entry_id, position, person_id) "
                            "VALUES ({}, 2, (SELECT id FROM person WHERE handle = 'cem'))",
                            number));
        db.exec("INSERT INTO staff_specialist (person_id, field) "
                "SELECT id, 'orthopaedic care' FROM person WHERE handle = 'lena'");
    });
    return j;
}

} // namespace

TEST_SUITE("journal: text guard")
{
    TEST_CASE("every text column of the schema refuses an identifier, on INSERT and UPDATE, "
              "unless it is named unguarded with its reason")
    {
        auto j = journal_with_every_table();
        const auto columns = columns_of_schema(j);
        REQUIRE(columns.size() > 60);
        std::vector<std::string> guarded;
        for (const auto& column : columns) {
            if (column.type == "INTEGER" || column.type == "REAL" || unguarded(column)) {
                continue;
            }
            const auto where = column.table + "." + column.name;
            CAPTURE(where);
            REQUIRE(test::count(j, "SELECT count(*) FROM " + column.table) > 0);
            const auto rows = test::count(j, "SELECT count(*) FROM " + column.table);
            const auto update =
                fmt::format("UPDATE {0} SET {1} = {2} WHERE {1} IS (SELECT {1} FROM {0} LIMIT 1)",
                            column.table, column.name, phone_for(column));
            try {
                journal::Access::write(j, [&](SQLite::Database& db) { db.exec(update); });
                FAIL_CHECK("the update was not refused");
            } catch (const Error& refused) {
                CHECK(refused.code() == ExitCode::invalid_data);
                CHECK(refused.message().en.starts_with(where + ": a phone number '070-123 "));
            }
            std::string names;
            std::string values;
            for (const auto& other : columns) {
                if (other.table == column.table) {
                    names += (names.empty() ? "" : ", ") + other.name;
                    values += (values.empty() ? "" : ", ")
                              + (other.name == column.name ? phone_for(column) : other.name);
                }
            }
            CHECK_THROWS_AS(journal::Access::write(
                                j,
                                [&](SQLite::Database& db) {
                                    db.exec(fmt::format("INSERT INTO {} ({}) SELECT {} FROM "
                                                        "{} LIMIT 1",
                                                        column.table, names, values, column.table));
                                }),
                            Error);
            CHECK(test::count(j, "SELECT count(*) FROM " + column.table) == rows);
            CHECK(test::count(j, fmt::format("SELECT count(*) FROM {} WHERE {} = {}", column.table,
                                             column.name, phone_for(column)))
                  == 0);
            guarded.push_back(where);
        }
        // The free texts a person writes, among them those the guard did not read before.
        for (const auto* free_text :
             {"activity.title", "activity.unit", "activity_tag.tag", "activity_outcome.outcome",
              "person.name", "person.handle", "placement.title", "placement.course",
              "placement.assessment_form", "staff.profession", "staff_specialist.field",
              "pair.reason", "log_entry.note", "reflection.description", "feedback.strength",
              "briefing.who_does_what", "journal_meta.value"}) {
            CAPTURE(free_text);
            CHECK(std::ranges::find(guarded, free_text) != guarded.end());
        }
    }

    TEST_CASE("each unguarded column is in the schema, and each keyword one has its CHECK")
    {
        auto j = journal_with_every_table();
        const auto columns = columns_of_schema(j);
        for (const auto& u : journal::unguarded_columns()) {
            CAPTURE(u.column);
            const auto matching = std::ranges::count_if(columns, [&](const Column& c) {
                return (u.table == "*" || u.table == c.table) && u.column == c.name;
            });
            CHECK(matching > 0);
            if (std::string_view(u.why).find("CHECK") == std::string_view::npos) {
                continue;
            }
            for (const auto& c : columns) {
                if ((u.table == "*" || u.table == c.table) && u.column == c.name) {
                    const auto sql = test::text(j, "SELECT sql FROM sqlite_schema WHERE name = '"
                                                       + c.table + "'");
                    CHECK(sql.find("CHECK (" + c.name) != std::string::npos);
                }
            }
        }
    }

    TEST_CASE("an update that leaves a column as it was does not read it again, and an allowed "
              "identifier passes only while it is allowed")
    {
        auto j = journal_with_every_table();
        journal::Access::write(j, [&](journal::Connection& db) {
            const std::vector<std::string> allowed{"070-123 45 67"};
            const auto allowing = db.guard().allow(allowed);
            db.exec(fmt::format("UPDATE activity SET title = '{}'", k_phone));
        });
        CHECK(test::text(j, "SELECT title FROM activity") == k_phone);
        CHECK_NOTHROW(journal::Access::write(j, [&](SQLite::Database& db) {
            db.exec("UPDATE activity SET title = title, why = 'x'");
        }));
        CHECK_THROWS_AS(journal::Access::write(j,
                                               [&](SQLite::Database& db) {
                                                   db.exec(fmt::format(
                                                       "UPDATE activity SET what = '{}'", k_phone));
                                               }),
                        Error);
    }

    TEST_CASE("a log batch, which writes row after row, refuses an identifier in a note")
    {
        auto j = journal_with_every_table();
        const auto context = journal::log_context(j);
        REQUIRE(context);
        const auto entries = test::count(j, "SELECT count(*) FROM log_entry");
        model::LogEntry entry;
        entry.date = test::date("2027-01-21");
        entry.code = "SUR-WOUND-01";
        entry.partners = {"bea"};
        entry.note = k_phone;
        const auto write = [&](const std::vector<std::string>& allowed) {
            return journal::write_log(j, *context, [&](journal::LogBatch& batch) {
                const auto activity = batch.activity(entry.code);
                REQUIRE(activity);
                return batch.insert(entry, activity->handle, allowed);
            });
        };
        CHECK_THROWS_AS(write({}), Error);
        CHECK(test::count(j, "SELECT count(*) FROM log_entry") == entries);
        CHECK(write({"070-123 45 67"}));
        CHECK(test::count(j, "SELECT count(*) FROM allowed_identifier WHERE record_kind = 'note' "
                             "AND text = '070-123 45 67'")
              == 1);
    }
}

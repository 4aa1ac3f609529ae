// Feedback given and received, and briefings before and after an activity.

#include "access.hpp"
#include "allowed_rows.hpp"
#include "stored.hpp"
#include <peer/core/error.hpp>
#include <peer/core/uuid.hpp>
#include <peer/journal/writing.hpp>

#include "writing_rows.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace peer::journal {

namespace {

constexpr const char* k_select_feedback = R"(
    SELECT f.id, f.uuid, author.handle, f.log_entry_id, coalesce(a.code, ''), f.date,
           recipient.handle, f.strength, f.situation, f.improve, f.how
    FROM feedback f
    JOIN person author ON author.id = f.author_id
    JOIN person recipient ON recipient.id = f.recipient_id
    LEFT JOIN activity a ON a.id = f.activity_id)";

model::Feedback read_feedback(SQLite::Statement& row)
{
    model::Feedback f;
    rows::read_writing(row, f, "feedback");
    f.recipient = row.getColumn(6).getString();
    for (int i = 7; i <= 10; ++i) {
        f.answers.push_back(row.getColumn(i).getString());
    }
    return f;
}

constexpr const char* k_select_briefing = R"(
    SELECT b.id, b.uuid, coalesce(p.handle, ''), b.log_entry_id, coalesce(a.code, ''), b.date,
           b.kind, b.who_does_what, b.observations, b.consequences, b.how_it_went, b.feedback
    FROM briefing b
    LEFT JOIN person p ON p.id = b.author_id
    LEFT JOIN activity a ON a.id = b.activity_id)";

model::Briefing read_briefing(SQLite::Statement& row)
{
    model::Briefing b;
    rows::read_writing(row, b, "briefing");
    b.kind = stored::keyword<model::BriefingKind>(row.getColumn(6), {"briefing", b.number});
    const int first = b.kind == model::BriefingKind::before ? 7 : 10;
    const int last = b.kind == model::BriefingKind::before ? 9 : 11;
    for (int i = first; i <= last; ++i) {
        b.answers.push_back(row.getColumn(i).getString());
    }
    return b;
}

} // namespace

std::int64_t save_feedback(Journal& journal, model::Feedback& feedback,
                           const AllowedIdentifiers& allowed)
{
    Access::write(journal, [&](Connection& database) {
        const auto allowing = database.guard().allow(allowed);
        const bool insert = feedback.number == 0;
        SQLite::Statement statement(database, insert ? R"(
            INSERT INTO feedback (uuid, author_id, recipient_id, log_entry_id, activity_id, date,
                strength, situation, improve, how)
            VALUES (:uuid, (SELECT id FROM person WHERE handle = :author),
                (SELECT id FROM person WHERE handle = :recipient), :entry,
                (SELECT id FROM activity WHERE code = :code), :date, :s1, :s2, :s3, :s4))"
                                                     : R"(
            UPDATE feedback SET author_id = (SELECT id FROM person WHERE handle = :author),
                recipient_id = (SELECT id FROM person WHERE handle = :recipient),
                log_entry_id = :entry, activity_id = (SELECT id FROM activity WHERE code = :code),
                date = :date, strength = :s1, situation = :s2, improve = :s3, how = :s4,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE id = :number AND uuid = :uuid)");
        if (insert) {
            feedback.uuid = new_uuid();
        } else {
            statement.bind(":number", feedback.number);
        }
        statement.bind(":uuid", feedback.uuid);
        rows::bind_writing(statement, feedback);
        statement.bind(":recipient", feedback.recipient);
        for (std::size_t i = 0; i < 4; ++i) {
            statement.bind(":s" + std::to_string(i + 1), rows::answer(feedback, i));
        }
        statement.exec();
        if (insert) {
            feedback.number = database.getLastInsertRowid();
        }
        rows::record_allowed(database, allowed, "feedback", feedback.uuid);
    });
    return feedback.number;
}

std::optional<model::Feedback> find_feedback(const Journal& journal, std::int64_t number)
{
    return rows::find_by_number(journal, k_select_feedback, "f.id", number, read_feedback);
}

std::vector<model::Feedback> list_feedback(const Journal& journal, const FeedbackFilter& filter)
{
    const auto sql = std::string(k_select_feedback) + R"(
        WHERE (:author = '' OR author.handle = :author)
          AND (:recipient = '' OR recipient.handle = :recipient)
        ORDER BY f.date, f.id)";
    return rows::read_all(
        journal, sql,
        [&](SQLite::Statement& query) {
            query.bind(":author", filter.author);
            query.bind(":recipient", filter.recipient);
        },
        read_feedback);
}

std::int64_t save_briefing(Journal& journal, model::Briefing& briefing,
                           const AllowedIdentifiers& allowed)
{
    Access::write(journal, [&](Connection& database) {
        const auto allowing = database.guard().allow(allowed);
        const bool insert = briefing.number == 0;
        SQLite::Statement statement(database, insert ? R"(
            INSERT INTO briefing (uuid, kind, author_id, log_entry_id, activity_id, date,
                who_does_what, observations, consequences, how_it_went, feedback)
            VALUES (:uuid, :kind, (SELECT id FROM person WHERE handle = :author), :entry,
                (SELECT id FROM activity WHERE code = :code), :date, :s1, :s2, :s3, :s4, :s5))"
                                                     : R"(
            UPDATE briefing SET kind = :kind,
                author_id = (SELECT id FROM person WHERE handle = :author), log_entry_id = :entry,
                activity_id = (SELECT id FROM activity WHERE code = :code), date = :date,
                who_does_what = :s1, observations = :s2, consequences = :s3, how_it_went = :s4,
                feedback = :s5, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE id = :number AND uuid = :uuid)");
        if (insert) {
            briefing.uuid = new_uuid();
        } else {
            statement.bind(":number", briefing.number);
        }
        statement.bind(":uuid", briefing.uuid);
        statement.bind(":kind", std::string(model::keyword(briefing.kind)));
        rows::bind_writing(statement, briefing);
        const bool before = briefing.kind == model::BriefingKind::before;
        // Before: the first three columns; after: the last two.
        for (std::size_t i = 0; i < 5; ++i) {
            const auto index = before ? i : i - 3;
            const bool used = before ? i < 3 : i >= 3;
            statement.bind(":s" + std::to_string(i + 1), used ? rows::answer(briefing, index) : "");
        }
        statement.exec();
        if (insert) {
            briefing.number = database.getLastInsertRowid();
        }
        rows::record_allowed(database, allowed, "briefing", briefing.uuid);
    });
    return briefing.number;
}

std::optional<model::Briefing> find_briefing(const Journal& journal, std::int64_t number)
{
    return rows::find_by_number(journal, k_select_briefing, "b.id", number, read_briefing);
}

std::vector<model::Briefing> list_briefings(const Journal& journal,
                                            std::optional<model::BriefingKind> kind)
{
    const auto sql = std::string(k_select_briefing)
                     + " WHERE (:kind IS NULL OR b.kind = :kind) ORDER BY b.date, b.id";
    return rows::read_all(
        journal, sql,
        [&](SQLite::Statement& query) {
            kind ? query.bind(":kind", std::string(model::keyword(*kind))) : query.bind(":kind");
        },
        read_briefing);
}

} // namespace peer::journal

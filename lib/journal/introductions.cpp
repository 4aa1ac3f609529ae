// The introductions students write to a placement: their own and those their partners export.

#include "access.hpp"
#include "allowed_rows.hpp"
#include <peer/core/uuid.hpp>
#include <peer/journal/writing.hpp>

#include "writing_rows.hpp"

namespace peer::journal {

namespace {

// The sections' columns, in the order of forms::introduction_form().
constexpr const char* k_select_introduction = R"(
    SELECT i.id, i.uuid, author.handle, NULL, '', i.date, p.handle, i.goals, i.expectations,
           i.learning, i.roles, i.cooperation, i.first_activities
    FROM introduction i
    JOIN person author ON author.id = i.author_id
    JOIN placement p ON p.id = i.placement_id)";

model::Introduction read_introduction(SQLite::Statement& row)
{
    model::Introduction intro;
    rows::read_writing(row, intro, "introduction");
    intro.placement = row.getColumn(6).getString();
    for (int i = 7; i <= 12; ++i) {
        intro.answers.push_back(row.getColumn(i).getString());
    }
    return intro;
}

} // namespace

std::int64_t save_introduction(Journal& journal, model::Introduction& intro,
                               const AllowedIdentifiers& allowed)
{
    Access::write(journal, [&](Connection& database) {
        const auto allowing = database.guard().allow(allowed);
        const bool insert = intro.number == 0;
        SQLite::Statement statement(database, insert ? R"(
            INSERT INTO introduction (uuid, author_id, placement_id, date, goals, expectations,
                learning, roles, cooperation, first_activities)
            VALUES (:uuid, (SELECT id FROM person WHERE handle = :author),
                (SELECT id FROM placement WHERE handle = :placement), :date, :s1, :s2, :s3, :s4,
                :s5, :s6))"
                                                     : R"(
            UPDATE introduction SET date = :date, goals = :s1, expectations = :s2,
                learning = :s3, roles = :s4, cooperation = :s5, first_activities = :s6,
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE id = :number AND uuid = :uuid
                AND author_id = (SELECT id FROM person WHERE handle = :author)
                AND placement_id = (SELECT id FROM placement WHERE handle = :placement))");
        if (insert) {
            intro.uuid = new_uuid();
        } else {
            statement.bind(":number", intro.number);
        }
        statement.bind(":uuid", intro.uuid);
        statement.bind(":author", intro.author);
        statement.bind(":placement", intro.placement);
        statement.bind(":date", format_date(intro.date));
        for (std::size_t i = 0; i < 6; ++i) {
            statement.bind(":s" + std::to_string(i + 1), rows::answer(intro, i));
        }
        statement.exec();
        if (insert) {
            intro.number = database.getLastInsertRowid();
        }
        rows::record_allowed(database, allowed, "introduction", intro.uuid);
    });
    return intro.number;
}

std::optional<model::Introduction> find_introduction(const Journal& journal, std::int64_t number)
{
    return rows::find_by_number(journal, k_select_introduction, "i.id", number, read_introduction);
}

std::vector<model::Introduction> list_introductions(const Journal& journal,
                                                    const IntroductionFilter& filter)
{
    const auto sql = std::string(k_select_introduction) + R"(
        WHERE (:author = '' OR author.handle = :author)
          AND (:placement = '' OR p.handle = :placement)
        ORDER BY i.date, i.id)";
    return rows::read_all(
        journal, sql,
        [&](SQLite::Statement& query) {
            query.bind(":author", filter.author);
            query.bind(":placement", filter.placement);
        },
        read_introduction);
}

} // namespace peer::journal

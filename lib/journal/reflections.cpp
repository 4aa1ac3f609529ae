// Reflections, and who writes in the journal.

#include "access.hpp"
#include "allowed_rows.hpp"
#include "stored.hpp"
#include <peer/core/uuid.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/writing.hpp>

#include "sql.hpp"
#include "writing_rows.hpp"

#include <array>

namespace peer::journal {

namespace {

constexpr std::array k_stages{"description", "feelings",   "evaluation",
                              "analysis",    "conclusion", "action_plan"};

constexpr const char* k_select = R"(
    SELECT r.id, r.uuid, coalesce(p.handle, ''), r.log_entry_id, coalesce(a.code, ''), r.date,
           r.phase, r.with_whom, r.status, r.description, r.feelings, r.evaluation, r.analysis,
           r.conclusion, r.action_plan
    FROM reflection r
    LEFT JOIN person p ON p.id = r.author_id
    LEFT JOIN activity a ON a.id = r.activity_id)";

model::Reflection read_reflection(SQLite::Statement& row)
{
    model::Reflection r;
    rows::read_writing(row, r, "reflection");
    const stored::Origin origin{"reflection", r.number};
    r.phase = stored::optional_keyword<model::Phase>(row.getColumn(6), origin);
    r.company = stored::keyword<model::Company>(row.getColumn(7), origin);
    r.draft = row.getColumn(8).getString() == "draft";
    for (int i = 0; i < static_cast<int>(k_stages.size()); ++i) {
        r.answers.push_back(row.getColumn(9 + i).getString());
    }
    return r;
}

} // namespace

std::optional<Writer> find_writer(const Journal& journal)
{
    const auto context = log_context(journal);
    if (!context) {
        return std::nullopt;
    }
    Writer writer{context->owner, false, {}};
    Access::read(journal, [&](SQLite::Database& database) {
        SQLite::Statement kind(database, "SELECT kind FROM person WHERE handle = ?");
        kind.bind(1, writer.owner);
        writer.staff = kind.executeStep() && kind.getColumn(0).getString() == "staff";
        if (!writer.staff) {
            return;
        }
        SQLite::Statement students(database, R"(
            SELECT DISTINCT s.handle FROM pair_supervisor sup
            JOIN person me ON me.id = sup.person_id
            JOIN pair pr ON pr.id = sup.pair_id AND pr.archived_at IS NULL
            JOIN pair_student ps ON ps.pair_id = pr.id
            JOIN person s ON s.id = ps.person_id
            WHERE me.handle = ? ORDER BY s.handle)");
        students.bind(1, writer.owner);
        while (students.executeStep()) {
            writer.may_address.push_back(students.getColumn(0).getString());
        }
    });
    if (!writer.staff) {
        for (const auto& student : context->pair_students) {
            if (student != writer.owner) {
                writer.may_address.push_back(student);
            }
        }
    }
    return writer;
}

std::int64_t save_reflection(Journal& journal, model::Reflection& reflection,
                             const AllowedIdentifiers& allowed)
{
    Access::write(journal, [&](Connection& database) {
        const auto allowing = database.guard().allow(allowed);
        const bool insert = reflection.number == 0;
        SQLite::Statement statement(database, insert ? R"(
                INSERT INTO reflection (uuid, author_id, log_entry_id, activity_id, date, phase,
                    with_whom, status, description, feelings, evaluation, analysis, conclusion,
                    action_plan)
                VALUES (:uuid, (SELECT id FROM person WHERE handle = :author), :entry,
                    (SELECT id FROM activity WHERE code = :code), :date, :phase, :company,
                    :status, :s1, :s2, :s3, :s4, :s5, :s6))"
                                                     : R"(
                UPDATE reflection SET author_id = (SELECT id FROM person WHERE handle = :author),
                    log_entry_id = :entry,
                    activity_id = (SELECT id FROM activity WHERE code = :code), date = :date,
                    phase = :phase, with_whom = :company, status = :status, description = :s1,
                    feelings = :s2, evaluation = :s3, analysis = :s4, conclusion = :s5,
                    action_plan = :s6, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                WHERE id = :number AND uuid = :uuid)");
        if (insert) {
            reflection.uuid = new_uuid();
        } else {
            statement.bind(":number", reflection.number);
        }
        statement.bind(":uuid", reflection.uuid);
        rows::bind_writing(statement, reflection);
        reflection.phase ? statement.bind(":phase", std::string(model::keyword(*reflection.phase)))
                         : statement.bind(":phase");
        statement.bind(":company", std::string(model::keyword(reflection.company)));
        statement.bind(":status", reflection.draft ? "draft" : "saved");
        for (std::size_t i = 0; i < k_stages.size(); ++i) {
            statement.bind(":s" + std::to_string(i + 1), rows::answer(reflection, i));
        }
        statement.exec();
        if (insert) {
            reflection.number = database.getLastInsertRowid();
        }
        rows::record_allowed(database, allowed, "reflection", reflection.uuid);
    });
    return reflection.number;
}

std::optional<model::Reflection> find_reflection(const Journal& journal, std::int64_t number)
{
    return rows::find_by_number(journal, k_select, "r.id", number, read_reflection);
}

std::vector<model::Reflection> list_reflections(const Journal& journal,
                                                const ReflectionFilter& filter)
{
    const auto sql = std::string(k_select) + R"(
        WHERE (:code = '' OR a.code = :code COLLATE NOCASE) AND (:drafts = 0 OR r.status = 'draft')
        ORDER BY r.date, r.id)";
    return rows::read_all(
        journal, sql,
        [&](SQLite::Statement& query) {
            query.bind(":code", filter.code);
            query.bind(":drafts", filter.drafts ? 1 : 0);
        },
        read_reflection);
}

std::optional<ActionPlan> last_action_plan(const Journal& journal, std::string_view code,
                                           std::int64_t except_reflection)
{
    std::optional<ActionPlan> out;
    Access::read(journal, [&](SQLite::Database& database) {
        SQLite::Statement query(database, R"(
            SELECT r.id, r.date, r.action_plan FROM reflection r
            JOIN activity a ON a.id = r.activity_id
            WHERE a.code = ? AND r.id <> ? AND r.status = 'saved' AND r.action_plan <> ''
            ORDER BY r.date DESC, r.id DESC LIMIT 1)");
        query.bind(1, std::string(code));
        query.bind(2, except_reflection);
        if (query.executeStep()) {
            const auto number = query.getColumn(0).getInt64();
            out = ActionPlan{number, stored::date(query.getColumn(1), {"reflection", number}),
                             query.getColumn(2).getString()};
        }
    });
    return out;
}

} // namespace peer::journal

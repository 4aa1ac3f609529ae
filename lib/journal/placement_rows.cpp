#include "placement_rows.hpp"
#include "sql.hpp"
#include "stored.hpp"

#include <peer/core/uuid.hpp>
#include <peer/formats/assessment_form.hpp>

#include <SQLiteCpp/Statement.h>

namespace peer::journal::rows {

namespace {

std::optional<std::int64_t> row_of(Connection& connection, const char* sql, std::string_view handle)
{
    auto query = connection.statement(sql);
    query->bind(1, std::string(handle));
    if (!query->executeStep()) {
        return std::nullopt;
    }
    return query->getColumn(0).getInt64();
}

void link_people(Connection& connection, const char* sql, std::int64_t pair_row,
                 const std::vector<std::string>& people)
{
    for (const auto& handle : people) {
        const auto person = *person_row(connection, handle);
        auto insert = connection.statement(sql);
        insert->bind(1, pair_row);
        insert->bind(2, person);
        insert->exec();
    }
}

// A count of rows that name `:row`.
std::int64_t count(Connection& connection, const char* sql, std::int64_t row)
{
    auto query = connection.statement(sql);
    query->bind(":row", row);
    query->executeStep();
    return query->getColumn(0).getInt64();
}

// A placement's columns. Columns: 0 id, 1 handle, ... 13 profession, 14 assessment_form.
constexpr const char* k_select_placement = R"(
    SELECT p.id, p.handle, course, title, university, level, programme_term, field, unit,
           start_date, end_date, coalesce(e.handle, ''), coalesce(rules, ''), profession,
           assessment_form
    FROM placement p LEFT JOIN person e ON e.id = p.examiner_id)";

// The stored form, checked as a form file is: a journal changed by another tool is refused.
std::optional<model::AssessmentForm> read_form(const SQLite::Column& column,
                                               const stored::Origin& origin)
{
    if (column.isNull()) {
        return std::nullopt;
    }
    const auto text = column.getString();
    auto read = formats::assessment_form_from_json(nlohmann::json::parse(text, nullptr, false),
                                                   "placement.assessment_form");
    if (!read.form) {
        throw stored::unreadable(origin, column.getName(), text.substr(0, 60),
                                 {"an assessment form", "ett bedömningsformulär"});
    }
    return std::move(read.form);
}

model::Placement read_placement(SQLite::Statement& row)
{
    const stored::Origin origin{"placement", row.getColumn(0).getInt64()};
    model::Placement p;
    p.id = row.getColumn(1).getString();
    p.course = row.getColumn(2).getString();
    p.title = row.getColumn(3).getString();
    p.university = row.getColumn(4).getString();
    p.level = stored::keyword<model::Level>(row.getColumn(5), origin);
    p.programme_term = row.getColumn(6).getInt();
    p.field = row.getColumn(7).getString();
    p.unit = row.getColumn(8).getString();
    p.start = stored::date(row.getColumn(9), origin);
    p.end = stored::date(row.getColumn(10), origin);
    p.examiner = row.getColumn(11).getString();
    p.rules = row.getColumn(12).getString();
    p.profession = row.getColumn(13).getString();
    p.assessment_form = read_form(row.getColumn(14), origin);
    return p;
}

} // namespace

std::optional<std::int64_t> person_row(Connection& connection, std::string_view handle)
{
    return row_of(connection, "SELECT id FROM person WHERE handle = ?", handle);
}

std::optional<std::int64_t> placement_row(Connection& connection, std::string_view handle)
{
    return row_of(connection, "SELECT id FROM placement WHERE handle = ?", handle);
}

std::optional<model::Placement> load_placement(Connection& connection, std::string_view handle)
{
    static const std::string sql = std::string(k_select_placement) + " WHERE p.handle = ?";
    auto query = connection.statement(sql);
    query->bind(1, std::string(handle));
    if (!query->executeStep()) {
        return std::nullopt;
    }
    return read_placement(*query);
}

std::vector<model::Placement> all_placements(Connection& connection)
{
    static const std::string sql =
        std::string(k_select_placement) + " ORDER BY p.start_date, p.handle";
    std::vector<model::Placement> placements;
    auto query = connection.statement(sql);
    while (query->executeStep()) {
        placements.push_back(read_placement(*query));
    }
    return placements;
}

std::int64_t save_placement(Connection& connection, const model::Placement& p)
{
    const auto examiner = *person_row(connection, p.examiner);
    auto upsert = connection.statement(R"(
        INSERT INTO placement (uuid, handle, course, title, university, level, programme_term,
                               field, profession, unit, start_date, end_date, examiner_id, rules,
                               assessment_form)
        VALUES (:uuid, :handle, :course, :title, :university, :level, :term, :field, :profession,
                :unit, :start, :end, :examiner, :rules, :form)
        ON CONFLICT (handle) DO UPDATE SET
            course = excluded.course, title = excluded.title, university = excluded.university,
            level = excluded.level, programme_term = excluded.programme_term,
            field = excluded.field, profession = excluded.profession, unit = excluded.unit,
            start_date = excluded.start_date, end_date = excluded.end_date,
            examiner_id = excluded.examiner_id, rules = excluded.rules,
            assessment_form = excluded.assessment_form,
            updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        RETURNING id)");
    upsert->bind(":uuid", new_uuid());
    upsert->bind(":handle", p.id);
    upsert->bind(":course", p.course);
    upsert->bind(":title", p.title);
    upsert->bind(":university", p.university);
    upsert->bind(":level", std::string(model::keyword(p.level)));
    upsert->bind(":term", p.programme_term);
    upsert->bind(":field", p.field);
    upsert->bind(":profession", p.profession);
    upsert->bind(":unit", p.unit);
    upsert->bind(":start", format_date(p.start));
    upsert->bind(":end", format_date(p.end));
    upsert->bind(":examiner", examiner);
    upsert->bind(":rules", p.rules);
    if (p.assessment_form) {
        upsert->bind(":form", formats::to_json(*p.assessment_form).dump());
    } else {
        upsert->bind(":form");
    }
    upsert->executeStep();
    return upsert->getColumn(0).getInt64();
}

std::vector<PairRow> active_pairs(Connection& connection, std::int64_t placement)
{
    // The students and supervisors of each pair (rows::json_list).
    auto query = connection.statement(R"(
        SELECT pr.id, pr.reason,
               (SELECT json_group_object(s.rowid, p.handle) FROM pair_student s
                JOIN person p ON p.id = s.person_id WHERE s.pair_id = pr.id),
               (SELECT json_group_object(s.rowid, p.handle) FROM pair_supervisor s
                JOIN person p ON p.id = s.person_id WHERE s.pair_id = pr.id)
        FROM pair pr WHERE pr.placement_id = ? AND pr.archived_at IS NULL ORDER BY pr.id)");
    query->bind(1, placement);
    std::vector<PairRow> pairs;
    while (query->executeStep()) {
        PairRow row{query->getColumn(0).getInt64(), {}};
        const stored::Origin origin{"pair", row.id};
        row.pair.reason = query->getColumn(1).getString();
        row.pair.students = json_list(query->getColumn(2), origin);
        row.pair.supervisors = json_list(query->getColumn(3), origin);
        pairs.push_back(std::move(row));
    }
    return pairs;
}

std::int64_t insert_pair(Connection& connection, std::int64_t placement, const model::Pair& pair)
{
    {
        auto insert =
            connection.statement("INSERT INTO pair (uuid, placement_id, reason) VALUES (?, ?, ?)");
        insert->bind(1, new_uuid());
        insert->bind(2, placement);
        insert->bind(3, pair.reason);
        insert->exec();
    }
    const auto row = connection.getLastInsertRowid();
    update_pair(connection, row, pair);
    return row;
}

void update_pair(Connection& connection, std::int64_t pair_row, const model::Pair& pair)
{
    {
        auto reason = connection.statement("UPDATE pair SET reason = ? WHERE id = ?");
        reason->bind(1, pair.reason);
        reason->bind(2, pair_row);
        reason->exec();
    }
    for (const char* sql : {"DELETE FROM pair_student WHERE pair_id = ?",
                            "DELETE FROM pair_supervisor WHERE pair_id = ?"}) {
        auto clear = connection.statement(sql);
        clear->bind(1, pair_row);
        clear->exec();
    }
    link_people(connection, "INSERT INTO pair_student (pair_id, person_id) VALUES (?, ?)", pair_row,
                pair.students);
    link_people(connection, "INSERT INTO pair_supervisor (pair_id, person_id) VALUES (?, ?)",
                pair_row, pair.supervisors);
}

Loss student_loss(Connection& connection, std::string_view student)
{
    Loss loss{"student", std::string(student)};
    const auto row = person_row(connection, student);
    if (!row) {
        return loss;
    }
    loss.log_entries =
        count(connection,
              "SELECT count(*) FROM log_entry WHERE author_id = :row OR partner_id = :row", *row);
    loss.reflections =
        count(connection, "SELECT count(*) FROM reflection WHERE author_id = :row", *row);
    loss.feedback =
        count(connection,
              "SELECT count(*) FROM feedback WHERE author_id = :row OR recipient_id = :row", *row);
    return loss;
}

Loss pair_loss(Connection& connection, const PairRow& pair)
{
    Loss loss{"pair", model::pair_name(pair.pair)};
    loss.log_entries =
        count(connection, "SELECT count(*) FROM log_entry WHERE pair_id = :row", pair.id);
    return loss;
}

bool loses_anything(const Loss& loss)
{
    return loss.log_entries > 0 || loss.reflections > 0 || loss.feedback > 0;
}

void drop_pair(Connection& connection, std::int64_t pair_row, bool archive)
{
    auto drop = connection.statement(
        archive ? "UPDATE pair SET archived_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?"
                : "DELETE FROM pair WHERE id = ?");
    drop->bind(1, pair_row);
    drop->exec();
}

} // namespace peer::journal::rows

#include "placement_rows.hpp"
#include "sql.hpp"
#include "stored.hpp"

#include <peer/core/uuid.hpp>

#include <SQLiteCpp/Statement.h>

namespace peer::journal::rows {

namespace {

std::optional<std::int64_t> row_of(SQLite::Database& database, const char* sql,
                                   std::string_view handle)
{
    SQLite::Statement query(database, sql);
    query.bind(1, std::string(handle));
    if (!query.executeStep()) {
        return std::nullopt;
    }
    return query.getColumn(0).getInt64();
}

void link_people(SQLite::Database& database, const char* sql, std::int64_t pair_row,
                 const std::vector<std::string>& people)
{
    SQLite::Statement insert(database, sql);
    for (const auto& handle : people) {
        insert.bind(1, pair_row);
        insert.bind(2, *person_row(database, handle));
        insert.exec();
        insert.reset();
    }
}

// A count of rows that name `:row`.
std::int64_t count(SQLite::Database& database, const char* sql, std::int64_t row)
{
    SQLite::Statement query(database, sql);
    query.bind(":row", row);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

} // namespace

std::optional<std::int64_t> person_row(SQLite::Database& database, std::string_view handle)
{
    return row_of(database, "SELECT id FROM person WHERE handle = ?", handle);
}

std::optional<std::int64_t> placement_row(SQLite::Database& database, std::string_view handle)
{
    return row_of(database, "SELECT id FROM placement WHERE handle = ?", handle);
}

std::optional<model::Placement> load_placement(SQLite::Database& database, std::string_view handle)
{
    SQLite::Statement query(database, R"(
        SELECT p.handle, course, title, university, level, programme_term, field, unit,
               start_date, end_date, coalesce(e.handle, ''), coalesce(rules, ''), profession
        FROM placement p LEFT JOIN person e ON e.id = p.examiner_id
        WHERE p.handle = ?)");
    query.bind(1, std::string(handle));
    if (!query.executeStep()) {
        return std::nullopt;
    }
    model::Placement p;
    p.id = query.getColumn(0).getString();
    p.course = query.getColumn(1).getString();
    p.title = query.getColumn(2).getString();
    p.university = query.getColumn(3).getString();
    const stored::Origin origin{"placement", 0};
    p.level = stored::keyword<model::Level>(query.getColumn(4), origin);
    p.programme_term = query.getColumn(5).getInt();
    p.field = query.getColumn(6).getString();
    p.unit = query.getColumn(7).getString();
    p.start = stored::date(query.getColumn(8), origin);
    p.end = stored::date(query.getColumn(9), origin);
    p.examiner = query.getColumn(10).getString();
    p.rules = query.getColumn(11).getString();
    p.profession = query.getColumn(12).getString();
    return p;
}

std::int64_t save_placement(SQLite::Database& database, const model::Placement& p)
{
    SQLite::Statement upsert(database, R"(
        INSERT INTO placement (uuid, handle, course, title, university, level, programme_term,
                               field, profession, unit, start_date, end_date, examiner_id, rules)
        VALUES (:uuid, :handle, :course, :title, :university, :level, :term, :field, :profession,
                :unit, :start, :end, :examiner, :rules)
        ON CONFLICT (handle) DO UPDATE SET
            course = excluded.course, title = excluded.title, university = excluded.university,
            level = excluded.level, programme_term = excluded.programme_term,
            field = excluded.field, profession = excluded.profession, unit = excluded.unit, start_date = excluded.start_date,
            end_date = excluded.end_date, examiner_id = excluded.examiner_id,
            rules = excluded.rules, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        RETURNING id)");
    upsert.bind(":uuid", new_uuid());
    upsert.bind(":handle", p.id);
    upsert.bind(":course", p.course);
    upsert.bind(":title", p.title);
    upsert.bind(":university", p.university);
    upsert.bind(":level", std::string(model::keyword(p.level)));
    upsert.bind(":term", p.programme_term);
    upsert.bind(":field", p.field);
    upsert.bind(":profession", p.profession);
    upsert.bind(":unit", p.unit);
    upsert.bind(":start", format_date(p.start));
    upsert.bind(":end", format_date(p.end));
    upsert.bind(":examiner", *person_row(database, p.examiner));
    upsert.bind(":rules", p.rules);
    upsert.executeStep();
    return upsert.getColumn(0).getInt64();
}

std::vector<PairRow> active_pairs(SQLite::Database& database, std::int64_t placement)
{
    std::vector<PairRow> pairs;
    SQLite::Statement query(database, "SELECT id, reason FROM pair WHERE placement_id = ? AND "
                                      "archived_at IS NULL ORDER BY id");
    query.bind(1, placement);
    while (query.executeStep()) {
        PairRow row{query.getColumn(0).getInt64(), {}};
        row.pair.reason = query.getColumn(1).getString();
        pairs.push_back(std::move(row));
    }
    for (auto& row : pairs) {
        row.pair.students = strings_of(database,
                                       "SELECT p.handle FROM pair_student s JOIN person p ON "
                                       "p.id = s.person_id WHERE s.pair_id = ? ORDER BY s.rowid",
                                       row.id);
        row.pair.supervisors = strings_of(database,
                                          "SELECT p.handle FROM pair_supervisor s JOIN person p ON "
                                          "p.id = s.person_id WHERE s.pair_id = ? ORDER BY s.rowid",
                                          row.id);
    }
    return pairs;
}

std::int64_t insert_pair(SQLite::Database& database, std::int64_t placement,
                         const model::Pair& pair)
{
    SQLite::Statement insert(database,
                             "INSERT INTO pair (uuid, placement_id, reason) VALUES (?, ?, ?)");
    insert.bind(1, new_uuid());
    insert.bind(2, placement);
    insert.bind(3, pair.reason);
    insert.exec();
    const auto row = database.getLastInsertRowid();
    update_pair(database, row, pair);
    return row;
}

void update_pair(SQLite::Database& database, std::int64_t pair_row, const model::Pair& pair)
{
    SQLite::Statement reason(database, "UPDATE pair SET reason = ? WHERE id = ?");
    reason.bind(1, pair.reason);
    reason.bind(2, pair_row);
    reason.exec();
    for (const char* table : {"DELETE FROM pair_student WHERE pair_id = ?",
                              "DELETE FROM pair_supervisor WHERE pair_id = ?"}) {
        SQLite::Statement clear(database, table);
        clear.bind(1, pair_row);
        clear.exec();
    }
    link_people(database, "INSERT INTO pair_student (pair_id, person_id) VALUES (?, ?)", pair_row,
                pair.students);
    link_people(database, "INSERT INTO pair_supervisor (pair_id, person_id) VALUES (?, ?)",
                pair_row, pair.supervisors);
}

Loss student_loss(SQLite::Database& database, std::string_view student)
{
    Loss loss{"student", std::string(student)};
    const auto row = person_row(database, student);
    if (!row) {
        return loss;
    }
    loss.log_entries =
        count(database,
              "SELECT count(*) FROM log_entry WHERE author_id = :row OR partner_id = :row", *row);
    loss.reflections =
        count(database, "SELECT count(*) FROM reflection WHERE author_id = :row", *row);
    loss.feedback =
        count(database,
              "SELECT count(*) FROM feedback WHERE author_id = :row OR recipient_id = :row", *row);
    return loss;
}

Loss pair_loss(SQLite::Database& database, const PairRow& pair)
{
    Loss loss{"pair", model::pair_name(pair.pair)};
    loss.log_entries =
        count(database, "SELECT count(*) FROM log_entry WHERE pair_id = :row", pair.id);
    return loss;
}

bool loses_anything(const Loss& loss)
{
    return loss.log_entries > 0 || loss.reflections > 0 || loss.feedback > 0;
}

void drop_pair(SQLite::Database& database, std::int64_t pair_row, bool archive)
{
    SQLite::Statement drop(database,
                           archive ? "UPDATE pair SET archived_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
                                     "'now') WHERE id = ?"
                                   : "DELETE FROM pair WHERE id = ?");
    drop.bind(1, pair_row);
    drop.exec();
}

} // namespace peer::journal::rows

#include "person_rows.hpp"
#include "stored.hpp"

#include <peer/core/uuid.hpp>

#include <SQLiteCpp/Statement.h>

namespace peer::journal::rows {

using model::Person;
using model::Qualifications;

namespace {

void bind_date(SQLite::Statement& statement, const char* name, const std::optional<Date>& date)
{
    if (date) {
        statement.bind(name, format_date(*date));
    } else {
        statement.bind(name);
    }
}

void write_staff(SQLite::Database& database, std::int64_t person_id, const Qualifications& q)
{
    SQLite::Statement upsert(database, R"(
        INSERT INTO staff (person_id, role, profession, employer, degree, degree_field,
                           supervisor_training, in_profession_since, appointed,
                           teaching_ability_assessed, master_started)
        VALUES (:id, :role, :profession, :employer, :degree, :degree_field, :training, :since,
                :appointed, :assessed, :master_started)
        ON CONFLICT (person_id) DO UPDATE SET
            role = excluded.role, profession = excluded.profession, employer = excluded.employer,
            degree = excluded.degree, degree_field = excluded.degree_field,
            supervisor_training = excluded.supervisor_training,
            in_profession_since = excluded.in_profession_since, appointed = excluded.appointed,
            teaching_ability_assessed = excluded.teaching_ability_assessed,
            master_started = excluded.master_started)");
    upsert.bind(":id", person_id);
    upsert.bind(":role", std::string(model::keyword(q.role)));
    upsert.bind(":profession", q.profession);
    upsert.bind(":employer", std::string(model::keyword(q.employer)));
    upsert.bind(":degree", std::string(model::keyword(q.degree)));
    upsert.bind(":degree_field", q.degree_field);
    upsert.bind(":training", std::string(model::keyword(q.supervisor_training)));
    bind_date(upsert, ":since", q.in_profession_since);
    bind_date(upsert, ":appointed", q.appointed);
    upsert.bind(":assessed", q.teaching_ability_assessed ? 1 : 0);
    bind_date(upsert, ":master_started", q.master_started);
    upsert.exec();

    SQLite::Statement clear(database, "DELETE FROM staff_specialist WHERE person_id = ?");
    clear.bind(1, person_id);
    clear.exec();
    SQLite::Statement add(
        database, "INSERT OR IGNORE INTO staff_specialist (person_id, field) VALUES (?, ?)");
    for (const auto& field : q.specialist) {
        add.bind(1, person_id);
        add.bind(2, field);
        add.exec();
        add.reset();
    }
}

std::optional<Qualifications> read_staff(SQLite::Database& database, std::int64_t person_id)
{
    SQLite::Statement query(database, R"(
        SELECT role, profession, employer, degree, degree_field, supervisor_training,
               in_profession_since, appointed, teaching_ability_assessed, master_started
        FROM staff WHERE person_id = ?)");
    query.bind(1, person_id);
    if (!query.executeStep()) {
        return std::nullopt;
    }
    const stored::Origin origin{"staff", person_id};
    Qualifications q;
    q.role = stored::keyword<model::Role>(query.getColumn(0), origin);
    q.profession = query.getColumn(1).getString();
    q.employer = stored::keyword<model::Employer>(query.getColumn(2), origin);
    q.degree = stored::keyword<model::Degree>(query.getColumn(3), origin);
    q.degree_field = query.getColumn(4).getString();
    q.supervisor_training = stored::keyword<model::Training>(query.getColumn(5), origin);
    q.in_profession_since = stored::optional_date(query.getColumn(6), origin);
    q.appointed = stored::optional_date(query.getColumn(7), origin);
    q.teaching_ability_assessed = query.getColumn(8).getInt() != 0;
    q.master_started = stored::optional_date(query.getColumn(9), origin);

    SQLite::Statement fields(
        database, "SELECT field FROM staff_specialist WHERE person_id = ? ORDER BY rowid");
    fields.bind(1, person_id);
    while (fields.executeStep()) {
        q.specialist.push_back(fields.getColumn(0).getString());
    }
    return q;
}

} // namespace

std::optional<Person> load_person(SQLite::Database& database, std::string_view id)
{
    SQLite::Statement query(database, "SELECT id, handle, name FROM person WHERE handle = ?");
    query.bind(1, std::string(id));
    if (!query.executeStep()) {
        return std::nullopt;
    }
    Person person;
    const auto row = query.getColumn(0).getInt64();
    person.id = query.getColumn(1).getString();
    person.name = query.getColumn(2).getString();
    person.staff = read_staff(database, row);
    return person;
}

void insert_person(SQLite::Database& database, const Person& person)
{
    SQLite::Statement insert(database,
                             "INSERT INTO person (uuid, handle, name, kind) VALUES (?, ?, ?, ?)");
    insert.bind(1, new_uuid());
    insert.bind(2, person.id);
    insert.bind(3, person.name);
    insert.bind(4, person.is_student() ? "student" : "staff");
    insert.exec();
    if (person.staff) {
        write_staff(database, database.getLastInsertRowid(), *person.staff);
    }
}

void update_person(SQLite::Database& database, const Person& person)
{
    SQLite::Statement update(database, R"(
        UPDATE person SET name = ?, kind = ?,
               updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        WHERE handle = ? RETURNING id)");
    update.bind(1, person.name);
    update.bind(2, person.is_student() ? "student" : "staff");
    update.bind(3, person.id);
    update.executeStep();
    const auto row = update.getColumn(0).getInt64();
    update.reset();
    if (person.staff) {
        write_staff(database, row, *person.staff);
    } else {
        SQLite::Statement remove(database, "DELETE FROM staff WHERE person_id = ?");
        remove.bind(1, row);
        remove.exec();
    }
}

} // namespace peer::journal::rows

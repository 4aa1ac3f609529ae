#include "person_rows.hpp"
#include "sql.hpp"
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

void write_staff(Connection& connection, std::int64_t person_id, const Qualifications& q)
{
    auto upsert = connection.statement(R"(
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
    upsert->bind(":id", person_id);
    upsert->bind(":role", std::string(model::keyword(q.role)));
    upsert->bind(":profession", q.profession);
    upsert->bind(":employer", std::string(model::keyword(q.employer)));
    upsert->bind(":degree", std::string(model::keyword(q.degree)));
    upsert->bind(":degree_field", q.degree_field);
    upsert->bind(":training", std::string(model::keyword(q.supervisor_training)));
    bind_date(*upsert, ":since", q.in_profession_since);
    bind_date(*upsert, ":appointed", q.appointed);
    upsert->bind(":assessed", q.teaching_ability_assessed ? 1 : 0);
    bind_date(*upsert, ":master_started", q.master_started);
    upsert->exec();

    auto clear = connection.statement("DELETE FROM staff_specialist WHERE person_id = ?");
    clear->bind(1, person_id);
    clear->exec();
    auto add = connection.statement(
        "INSERT OR IGNORE INTO staff_specialist (person_id, field) VALUES (?, ?)");
    for (const auto& field : q.specialist) {
        add->bind(1, person_id);
        add->bind(2, field);
        add->exec();
        add->reset();
    }
}

std::optional<Qualifications> read_staff(Connection& connection, std::int64_t person_id)
{
    const stored::Origin origin{"staff", person_id};
    Qualifications q;
    {
        auto query = connection.statement(R"(
            SELECT role, profession, employer, degree, degree_field, supervisor_training,
                   in_profession_since, appointed, teaching_ability_assessed, master_started
            FROM staff WHERE person_id = ?)");
        query->bind(1, person_id);
        if (!query->executeStep()) {
            return std::nullopt;
        }
        q.role = stored::keyword<model::Role>(query->getColumn(0), origin);
        q.profession = query->getColumn(1).getString();
        q.employer = stored::keyword<model::Employer>(query->getColumn(2), origin);
        q.degree = stored::keyword<model::Degree>(query->getColumn(3), origin);
        q.degree_field = query->getColumn(4).getString();
        q.supervisor_training = stored::keyword<model::Training>(query->getColumn(5), origin);
        q.in_profession_since = stored::optional_date(query->getColumn(6), origin);
        q.appointed = stored::optional_date(query->getColumn(7), origin);
        q.teaching_ability_assessed = query->getColumn(8).getInt() != 0;
        q.master_started = stored::optional_date(query->getColumn(9), origin);
    }
    q.specialist = strings_of(
        connection, "SELECT field FROM staff_specialist WHERE person_id = ? ORDER BY rowid",
        person_id);
    return q;
}

} // namespace

std::optional<Person> load_person(Connection& connection, std::string_view id)
{
    Person person;
    std::int64_t row = 0;
    {
        auto query = connection.statement("SELECT id, handle, name FROM person WHERE handle = ?");
        query->bind(1, std::string(id));
        if (!query->executeStep()) {
            return std::nullopt;
        }
        row = query->getColumn(0).getInt64();
        person.id = query->getColumn(1).getString();
        person.name = query->getColumn(2).getString();
    }
    person.staff = read_staff(connection, row);
    return person;
}

void insert_person(Connection& connection, const Person& person)
{
    auto insert =
        connection.statement("INSERT INTO person (uuid, handle, name, kind) VALUES (?, ?, ?, ?)");
    insert->bind(1, new_uuid());
    insert->bind(2, person.id);
    insert->bind(3, person.name);
    insert->bind(4, person.is_student() ? "student" : "staff");
    insert->exec();
    if (person.staff) {
        write_staff(connection, connection.getLastInsertRowid(), *person.staff);
    }
}

void update_person(Connection& connection, const Person& person)
{
    std::int64_t row = 0;
    {
        auto update = connection.statement(R"(
            UPDATE person SET name = ?, kind = ?,
                   updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE handle = ? RETURNING id)");
        update->bind(1, person.name);
        update->bind(2, person.is_student() ? "student" : "staff");
        update->bind(3, person.id);
        update->executeStep();
        row = update->getColumn(0).getInt64();
    }
    if (person.staff) {
        write_staff(connection, row, *person.staff);
    } else {
        auto remove = connection.statement("DELETE FROM staff WHERE person_id = ?");
        remove->bind(1, row);
        remove->exec();
    }
}

} // namespace peer::journal::rows

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

// A person with their staff row, if any, and its specialist fields. Columns: 0 id, 1 handle,
// 2 name, 3 staff.person_id (NULL for a student), 4-13 the staff columns, 14 the specialist
// fields (rows::json_list).
constexpr const char* k_select_person = R"(
    SELECT p.id, p.handle, p.name, s.person_id,
           s.role, s.profession, s.employer, s.degree, s.degree_field, s.supervisor_training,
           s.in_profession_since, s.appointed, s.teaching_ability_assessed, s.master_started,
           (SELECT json_group_object(rowid, field) FROM staff_specialist
            WHERE person_id = p.id)
    FROM person p LEFT JOIN staff s ON s.person_id = p.id)";

Qualifications read_staff(SQLite::Statement& row, const stored::Origin& origin)
{
    Qualifications q;
    q.role = stored::keyword<model::Role>(row.getColumn(4), origin);
    q.profession = row.getColumn(5).getString();
    q.employer = stored::keyword<model::Employer>(row.getColumn(6), origin);
    q.degree = stored::keyword<model::Degree>(row.getColumn(7), origin);
    q.degree_field = row.getColumn(8).getString();
    q.supervisor_training = stored::keyword<model::Training>(row.getColumn(9), origin);
    q.in_profession_since = stored::optional_date(row.getColumn(10), origin);
    q.appointed = stored::optional_date(row.getColumn(11), origin);
    q.teaching_ability_assessed = row.getColumn(12).getInt() != 0;
    q.master_started = stored::optional_date(row.getColumn(13), origin);
    q.specialist = json_list(row.getColumn(14), origin);
    return q;
}

Person read_person(SQLite::Statement& row)
{
    Person person;
    person.id = row.getColumn(1).getString();
    person.name = row.getColumn(2).getString();
    if (!row.getColumn(3).isNull()) {
        person.staff = read_staff(row, {"staff", row.getColumn(0).getInt64()});
    }
    return person;
}

std::vector<Person> read_people(SQLite::Statement& query)
{
    std::vector<Person> people;
    while (query.executeStep()) {
        people.push_back(read_person(query));
    }
    return people;
}

} // namespace

std::optional<Person> load_person(Connection& connection, std::string_view id)
{
    static const std::string sql = std::string(k_select_person) + " WHERE p.handle = ?";
    auto query = connection.statement(sql);
    query->bind(1, std::string(id));
    if (!query->executeStep()) {
        return std::nullopt;
    }
    return read_person(*query);
}

std::vector<Person> all_people(Connection& connection)
{
    static const std::string sql = std::string(k_select_person) + " ORDER BY p.handle";
    auto query = connection.statement(sql);
    return read_people(*query);
}

std::vector<Person> placement_people(Connection& connection, std::int64_t placement, Linked linked)
{
    static const std::string staff = std::string(k_select_person)
                                     + " JOIN placement_staff l ON l.person_id = p.id"
                                       " WHERE l.placement_id = ? ORDER BY p.handle";
    static const std::string students =
        std::string(k_select_person)
        + " JOIN placement_student l ON l.person_id = p.id"
          " WHERE l.placement_id = ? AND l.archived_at IS NULL ORDER BY p.handle";
    auto query = connection.statement(linked == Linked::staff ? staff : students);
    query->bind(1, placement);
    return read_people(*query);
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

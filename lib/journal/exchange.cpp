// Every record of the journal, as an export carries it.

#include "access.hpp"
#include "activity_rows.hpp"
#include "assessment_rows.hpp"
#include "person_rows.hpp"
#include "placement_rows.hpp"
#include "sql.hpp"
#include "stored.hpp"
#include <peer/core/strings.hpp>
#include <peer/journal/exchange.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <unordered_map>

namespace peer::journal {

using model::Record;
using model::Stamp;

namespace {

// The identifiers allowed for the record of `table` (as `alias`) under `kind`, for json_list.
std::string allowed_of(std::string_view kind, std::string_view alias)
{
    return fmt::format("(SELECT json_group_object(id, text) FROM allowed_identifier "
                       "WHERE record_kind = '{}' AND record_uuid = {}.uuid)",
                       kind, alias);
}

// The stamps of the records of a table whose rows people know by a name (a handle, a code).
std::unordered_map<std::string, Stamp> stamps_by_name(Connection& database, std::string_view table,
                                                      std::string_view name, std::string_view kind)
{
    SQLite::Statement query(database,
                            fmt::format("SELECT t.{}, t.uuid, t.created_at, t.updated_at, {}, t.id "
                                        "FROM {} t",
                                        name, allowed_of(kind, "t"), table));
    std::unordered_map<std::string, Stamp> out;
    while (query.executeStep()) {
        const stored::Origin origin{table, query.getColumn(5).getInt64()};
        out[query.getColumn(0).getString()] = {
            query.getColumn(1).getString(), "", query.getColumn(2).getString(),
            query.getColumn(3).getString(), rows::json_list(query.getColumn(4), origin)};
    }
    return out;
}

// Records of one kind, oldest first.
template <typename R>
void add_oldest_first(std::vector<Record>& out, std::vector<R> records)
{
    std::ranges::sort(records, [](const R& a, const R& b) {
        return std::tie(a.stamp.created, a.stamp.uuid) < std::tie(b.stamp.created, b.stamp.uuid);
    });
    for (auto& r : records) {
        out.emplace_back(std::move(r));
    }
}

void read_people(Connection& database, std::vector<Record>& out)
{
    auto stamps = stamps_by_name(database, "person", "handle", "person");
    std::vector<model::PersonRecord> people;
    for (auto& person : rows::all_people(database)) {
        people.push_back({stamps.at(person.id), std::move(person)});
    }
    add_oldest_first(out, std::move(people));
}

// Each placement with its staff and students, by id.
void read_placements(Connection& database, std::vector<Record>& out)
{
    auto stamps = stamps_by_name(database, "placement", "handle", "placement");
    std::vector<model::PlacementRecord> placements;
    for (auto& placement : rows::all_placements(database)) {
        model::PlacementRecord record{stamps.at(placement.id), std::move(placement), {}, {}, {}};
        SQLite::Statement archived(
            database, "SELECT coalesce(archived_at, '') FROM placement WHERE handle = ?");
        archived.bind(1, record.placement.id);
        archived.executeStep();
        record.archived = archived.getColumn(0).getString();
        SQLite::Statement staff(database, R"(
            SELECT p.handle FROM placement_staff s JOIN person p ON p.id = s.person_id
            JOIN placement pl ON pl.id = s.placement_id WHERE pl.handle = ? ORDER BY p.handle)");
        staff.bind(1, record.placement.id);
        while (staff.executeStep()) {
            record.staff.push_back(staff.getColumn(0).getString());
        }
        SQLite::Statement students(database, R"(
            SELECT p.handle, coalesce(s.archived_at, '') FROM placement_student s
            JOIN person p ON p.id = s.person_id
            JOIN placement pl ON pl.id = s.placement_id WHERE pl.handle = ? ORDER BY p.handle)");
        students.bind(1, record.placement.id);
        while (students.executeStep()) {
            record.students.push_back(
                {students.getColumn(0).getString(), students.getColumn(1).getString()});
        }
        placements.push_back(std::move(record));
    }
    add_oldest_first(out, std::move(placements));
}

void read_pairs(Connection& database, std::vector<Record>& out)
{
    SQLite::Statement query(database, R"(
        SELECT pr.id, pr.uuid, pr.created_at, pl.handle, pr.reason, coalesce(pr.archived_at, ''),
               (SELECT json_group_object(s.rowid, p.handle) FROM pair_student s
                JOIN person p ON p.id = s.person_id WHERE s.pair_id = pr.id),
               (SELECT json_group_object(s.rowid, p.handle) FROM pair_supervisor s
                JOIN person p ON p.id = s.person_id WHERE s.pair_id = pr.id), )"
                                          + allowed_of("pair", "pr") + R"(
        FROM pair pr JOIN placement pl ON pl.id = pr.placement_id)");
    std::vector<model::PairRecord> pairs;
    while (query.executeStep()) {
        const stored::Origin origin{"pair", query.getColumn(0).getInt64()};
        model::PairRecord pair;
        pair.stamp = {query.getColumn(1).getString(), "", query.getColumn(2).getString(),
                      query.getColumn(2).getString(), rows::json_list(query.getColumn(8), origin)};
        pair.placement = query.getColumn(3).getString();
        pair.pair.reason = query.getColumn(4).getString();
        pair.archived = query.getColumn(5).getString();
        pair.pair.students = rows::json_list(query.getColumn(6), origin);
        pair.pair.supervisors = rows::json_list(query.getColumn(7), origin);
        pairs.push_back(std::move(pair));
    }
    add_oldest_first(out, std::move(pairs));
}

void read_activities(Connection& database, std::vector<Record>& out)
{
    auto stamps = stamps_by_name(database, "activity", "code", "activity");
    std::vector<model::ActivityRecord> activities;
    for (auto& activity : rows::all_activities(database)) {
        activities.push_back({stamps.at(activity.code), std::move(activity)});
    }
    add_oldest_first(out, std::move(activities));
}

Stamp writing_stamp(SQLite::Statement& row, int first, const stored::Origin& origin, int allowed)
{
    return {row.getColumn(first).getString(), row.getColumn(first + 1).getString(),
            row.getColumn(first + 2).getString(), row.getColumn(first + 3).getString(),
            rows::json_list(row.getColumn(allowed), origin)};
}

void read_log(Connection& database, std::vector<Record>& out)
{
    SQLite::Statement query(database,
                            fmt::format(R"(
        SELECT l.id, l.uuid, coalesce(au.handle, ''), l.created_at,
               coalesce(l.updated_at, l.created_at), {}, l.date, a.code, l.mode,
               {}, coalesce(pr.uuid, ''), l.patients, l.presence, l.note,
               (SELECT group_concat(step, ',') FROM log_observer_step WHERE log_entry_id = l.id)
        FROM log_entry l JOIN activity a ON a.id = l.activity_id
        LEFT JOIN person au ON au.id = l.author_id
        LEFT JOIN person p ON p.id = l.partner_id
        LEFT JOIN pair pr ON pr.id = l.pair_id
        ORDER BY l.date, l.created_at, l.uuid)",
                                        allowed_of("note", "l"), rows::k_partners_of_entry));
    while (query.executeStep()) {
        const stored::Origin origin{"log_entry", query.getColumn(0).getInt64()};
        model::LogRecord r;
        r.stamp = writing_stamp(query, 1, origin, 5);
        r.entry.date = stored::date(query.getColumn(6), origin);
        r.entry.code = query.getColumn(7).getString();
        r.entry.mode = stored::keyword<model::Mode>(query.getColumn(8), origin);
        r.entry.partners = split(query.getColumn(9).getText(), ',');
        r.pair = query.getColumn(10).getString();
        if (!query.getColumn(11).isNull()) {
            r.entry.patients = query.getColumn(11).getInt();
        }
        r.entry.presence = stored::optional_keyword<model::Presence>(query.getColumn(12), origin);
        r.entry.note = query.getColumn(13).getString();
        for (const auto& step : split(query.getColumn(14).getText(), ',')) {
            const auto parsed = model::parse_keyword<model::ObserverStep>(step);
            if (!parsed) {
                throw stored::unreadable(origin, "log_observer_step.step", step,
                                         stored::keyword_expected());
            }
            r.entry.observer_steps.push_back(*parsed);
        }
        std::ranges::sort(r.entry.observer_steps);
        out.emplace_back(std::move(r));
    }
}

// The columns every written record's query starts with: id, uuid, author, created, updated,
// allowed, date, the log entry's uuid, the activity's code; then its own.
std::string writing_select(std::string_view table, std::string_view allowed_kind,
                           std::string_view own_columns)
{
    return fmt::format(R"(
        SELECT t.id, t.uuid, coalesce(au.handle, ''), t.created_at,
               coalesce(t.updated_at, t.created_at), {}, t.date, coalesce(l.uuid, ''),
               coalesce(a.code, ''), {}
        FROM {} t LEFT JOIN person au ON au.id = t.author_id
        LEFT JOIN log_entry l ON l.id = t.log_entry_id
        LEFT JOIN activity a ON a.id = t.activity_id
        ORDER BY t.created_at, t.uuid)",
                       allowed_of(allowed_kind, "t"), own_columns, table);
}

template <typename W>
model::WritingRecord<W> read_writing(SQLite::Statement& row, std::string_view table)
{
    const stored::Origin origin{table, row.getColumn(0).getInt64()};
    model::WritingRecord<W> r;
    r.stamp = writing_stamp(row, 1, origin, 5);
    r.writing.uuid = r.stamp.uuid;
    r.writing.author = r.stamp.author;
    r.writing.date = stored::date(row.getColumn(6), origin);
    r.entry = row.getColumn(7).getString();
    r.writing.code = row.getColumn(8).getString();
    return r;
}

void add_answers(model::Writing& writing, SQLite::Statement& row, int first, int count)
{
    for (int i = first; i < first + count; ++i) {
        writing.answers.push_back(row.getColumn(i).getString());
    }
}

template <typename R>
void mark_answered(R& record)
{
    for (const auto& answer : record.writing.answers) {
        record.answered.push_back(!answer.empty());
    }
}

void read_writings(Connection& database, std::vector<Record>& out)
{
    SQLite::Statement reflections(
        database, writing_select("reflection", "reflection",
                                 "t.phase, t.with_whom, t.status, t.description, t.feelings, "
                                 "t.evaluation, t.analysis, t.conclusion, t.action_plan"));
    while (reflections.executeStep()) {
        auto r = read_writing<model::Reflection>(reflections, "reflection");
        const stored::Origin origin{"reflection", reflections.getColumn(0).getInt64()};
        r.writing.phase = stored::optional_keyword<model::Phase>(reflections.getColumn(9), origin);
        r.writing.company = stored::keyword<model::Company>(reflections.getColumn(10), origin);
        r.writing.draft = reflections.getColumn(11).getString() == "draft";
        add_answers(r.writing, reflections, 12, 6);
        mark_answered(r);
        out.emplace_back(std::move(r));
    }
    SQLite::Statement feedback(database, writing_select("feedback", "feedback",
                                                        "(SELECT handle FROM person WHERE id = "
                                                        "t.recipient_id), t.strength, t.situation, "
                                                        "t.improve, t.how"));
    while (feedback.executeStep()) {
        auto r = read_writing<model::Feedback>(feedback, "feedback");
        r.writing.recipient = feedback.getColumn(9).getString();
        add_answers(r.writing, feedback, 10, 4);
        mark_answered(r);
        out.emplace_back(std::move(r));
    }
    SQLite::Statement briefings(
        database, writing_select("briefing", "briefing",
                                 "t.kind, t.who_does_what, t.observations, t.consequences, "
                                 "t.how_it_went, t.feedback"));
    while (briefings.executeStep()) {
        auto r = read_writing<model::Briefing>(briefings, "briefing");
        const stored::Origin origin{"briefing", briefings.getColumn(0).getInt64()};
        r.writing.kind = stored::keyword<model::BriefingKind>(briefings.getColumn(9), origin);
        if (r.writing.kind == model::BriefingKind::before) {
            add_answers(r.writing, briefings, 10, 3);
        } else {
            add_answers(r.writing, briefings, 13, 2);
        }
        mark_answered(r);
        out.emplace_back(std::move(r));
    }
}

void read_introductions(Connection& database, std::vector<Record>& out)
{
    SQLite::Statement query(database, fmt::format(R"(
        SELECT t.id, t.uuid, au.handle, t.created_at, t.updated_at, {}, t.date, p.handle,
               t.goals, t.expectations, t.learning, t.roles, t.cooperation, t.first_activities
        FROM introduction t JOIN person au ON au.id = t.author_id
        JOIN placement p ON p.id = t.placement_id
        ORDER BY t.created_at, t.uuid)",
                                                  allowed_of("introduction", "t")));
    while (query.executeStep()) {
        const stored::Origin origin{"introduction", query.getColumn(0).getInt64()};
        model::IntroductionRecord r;
        r.stamp = writing_stamp(query, 1, origin, 5);
        r.writing.uuid = r.stamp.uuid;
        r.writing.author = r.stamp.author;
        r.writing.date = stored::date(query.getColumn(6), origin);
        r.writing.placement = query.getColumn(7).getString();
        add_answers(r.writing, query, 8, 6);
        mark_answered(r);
        out.emplace_back(std::move(r));
    }
}

// The identifiers allowed for each record of `kind`, by uuid.
std::unordered_map<std::string, std::vector<std::string>> allowed_by_uuid(Connection& database,
                                                                          std::string_view kind)
{
    SQLite::Statement query(database, "SELECT record_uuid, text FROM allowed_identifier "
                                      "WHERE record_kind = ? ORDER BY id");
    query.bind(1, std::string(kind));
    std::unordered_map<std::string, std::vector<std::string>> out;
    while (query.executeStep()) {
        out[query.getColumn(0).getString()].push_back(query.getColumn(1).getString());
    }
    return out;
}

// A stored assessment or plan as a record: its numbers are this journal's and do not travel.
template <typename R, typename T>
R record_of(rows::StoredRow<T>& row, const std::string& author,
            std::unordered_map<std::string, std::vector<std::string>>& allowed)
{
    auto& value = row.value;
    value.number = 0;
    Stamp stamp{value.uuid, author, row.created, row.updated, std::move(allowed[value.uuid])};
    return R{std::move(stamp), std::move(value)};
}

void read_assessments(Connection& database, std::vector<Record>& out)
{
    auto allowed = allowed_by_uuid(database, "assessment");
    std::vector<model::AssessmentRecord> records;
    for (auto& row : rows::assessments(database, "1", [](SQLite::Statement&) {})) {
        for (auto& judgement : row.value.judgements) {
            for (auto& evidence : judgement.evidence) {
                evidence.number = 0;
            }
        }
        const auto assessor = row.value.assessor;
        records.push_back(record_of<model::AssessmentRecord>(row, assessor, allowed));
    }
    add_oldest_first(out, std::move(records));
}

void read_plans(Connection& database, std::vector<Record>& out)
{
    auto allowed = allowed_by_uuid(database, "individual_plan");
    std::vector<model::PlanRecord> records;
    for (auto& row : rows::plans(database, "1", [](SQLite::Statement&) {})) {
        const auto author = row.value.author;
        records.push_back(record_of<model::PlanRecord>(row, author, allowed));
    }
    add_oldest_first(out, std::move(records));
}

void read_tombstones(Connection& database, std::vector<Record>& out)
{
    SQLite::Statement query(
        database, "SELECT uuid, kind, deleted_at FROM tombstone ORDER BY deleted_at, uuid");
    while (query.executeStep()) {
        const auto deleted = query.getColumn(2).getString();
        out.emplace_back(
            model::TombstoneRecord{{query.getColumn(0).getString(), "", deleted, deleted, {}},
                                   query.getColumn(1).getString()});
    }
}

} // namespace

std::vector<Record> read_records(const Journal& journal)
{
    std::vector<Record> out;
    Access::read(journal, [&](Connection& database) {
        read_people(database, out);
        read_placements(database, out);
        read_pairs(database, out);
        read_activities(database, out);
        read_log(database, out);
        read_writings(database, out);
        read_introductions(database, out);
        read_assessments(database, out);
        read_plans(database, out);
        read_tombstones(database, out);
    });
    return out;
}

} // namespace peer::journal

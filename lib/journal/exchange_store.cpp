// A record from another journal, stored: inserted, or written over the one it is the same as.

#include "access.hpp"
#include "activity_rows.hpp"
#include "allowed_rows.hpp"
#include "assessment_rows.hpp"
#include "person_rows.hpp"
#include "placement_rows.hpp"
#include <peer/journal/exchange.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>
#include <string>

namespace peer::journal {

namespace {

using model::Stamp;

// Binds `text` to `name`, or NULL when it is empty.
void bind_or_null(SQLite::Statement& statement, const char* name, const std::string& text)
{
    if (text.empty()) {
        statement.bind(name);
    } else {
        statement.bind(name, text);
    }
}

// Gives the row of `table` whose `name_column` is `name` the record's times, and its uuid when
// no other row has it: a record stored the first time keeps the uuid it was exported with.
void stamp_row(Connection& database, std::string_view table, std::string_view name_column,
               const std::string& name, const Stamp& stamp, bool inserted)
{
    SQLite::Statement times(database,
                            fmt::format("UPDATE {} SET created_at = ?, updated_at = ? WHERE {} = ?",
                                        table, name_column));
    times.bind(1, stamp.created);
    times.bind(2, stamp.updated);
    times.bind(3, name);
    times.exec();
    if (inserted) {
        SQLite::Statement uuid(database,
                               fmt::format("UPDATE {0} SET uuid = ? WHERE {1} = ? AND NOT EXISTS "
                                           "(SELECT 1 FROM {0} WHERE uuid = ?)",
                                           table, name_column));
        uuid.bind(1, stamp.uuid);
        uuid.bind(2, name);
        uuid.bind(3, stamp.uuid);
        uuid.exec();
    }
}

std::string uuid_of(Connection& database, std::string_view table, std::string_view name_column,
                    const std::string& name)
{
    SQLite::Statement query(database,
                            fmt::format("SELECT uuid FROM {} WHERE {} = ?", table, name_column));
    query.bind(1, name);
    return query.executeStep() ? query.getColumn(0).getString() : std::string();
}

// Replaces what was allowed for the record with what its file allows.
void replace_allowed(Connection& database, std::string_view kind, const std::string& uuid,
                     const std::vector<std::string>& allowed)
{
    rows::forget_allowed(database, kind, uuid);
    rows::record_allowed(database, allowed, kind, uuid);
}

void store(Connection& database, const model::PersonRecord& r)
{
    const bool inserted = !rows::person_row(database, r.person.id);
    if (inserted) {
        rows::insert_person(database, r.person);
    } else {
        rows::update_person(database, r.person);
    }
    stamp_row(database, "person", "handle", r.person.id, r.stamp, inserted);
    replace_allowed(database, "person", uuid_of(database, "person", "handle", r.person.id),
                    r.stamp.allowed);
}

void link_placement_people(Connection& database, std::int64_t row, const model::PlacementRecord& r)
{
    SQLite::Statement clear_staff(database, "DELETE FROM placement_staff WHERE placement_id = ?");
    clear_staff.bind(1, row);
    clear_staff.exec();
    SQLite::Statement clear_students(database,
                                     "DELETE FROM placement_student WHERE placement_id = ?");
    clear_students.bind(1, row);
    clear_students.exec();
    for (const auto& staff : r.staff) {
        SQLite::Statement link(database, "INSERT INTO placement_staff (placement_id, person_id) "
                                         "VALUES (?, (SELECT id FROM person WHERE handle = ?))");
        link.bind(1, row);
        link.bind(2, staff);
        link.exec();
    }
    for (const auto& student : r.students) {
        SQLite::Statement link(database,
                               "INSERT INTO placement_student (placement_id, person_id, "
                               "archived_at) VALUES (:row, (SELECT id FROM person WHERE handle = "
                               ":student), :archived)");
        link.bind(":row", row);
        link.bind(":student", student.student);
        bind_or_null(link, ":archived", student.archived);
        link.exec();
    }
}

void store(Connection& database, const model::PlacementRecord& r)
{
    const bool inserted = !rows::placement_row(database, r.placement.id);
    const auto row = rows::save_placement(database, r.placement);
    link_placement_people(database, row, r);
    SQLite::Statement archived(database, "UPDATE placement SET archived_at = :at WHERE id = :row");
    bind_or_null(archived, ":at", r.archived);
    archived.bind(":row", row);
    archived.exec();
    stamp_row(database, "placement", "handle", r.placement.id, r.stamp, inserted);
    replace_allowed(database, "placement", uuid_of(database, "placement", "handle", r.placement.id),
                    r.stamp.allowed);
}

// The pair's row: by its uuid, else the placement's pair of the same students.
std::optional<std::int64_t> pair_row(Connection& database, const model::PairRecord& r)
{
    SQLite::Statement by_uuid(database, "SELECT id FROM pair WHERE uuid = ?");
    by_uuid.bind(1, r.stamp.uuid);
    if (by_uuid.executeStep()) {
        return by_uuid.getColumn(0).getInt64();
    }
    auto students = r.pair.students;
    std::ranges::sort(students);
    SQLite::Statement query(database, R"(
        SELECT pr.id, (SELECT group_concat(handle, ',') FROM (
            SELECT p.handle FROM pair_student s JOIN person p ON p.id = s.person_id
            WHERE s.pair_id = pr.id ORDER BY p.handle))
        FROM pair pr JOIN placement pl ON pl.id = pr.placement_id WHERE pl.handle = ?)");
    query.bind(1, r.placement);
    const auto wanted = fmt::format("{}", fmt::join(students, ","));
    while (query.executeStep()) {
        if (query.getColumn(1).getString() == wanted) {
            return query.getColumn(0).getInt64();
        }
    }
    return std::nullopt;
}

void store(Connection& database, const model::PairRecord& r)
{
    auto row = pair_row(database, r);
    if (row) {
        rows::update_pair(database, *row, r.pair);
    } else {
        row = rows::insert_pair(database, *rows::placement_row(database, r.placement), r.pair);
        SQLite::Statement uuid(database, "UPDATE pair SET uuid = ? WHERE id = ? AND NOT EXISTS "
                                         "(SELECT 1 FROM pair WHERE uuid = ?)");
        uuid.bind(1, r.stamp.uuid);
        uuid.bind(2, *row);
        uuid.bind(3, r.stamp.uuid);
        uuid.exec();
    }
    SQLite::Statement times(database,
                            "UPDATE pair SET created_at = :created, archived_at = :archived "
                            "WHERE id = :row");
    times.bind(":created", r.stamp.created);
    bind_or_null(times, ":archived", r.archived);
    times.bind(":row", *row);
    times.exec();
    SQLite::Statement uuid(database, "SELECT uuid FROM pair WHERE id = ?");
    uuid.bind(1, *row);
    uuid.executeStep();
    replace_allowed(database, "pair", uuid.getColumn(0).getString(), r.stamp.allowed);
}

void store(Connection& database, const model::ActivityRecord& r)
{
    const bool inserted = !rows::load_activity(database, r.activity.code);
    rows::ActivityWriter(database).upsert(r.activity);
    stamp_row(database, "activity", "code", r.activity.code, r.stamp, inserted);
    replace_allowed(database, "activity", uuid_of(database, "activity", "code", r.activity.code),
                    r.stamp.allowed);
}

std::optional<std::int64_t> row_by_uuid(Connection& database, std::string_view table,
                                        const std::string& uuid)
{
    SQLite::Statement query(database, fmt::format("SELECT id FROM {} WHERE uuid = ?", table));
    query.bind(1, uuid);
    if (query.executeStep()) {
        return query.getColumn(0).getInt64();
    }
    return std::nullopt;
}

void store(Connection& database, const model::LogRecord& r)
{
    const auto& e = r.entry;
    const auto existing = row_by_uuid(database, "log_entry", r.stamp.uuid);
    SQLite::Statement write(database, existing ? R"(
        UPDATE log_entry SET date = :date, activity_id = (SELECT id FROM activity WHERE code = :code),
            mode = :mode, author_id = (SELECT id FROM person WHERE handle = :author),
            partner_id = (SELECT id FROM person WHERE handle = :partner),
            pair_id = (SELECT id FROM pair WHERE uuid = :pair), patients = :patients,
            presence = :presence, note = :note, created_at = :created, updated_at = :updated
        WHERE uuid = :uuid)"
                                               : R"(
        INSERT INTO log_entry (uuid, date, activity_id, mode, author_id, partner_id, pair_id,
                               patients, presence, note, created_at, updated_at)
        VALUES (:uuid, :date, (SELECT id FROM activity WHERE code = :code), :mode,
                (SELECT id FROM person WHERE handle = :author),
                (SELECT id FROM person WHERE handle = :partner),
                (SELECT id FROM pair WHERE uuid = :pair), :patients, :presence, :note,
                :created, :updated))");
    write.bind(":uuid", r.stamp.uuid);
    write.bind(":date", format_date(e.date));
    write.bind(":code", e.code);
    write.bind(":mode", std::string(model::keyword(e.mode)));
    bind_or_null(write, ":author", r.stamp.author);
    bind_or_null(write, ":partner", e.partners.empty() ? std::string() : e.partners.front());
    bind_or_null(write, ":pair", r.pair);
    if (e.patients) {
        write.bind(":patients", *e.patients);
    } else {
        write.bind(":patients");
    }
    bind_or_null(write, ":presence",
                 e.presence ? std::string(model::keyword(*e.presence)) : std::string());
    write.bind(":note", e.note);
    write.bind(":created", r.stamp.created);
    write.bind(":updated", r.stamp.updated);
    write.exec();
    const auto row = existing ? *existing : database.getLastInsertRowid();
    for (const char* clear : {"DELETE FROM log_observer_step WHERE log_entry_id = ?",
                              "DELETE FROM log_entry_partner WHERE log_entry_id = ?"}) {
        SQLite::Statement statement(database, clear);
        statement.bind(1, row);
        statement.exec();
    }
    for (const auto step : e.observer_steps) {
        SQLite::Statement add(database,
                              "INSERT INTO log_observer_step (log_entry_id, step) VALUES (?, ?)");
        add.bind(1, row);
        add.bind(2, std::string(model::keyword(step)));
        add.exec();
    }
    for (std::size_t i = 1; i < e.partners.size(); ++i) {
        SQLite::Statement add(database, "INSERT INTO log_entry_partner (log_entry_id, position, "
                                        "person_id) VALUES (?, ?, (SELECT id FROM person WHERE "
                                        "handle = ?))");
        add.bind(1, row);
        add.bind(2, static_cast<std::int64_t>(i + 1));
        add.bind(3, e.partners[i]);
        add.exec();
    }
    replace_allowed(database, "note", r.stamp.uuid, r.stamp.allowed);
}

// A column of a written record beyond the ones all of them have, with the SQL that turns its
// value (bound as {}) into what the column holds.
struct Column {
    std::string_view name;
    std::string value;
    std::string_view expression = "{}";
};

template <typename W>
void store_writing(Connection& database, std::string_view table, const model::WritingRecord<W>& r,
                   const std::vector<Column>& own)
{
    const auto existing = row_by_uuid(database, table, r.stamp.uuid);
    std::string sets;
    std::string names;
    std::string values;
    for (std::size_t i = 0; i < own.size(); ++i) {
        const auto value = fmt::format(fmt::runtime(own[i].expression), fmt::format(":c{}", i));
        sets += fmt::format(", {} = {}", own[i].name, value);
        names += fmt::format(", {}", own[i].name);
        values += fmt::format(", {}", value);
    }
    SQLite::Statement write(database, existing ? fmt::format(R"(
            UPDATE {} SET author_id = (SELECT id FROM person WHERE handle = :author),
                log_entry_id = (SELECT id FROM log_entry WHERE uuid = :entry),
                activity_id = (SELECT id FROM activity WHERE code = :code), date = :date,
                created_at = :created, updated_at = :updated{}
            WHERE uuid = :uuid)",
                                                             table, sets)
                                               : fmt::format(R"(
            INSERT INTO {} (uuid, author_id, log_entry_id, activity_id, date, created_at,
                            updated_at{})
            VALUES (:uuid, (SELECT id FROM person WHERE handle = :author),
                    (SELECT id FROM log_entry WHERE uuid = :entry),
                    (SELECT id FROM activity WHERE code = :code), :date, :created, :updated{}))",
                                                             table, names, values));
    write.bind(":uuid", r.stamp.uuid);
    bind_or_null(write, ":author", r.stamp.author);
    bind_or_null(write, ":entry", r.entry);
    bind_or_null(write, ":code", r.writing.code);
    write.bind(":date", format_date(r.writing.date));
    write.bind(":created", r.stamp.created);
    write.bind(":updated", r.stamp.updated);
    for (std::size_t i = 0; i < own.size(); ++i) {
        write.bind(fmt::format(":c{}", i), own[i].value);
    }
    write.exec();
    replace_allowed(database, table, r.stamp.uuid, r.stamp.allowed);
}

std::string answer(const model::Writing& writing, std::size_t index)
{
    return index < writing.answers.size() ? writing.answers[index] : std::string();
}

void store(Connection& database, const model::ReflectionRecord& r)
{
    const auto& w = r.writing;
    std::vector<Column> own{
        {"phase", std::string(w.phase ? model::keyword(*w.phase) : ""), "nullif({}, '')"},
        {"with_whom", std::string(model::keyword(w.company))},
        {"status", w.draft ? "draft" : "saved"}};
    for (std::size_t i = 0; i < 6; ++i) {
        constexpr std::array<std::string_view, 6> k_stages{
            "description", "feelings", "evaluation", "analysis", "conclusion", "action_plan"};
        own.push_back({k_stages.at(i), answer(w, i)});
    }
    store_writing(database, "reflection", r, own);
}

void store(Connection& database, const model::FeedbackRecord& r)
{
    const auto& w = r.writing;
    store_writing(database, "feedback", r,
                  {{"recipient_id", w.recipient, "(SELECT id FROM person WHERE handle = {})"},
                   {"strength", answer(w, 0)},
                   {"situation", answer(w, 1)},
                   {"improve", answer(w, 2)},
                   {"how", answer(w, 3)}});
}

void store(Connection& database, const model::BriefingRecord& r)
{
    const auto& w = r.writing;
    const bool before = w.kind == model::BriefingKind::before;
    store_writing(database, "briefing", r,
                  {{"kind", std::string(model::keyword(w.kind))},
                   {"who_does_what", before ? answer(w, 0) : ""},
                   {"observations", before ? answer(w, 1) : ""},
                   {"consequences", before ? answer(w, 2) : ""},
                   {"how_it_went", before ? "" : answer(w, 0)},
                   {"feedback", before ? "" : answer(w, 1)}});
}

void store(Connection& database, const model::IntroductionRecord& r)
{
    const auto& w = r.writing;
    // The author's one introduction to the placement: by its uuid, else the one it replaces
    // (written again in a new journal, with a new uuid).
    auto existing = row_by_uuid(database, "introduction", r.stamp.uuid);
    if (!existing) {
        SQLite::Statement same(database, R"(
            SELECT i.id FROM introduction i JOIN person au ON au.id = i.author_id
            JOIN placement p ON p.id = i.placement_id
            WHERE au.handle = ? AND p.handle = ?)");
        same.bind(1, r.stamp.author);
        same.bind(2, w.placement);
        if (same.executeStep()) {
            existing = same.getColumn(0).getInt64();
        }
    }
    SQLite::Statement write(database, existing ? R"(
            UPDATE introduction SET uuid = :uuid,
                author_id = (SELECT id FROM person WHERE handle = :author),
                placement_id = (SELECT id FROM placement WHERE handle = :placement),
                date = :date, goals = :s1, expectations = :s2, learning = :s3, roles = :s4,
                cooperation = :s5, first_activities = :s6, created_at = :created,
                updated_at = :updated
            WHERE id = :row)"
                                               : R"(
            INSERT INTO introduction (uuid, author_id, placement_id, date, goals, expectations,
                learning, roles, cooperation, first_activities, created_at, updated_at)
            VALUES (:uuid, (SELECT id FROM person WHERE handle = :author),
                (SELECT id FROM placement WHERE handle = :placement), :date, :s1, :s2, :s3, :s4,
                :s5, :s6, :created, :updated))");
    if (existing) {
        write.bind(":row", *existing);
    }
    write.bind(":uuid", r.stamp.uuid);
    write.bind(":author", r.stamp.author);
    write.bind(":placement", w.placement);
    write.bind(":date", format_date(w.date));
    write.bind(":created", r.stamp.created);
    write.bind(":updated", r.stamp.updated);
    for (std::size_t i = 0; i < 6; ++i) {
        write.bind(fmt::format(":s{}", i + 1), answer(w, i));
    }
    write.exec();
    replace_allowed(database, "introduction", r.stamp.uuid, r.stamp.allowed);
}

// Gives row `row` of `table` the record's times.
void keep_times(Connection& database, std::string_view table, std::int64_t row, const Stamp& stamp)
{
    SQLite::Statement times(
        database, fmt::format("UPDATE {} SET created_at = ?, updated_at = ? WHERE id = ?", table));
    times.bind(1, stamp.created);
    times.bind(2, stamp.updated);
    times.bind(3, row);
    times.exec();
}

void store(Connection& database, const model::AssessmentRecord& r)
{
    const auto& a = r.assessment;
    // One assessment per student, assessor, placement and talk: by its uuid, else the one it
    // replaces (written again in a new journal, with a new uuid).
    auto existing = row_by_uuid(database, "assessment", r.stamp.uuid);
    if (!existing) {
        SQLite::Statement same(database, R"(
            SELECT a.id FROM assessment a JOIN person s ON s.id = a.student_id
            JOIN person t ON t.id = a.assessor_id JOIN placement p ON p.id = a.placement_id
            WHERE s.handle = ? AND t.handle = ? AND p.handle = ? AND a.kind = ?)");
        same.bind(1, a.student);
        same.bind(2, a.assessor);
        same.bind(3, a.placement);
        same.bind(4, std::string(model::keyword(a.talk)));
        if (same.executeStep()) {
            existing = same.getColumn(0).getInt64();
        }
    }
    auto stored = a;
    stored.uuid = r.stamp.uuid;
    const auto row = rows::write_assessment(database, stored, existing.value_or(0));
    keep_times(database, "assessment", row, r.stamp);
    replace_allowed(database, "assessment", r.stamp.uuid, r.stamp.allowed);
}

void store(Connection& database, const model::PlanRecord& r)
{
    auto stored = r.plan;
    stored.uuid = r.stamp.uuid;
    const auto row = rows::write_plan(
        database, stored, row_by_uuid(database, "individual_plan", r.stamp.uuid).value_or(0));
    keep_times(database, "individual_plan", row, r.stamp);
    replace_allowed(database, "individual_plan", r.stamp.uuid, r.stamp.allowed);
}

void store(Connection& database, const model::TombstoneRecord& r)
{
    if (!model::is_deletable_kind(r.of)) {
        throw std::logic_error("a tombstone of a kind that is not deleted: " + r.of);
    }
    if (const auto row = row_by_uuid(database, r.of, r.stamp.uuid)) {
        if (r.of == "log_entry") {
            for (const auto* table : {"reflection", "feedback", "briefing"}) {
                SQLite::Statement unlink(
                    database,
                    fmt::format("UPDATE {} SET log_entry_id = NULL WHERE log_entry_id = ?", table));
                unlink.bind(1, *row);
                unlink.exec();
            }
        }
        rows::forget_allowed(database, r.of == "log_entry" ? "note" : r.of, r.stamp.uuid);
        SQLite::Statement remove(database, fmt::format("DELETE FROM {} WHERE id = ?", r.of));
        remove.bind(1, *row);
        remove.exec();
    }
    SQLite::Statement keep(database, "INSERT OR REPLACE INTO tombstone (uuid, kind, deleted_at) "
                                     "VALUES (?, ?, ?)");
    keep.bind(1, r.stamp.uuid);
    keep.bind(2, r.of);
    keep.bind(3, r.stamp.created);
    keep.exec();
}

} // namespace

void store_record(Journal& journal, const model::Record& record)
{
    Access::write(journal, [&](Connection& database) {
        const auto allowing = database.guard().allow(model::stamp_of(record).allowed);
        std::visit([&](const auto& r) { store(database, r); }, record);
    });
}

} // namespace peer::journal

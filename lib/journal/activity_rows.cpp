#include "activity_rows.hpp"

#include "placement_rows.hpp"
#include "sql.hpp"

#include <peer/core/uuid.hpp>

#include <sqlite3.h>

namespace peer::journal::rows {

namespace {

void bind_text(SQLite::Statement& statement, const char* name, const std::string& text)
{
    statement.bind(name, text);
}

void replace_list(SQLite::Database& database, const char* clear_sql, const char* insert_sql,
                  std::int64_t row, const std::vector<std::string>& items)
{
    SQLite::Statement clear(database, clear_sql);
    clear.bind(1, row);
    clear.exec();
    SQLite::Statement insert(database, insert_sql);
    for (const auto& item : items) {
        insert.bind(1, row);
        insert.bind(2, item);
        insert.exec();
        insert.reset();
    }
}

} // namespace

std::optional<model::Activity> load_activity(SQLite::Database& database, std::string_view code)
{
    SQLite::Statement query(
        database, "SELECT id, code, title, what, how, why, unit FROM activity WHERE code = ?");
    query.bind(1, std::string(code));
    if (!query.executeStep()) {
        return std::nullopt;
    }
    const auto row = query.getColumn(0).getInt64();
    model::Activity activity{query.getColumn(1).getString(), query.getColumn(2).getString(),
                             query.getColumn(3).getString(), query.getColumn(4).getString(),
                             query.getColumn(5).getString(), {},
                             query.getColumn(6).getString(), {}};
    activity.outcomes = strings_of(
        database, "SELECT outcome FROM activity_outcome WHERE activity_id = ? ORDER BY rowid", row);
    activity.tags = strings_of(
        database, "SELECT tag FROM activity_tag WHERE activity_id = ? ORDER BY rowid", row);
    return activity;
}

ActivityWriter::ActivityWriter(SQLite::Database& database)
    : m_database(database),
      m_insert(database, "INSERT INTO activity (uuid, code, title, what, how, why, unit) "
                         "VALUES (:uuid, :code, :title, :what, :how, :why, :unit)"),
      m_update(database, "UPDATE activity SET title = :title, what = :what, how = :how, "
                         "why = :why, unit = :unit, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
                         "'now') WHERE code = :code RETURNING id")
{
}

ActivitySaved ActivityWriter::upsert(const model::Activity& activity)
{
    const auto before = load_activity(m_database, activity.code);
    if (before && *before == activity) {
        return ActivitySaved::unchanged;
    }
    auto& statement = before ? m_update : m_insert;
    statement.reset();
    if (!before) {
        statement.bind(":uuid", new_uuid());
    }
    bind_text(statement, ":code", activity.code);
    bind_text(statement, ":title", activity.title);
    bind_text(statement, ":what", activity.what);
    bind_text(statement, ":how", activity.how);
    bind_text(statement, ":why", activity.why);
    bind_text(statement, ":unit", activity.unit);
    std::int64_t row = 0;
    if (before) {
        statement.executeStep();
        row = statement.getColumn(0).getInt64();
        statement.reset();
    } else {
        statement.exec();
        row = m_database.getLastInsertRowid();
    }
    write_lists(row, activity);
    return before ? ActivitySaved::updated : ActivitySaved::added;
}

void ActivityWriter::write_lists(std::int64_t row, const model::Activity& activity)
{
    replace_list(m_database, "DELETE FROM activity_outcome WHERE activity_id = ?",
                 "INSERT OR IGNORE INTO activity_outcome (activity_id, outcome) VALUES (?, ?)", row,
                 activity.outcomes);
    replace_list(m_database, "DELETE FROM activity_tag WHERE activity_id = ?",
                 "INSERT OR IGNORE INTO activity_tag (activity_id, tag) VALUES (?, ?)", row,
                 activity.tags);
}

std::unordered_map<std::string, std::int64_t> activity_rows(SQLite::Database& database)
{
    std::unordered_map<std::string, std::int64_t> rows;
    SQLite::Statement query(database, "SELECT code, id FROM activity");
    while (query.executeStep()) {
        rows.emplace(query.getColumn(0).getString(), query.getColumn(1).getInt64());
    }
    return rows;
}

LogWriter::LogWriter(SQLite::Database& database, const LogContext& context)
    : m_database(database),
      m_insert(database, "INSERT INTO log_entry (uuid, date, activity_id, mode, author_id, "
                         "partner_id, pair_id, patients, presence, note, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_step(database, "INSERT INTO log_observer_step (log_entry_id, step) VALUES (?, ?)")
{
    // One timestamp for the whole batch, rather than the column default evaluated per row.
    m_created_at = database.execAndGet("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')").getString();
    m_author = person_row(database, context.owner);
    SQLite::Statement pair(database, R"(
        SELECT pr.id FROM pair pr
        JOIN pair_student ps ON ps.pair_id = pr.id
        JOIN placement pl ON pl.id = pr.placement_id
        WHERE ps.person_id = ? AND pr.archived_at IS NULL AND pl.handle = ?)");
    pair.bind(1, m_author.value_or(0));
    pair.bind(2, context.placement);
    if (pair.executeStep()) {
        m_pair = pair.getColumn(0).getInt64();
    }
}

std::int64_t LogWriter::person(const std::string& handle)
{
    if (auto found = m_people.find(handle); found != m_people.end()) {
        return found->second;
    }
    const auto row = person_row(m_database, handle).value_or(0);
    m_people.emplace(handle, row);
    return row;
}

std::int64_t LogWriter::insert(const model::LogEntry& entry, std::int64_t activity_row)
{
    m_insert.reset();
    m_insert.bind(1, new_uuid());
    m_insert.bind(2, format_date(entry.date));
    m_insert.bind(3, activity_row);
    m_insert.bindNoCopy(4, model::keyword(entry.mode).data());
    m_author ? m_insert.bind(5, *m_author) : m_insert.bind(5);
    const auto partner = entry.partner.empty() ? 0 : person(entry.partner);
    partner != 0 ? m_insert.bind(6, partner) : m_insert.bind(6);
    m_pair ? m_insert.bind(7, *m_pair) : m_insert.bind(7);
    entry.patients ? m_insert.bind(8, *entry.patients) : m_insert.bind(8);
    entry.presence ? m_insert.bindNoCopy(9, model::keyword(*entry.presence).data())
                   : m_insert.bind(9);
    m_insert.bindNoCopy(10, entry.note);
    m_insert.bindNoCopy(11, m_created_at);
    m_insert.exec();
    const auto row = m_database.getLastInsertRowid();
    for (const auto step : entry.observer_steps) {
        m_step.reset();
        m_step.bind(1, row);
        m_step.bindNoCopy(2, model::keyword(step).data());
        m_step.exec();
    }
    return row;
}

DeferredNoteIndex::DeferredNoteIndex(SQLite::Database& database) : m_database(database)
{
    m_last_before = m_database.execAndGet("SELECT coalesce(max(id), 0) FROM log_entry").getInt64();
    enable_triggers(false);
}

DeferredNoteIndex::~DeferredNoteIndex()
{
    enable_triggers(true);
}

void DeferredNoteIndex::enable_triggers(bool on)
{
    // Statements prepared before are recompiled on their next step, with or without triggers.
    sqlite3_db_config(m_database.getHandle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, nullptr);
}

void DeferredNoteIndex::finish()
{
    SQLite::Statement index(m_database, R"(
        INSERT INTO writing_search (rowid, body, kind, record_id, date, code)
        SELECT l.id * 4 + 3, l.note, 'note', l.id, l.date, a.code
        FROM log_entry l JOIN activity a ON a.id = l.activity_id
        WHERE l.id > ? AND l.note <> '')");
    index.bind(1, m_last_before);
    index.exec();
}

} // namespace peer::journal::rows

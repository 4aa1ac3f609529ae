#include "activity_rows.hpp"

#include <peer/core/strings.hpp>
#include <peer/core/utf8.hpp>

#include "placement_rows.hpp"
#include "sql.hpp"
#include "stored.hpp"

#include <peer/core/uuid.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <sqlite3.h>

namespace peer::journal::rows {

namespace {

// The activity's columns, with its outcomes and tags (rows::json_list).
constexpr const char* k_select_activity = R"(
    SELECT a.id, a.code, a.title, a.what, a.how, a.why, a.unit,
           (SELECT json_group_object(rowid, outcome) FROM activity_outcome
            WHERE activity_id = a.id),
           (SELECT json_group_object(rowid, tag) FROM activity_tag WHERE activity_id = a.id)
    FROM activity a)";

model::Activity read_activity(SQLite::Statement& row)
{
    const stored::Origin origin{"activity", row.getColumn(0).getInt64()};
    return {row.getColumn(1).getString(), row.getColumn(2).getString(),
            row.getColumn(3).getString(), row.getColumn(4).getString(),
            row.getColumn(5).getString(), json_list(row.getColumn(7), origin),
            row.getColumn(6).getString(), json_list(row.getColumn(8), origin)};
}

// Writes the list of the activity `row` anew; `clear` when it may hold items already.
void write_list(Connection& connection, const char* clear_sql, const char* insert_sql,
                std::int64_t row, const std::vector<std::string>& items, bool clear)
{
    if (clear) {
        auto statement = connection.statement(clear_sql);
        statement->bind(1, row);
        statement->exec();
    }
    if (items.empty()) {
        return;
    }
    auto insert = connection.statement(insert_sql);
    for (const auto& item : items) {
        insert->bind(1, row);
        insert->bindNoCopy(2, item);
        insert->exec();
        insert->reset();
    }
}

} // namespace

std::optional<model::Activity> load_activity(Connection& connection, std::string_view code)
{
    static const std::string sql = std::string(k_select_activity) + " WHERE a.code = ?";
    auto query = connection.statement(sql);
    query->bind(1, std::string(code));
    if (!query->executeStep()) {
        return std::nullopt;
    }
    return read_activity(*query);
}

std::vector<model::Activity> all_activities(Connection& connection)
{
    static const std::string sql = std::string(k_select_activity) + " ORDER BY a.code";
    std::vector<model::Activity> out;
    auto query = connection.statement(sql);
    while (query->executeStep()) {
        out.push_back(read_activity(*query));
    }
    return out;
}

// One timestamp for the whole batch, rather than the columns' defaults evaluated per row: two
// strftime calls were a tenth of a new row's instructions.
ActivityWriter::ActivityWriter(Connection& connection)
    : m_connection(connection),
      m_now(connection.execAndGet("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')").getString())
{
}

ActivitySaved ActivityWriter::upsert(const model::Activity& activity)
{
    const auto before = load_activity(m_connection, activity.code);
    if (before && *before == activity) {
        return ActivitySaved::unchanged;
    }
    std::int64_t row = 0;
    {
        auto statement = m_connection.statement(
            before ? "UPDATE activity SET title = :title, what = :what, how = :how, why = :why, "
                     "unit = :unit, updated_at = :now WHERE code = :code RETURNING id"
                   : "INSERT INTO activity (uuid, code, title, what, how, why, unit, created_at, "
                     "updated_at) VALUES (:uuid, :code, :title, :what, :how, :why, :unit, :now, "
                     ":now)");
        const auto uuid = before ? std::string() : new_uuid();
        if (!before) {
            statement->bindNoCopy(":uuid", uuid);
        }
        statement->bindNoCopy(":code", activity.code);
        statement->bindNoCopy(":title", activity.title);
        statement->bindNoCopy(":what", activity.what);
        statement->bindNoCopy(":how", activity.how);
        statement->bindNoCopy(":why", activity.why);
        statement->bindNoCopy(":unit", activity.unit);
        statement->bindNoCopy(":now", m_now);
        if (before) {
            statement->executeStep();
            row = statement->getColumn(0).getInt64();
        } else {
            statement->exec();
            row = m_connection.getLastInsertRowid();
        }
    }
    // A new activity has no lists to clear; an updated one keeps a list that did not change.
    if (!before || before->outcomes != activity.outcomes) {
        write_list(m_connection, "DELETE FROM activity_outcome WHERE activity_id = ?",
                   "INSERT OR IGNORE INTO activity_outcome (activity_id, outcome) VALUES (?, ?)",
                   row, activity.outcomes, before.has_value());
    }
    if (!before || before->tags != activity.tags) {
        write_list(m_connection, "DELETE FROM activity_tag WHERE activity_id = ?",
                   "INSERT OR IGNORE INTO activity_tag (activity_id, tag) VALUES (?, ?)", row,
                   activity.tags, before.has_value());
    }
    return before ? ActivitySaved::updated : ActivitySaved::added;
}

std::unordered_map<std::string, std::int64_t> activity_rows(Connection& connection)
{
    std::unordered_map<std::string, std::int64_t> rows;
    auto query = connection.statement("SELECT code, id FROM activity");
    while (query->executeStep()) {
        rows.emplace(query->getColumn(0).getString(), query->getColumn(1).getInt64());
    }
    return rows;
}

std::vector<std::string> activity_codes(Connection& connection)
{
    std::vector<std::string> codes;
    auto query = connection.statement("SELECT code FROM activity ORDER BY code");
    while (query->executeStep()) {
        codes.push_back(query->getColumn(0).getString());
    }
    return codes;
}

CodeMatcher::CodeMatcher(std::vector<std::string> codes) : m_codes(std::move(codes))
{
    std::ranges::sort(m_codes);
    for (const auto& code : m_codes) {
        const auto [at, added] = m_folded.emplace(case_folded(code), code);
        if (!added) {
            at->second.clear(); // two codes that differ only in case: neither by folding
        }
    }
}

std::optional<std::string> CodeMatcher::find(std::string_view typed) const
{
    if (std::ranges::binary_search(m_codes, typed)) {
        return std::string(typed);
    }
    const auto folded = m_folded.find(case_folded(typed));
    if (folded == m_folded.end() || folded->second.empty()) {
        return std::nullopt;
    }
    return folded->second;
}

LogWriter::LogWriter(Connection& connection, const LogContext& context) : m_connection(connection)
{
    // One timestamp for the whole batch, rather than the column default evaluated per row.
    m_created_at =
        connection.execAndGet("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')").getString();
    m_author = person_row(connection, context.owner);
    auto pair = connection.statement(R"(
        SELECT pr.id FROM pair pr
        JOIN pair_student ps ON ps.pair_id = pr.id
        JOIN placement pl ON pl.id = pr.placement_id
        WHERE ps.person_id = ? AND pr.archived_at IS NULL AND pl.handle = ?)");
    pair->bind(1, m_author.value_or(0));
    pair->bind(2, context.placement);
    if (pair->executeStep()) {
        m_pair = pair->getColumn(0).getInt64();
    }
}

std::int64_t LogWriter::person(const std::string& handle)
{
    if (auto found = m_people.find(handle); found != m_people.end()) {
        return found->second;
    }
    const auto row = person_row(m_connection, handle).value_or(0);
    m_people.emplace(handle, row);
    return row;
}

namespace {

// What makes two entries of one author the same, as one string; the partners in any order.
std::string entry_key(std::string_view date, std::int64_t activity_row, std::string_view mode,
                      std::vector<std::string> partners, std::int64_t patients,
                      std::string_view presence, std::string_view note)
{
    std::ranges::sort(partners);
    return fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", date, activity_row, mode,
                       fmt::join(partners, ","), patients, presence, note);
}

} // namespace

LogEntryCounts::LogEntryCounts(Connection& connection, const std::string& author)
{
    auto query = connection.statement(R"(
        SELECT l.date, l.activity_id, l.mode, )"
                                      + std::string(k_partners_of_entry) + R"(,
               coalesce(l.patients, -1), coalesce(l.presence, ''), l.note, count(*)
        FROM log_entry l
        JOIN person a ON a.id = l.author_id
        LEFT JOIN person p ON p.id = l.partner_id
        WHERE a.handle = ?
        GROUP BY 1, 2, 3, 4, 5, 6, 7)");
    query->bind(1, author);
    while (query->executeStep()) {
        // Entries that differ only in the order of their partners are one key: added up.
        m_counts[entry_key(query->getColumn(0).getText(), query->getColumn(1).getInt64(),
                           query->getColumn(2).getText(), split(query->getColumn(3).getText(), ','),
                           query->getColumn(4).getInt64(), query->getColumn(5).getText(),
                           query->getColumn(6).getText())] += query->getColumn(7).getInt64();
    }
}

bool LogEntryCounts::take(const model::LogEntry& entry, std::int64_t activity_row)
{
    if (m_counts.empty()) {
        return false;
    }
    const auto found = m_counts.find(entry_key(
        format_date(entry.date), activity_row, model::keyword(entry.mode), entry.partners,
        entry.patients.value_or(-1),
        entry.presence ? model::keyword(*entry.presence) : std::string_view(), entry.note));
    if (found == m_counts.end() || found->second == 0) {
        return false;
    }
    --found->second;
    return true;
}

std::int64_t LogWriter::insert(const model::LogEntry& entry, std::int64_t activity_row)
{
    const auto partner = entry.partners.empty() ? 0 : person(entry.partners.front());
    const auto uuid = new_uuid();
    const auto date = format_date(entry.date);
    auto insert = m_connection.statement(
        "INSERT INTO log_entry (uuid, date, activity_id, mode, author_id, partner_id, pair_id, "
        "patients, presence, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bindNoCopy(1, uuid);
    insert->bindNoCopy(2, date);
    insert->bind(3, activity_row);
    insert->bindNoCopy(4, model::keyword(entry.mode).data());
    m_author ? insert->bind(5, *m_author) : insert->bind(5);
    partner != 0 ? insert->bind(6, partner) : insert->bind(6);
    m_pair ? insert->bind(7, *m_pair) : insert->bind(7);
    entry.patients ? insert->bind(8, *entry.patients) : insert->bind(8);
    entry.presence ? insert->bindNoCopy(9, model::keyword(*entry.presence).data())
                   : insert->bind(9);
    insert->bindNoCopy(10, entry.note);
    insert->bindNoCopy(11, m_created_at);
    insert->exec();
    const auto row = m_connection.getLastInsertRowid();
    insert_steps(row, entry.observer_steps);
    insert_other_partners(row, entry.partners);
    return row;
}

void LogWriter::update(const model::LogEntry& entry, std::int64_t activity_row)
{
    const auto partner = entry.partners.empty() ? 0 : person(entry.partners.front());
    auto update = m_connection.statement(
        "UPDATE log_entry SET date = ?, activity_id = ?, mode = ?, partner_id = ?, patients = ?, "
        "presence = ?, note = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?");
    update->bind(1, format_date(entry.date));
    update->bind(2, activity_row);
    update->bindNoCopy(3, model::keyword(entry.mode).data());
    partner != 0 ? update->bind(4, partner) : update->bind(4);
    entry.patients ? update->bind(5, *entry.patients) : update->bind(5);
    entry.presence ? update->bindNoCopy(6, model::keyword(*entry.presence).data())
                   : update->bind(6);
    update->bindNoCopy(7, entry.note);
    update->bind(8, entry.number);
    update->exec();
    auto clear = m_connection.statement("DELETE FROM log_observer_step WHERE log_entry_id = ?");
    clear->bind(1, entry.number);
    clear->exec();
    insert_steps(entry.number, entry.observer_steps);
    auto others = m_connection.statement("DELETE FROM log_entry_partner WHERE log_entry_id = ?");
    others->bind(1, entry.number);
    others->exec();
    insert_other_partners(entry.number, entry.partners);
}

void LogWriter::insert_other_partners(std::int64_t row, const std::vector<std::string>& partners)
{
    if (partners.size() < 2) {
        return;
    }
    auto other = m_connection.statement(
        "INSERT INTO log_entry_partner (log_entry_id, position, person_id) VALUES (?, ?, ?)");
    for (std::size_t i = 1; i < partners.size(); ++i) {
        other->bind(1, row);
        other->bind(2, static_cast<std::int64_t>(i + 1));
        other->bind(3, person(partners[i]));
        other->exec();
        other->reset();
    }
}

void LogWriter::insert_steps(std::int64_t row, const std::vector<model::ObserverStep>& steps)
{
    if (steps.empty()) {
        return;
    }
    auto step =
        m_connection.statement("INSERT INTO log_observer_step (log_entry_id, step) VALUES (?, ?)");
    for (const auto observed : steps) {
        step->bind(1, row);
        step->bindNoCopy(2, model::keyword(observed).data());
        step->exec();
        step->reset();
    }
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

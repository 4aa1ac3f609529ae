#include "access.hpp"
#include "activity_rows.hpp"
#include "allowed_rows.hpp"
#include "sql.hpp"

#include <peer/core/suggest.hpp>
#include <peer/journal/batch.hpp>

namespace peer::journal {

namespace {

// A larger page cache for the indexes a big import extends (within the 64 MiB that an import of
// a million rows is measured against in bench/run.sh).
void enlarge_cache(Connection& database)
{
    database.exec("PRAGMA cache_size = -32768");
}

} // namespace

// The rows are built in place (by make_unique): their prepared statements are not to be moved.
struct CatalogueBatch::Rows {
    explicit Rows(Connection& database) : connection(database), writer(database) {}
    Connection& connection;
    rows::ActivityWriter writer;
};

CatalogueBatch::CatalogueBatch(std::unique_ptr<Rows> rows) : m_rows(std::move(rows)) {}
CatalogueBatch::~CatalogueBatch() = default;

ActivitySaved CatalogueBatch::upsert(const model::Activity& activity,
                                     const std::vector<std::string>& allowed)
{
    const auto allowing = m_rows->connection.guard().allow(allowed);
    const auto saved = m_rows->writer.upsert(activity);
    rows::record_allowed(m_rows->connection, allowed, "activity", "activity", "code",
                         activity.code);
    return saved;
}

struct LogBatch::Rows {
    Rows(Connection& database, const LogContext& context)
        : connection(database), activities(rows::activity_rows(database)),
          codes(codes_of(activities)), existing(database, context.owner), note_index(database),
          writer(database, context)
    {
    }
    static std::vector<std::string>
    codes_of(const std::unordered_map<std::string, std::int64_t>& rows)
    {
        std::vector<std::string> out;
        out.reserve(rows.size());
        for (const auto& [code, row] : rows) {
            out.push_back(code);
        }
        return out;
    }
    Connection& connection;
    std::unordered_map<std::string, std::int64_t> activities;
    rows::CodeMatcher codes;
    rows::LogEntryCounts existing;      // the owner's entries already in the journal
    rows::DeferredNoteIndex note_index; // triggers off; cached statements recompile without
    rows::LogWriter writer;
};

LogBatch::LogBatch(std::unique_ptr<Rows> rows) : m_rows(std::move(rows)) {}
LogBatch::~LogBatch() = default;

std::optional<LogBatch::Activity> LogBatch::activity(std::string_view code) const
{
    if (const auto exact = m_rows->activities.find(std::string(code));
        exact != m_rows->activities.end()) {
        return Activity{exact->second, exact->first};
    }
    const auto found = m_rows->codes.find(code);
    if (!found) {
        return std::nullopt;
    }
    return Activity{m_rows->activities.at(*found), *found};
}

std::optional<std::string> LogBatch::nearest_code(std::string_view code) const
{
    return nearest_name(code, m_rows->codes.codes());
}

bool LogBatch::insert(const model::LogEntry& entry, std::int64_t activity,
                      const std::vector<std::string>& allowed)
{
    if (m_rows->existing.take(entry, activity)) {
        return false;
    }
    const auto allowing = m_rows->connection.guard().allow(allowed);
    const auto row = m_rows->writer.insert(entry, activity);
    if (!allowed.empty()) {
        const auto uuid =
            rows::strings_of(m_rows->connection, "SELECT uuid FROM log_entry WHERE id = ?", row);
        rows::record_allowed(m_rows->connection, allowed, "note", uuid.at(0));
    }
    return true;
}

bool write_catalogue(Journal& journal, const std::function<bool(CatalogueBatch&)>& work)
{
    return Access::write_if(journal, [&](Connection& database) {
        enlarge_cache(database);
        CatalogueBatch batch(std::make_unique<CatalogueBatch::Rows>(database));
        return work(batch);
    });
}

bool write_log(Journal& journal, const LogContext& context,
               const std::function<bool(LogBatch&)>& work)
{
    return Access::write_if(journal, [&](Connection& database) {
        enlarge_cache(database);
        auto rows = std::make_unique<LogBatch::Rows>(database, context);
        auto& note_index = rows->note_index;
        LogBatch batch(std::move(rows));
        if (!work(batch)) {
            return false;
        }
        note_index.finish();
        return true;
    });
}

} // namespace peer::journal

#include "access.hpp"
#include "activity_rows.hpp"

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
    explicit Rows(Connection& database) : writer(database) {}
    rows::ActivityWriter writer;
};

CatalogueBatch::CatalogueBatch(std::unique_ptr<Rows> rows) : m_rows(std::move(rows)) {}
CatalogueBatch::~CatalogueBatch() = default;

ActivitySaved CatalogueBatch::upsert(const model::Activity& activity)
{
    return m_rows->writer.upsert(activity);
}

struct LogBatch::Rows {
    Rows(Connection& database, const LogContext& context)
        : activities(rows::activity_rows(database)), existing(database, context.owner),
          note_index(database), writer(database, context)
    {
    }
    std::unordered_map<std::string, std::int64_t> activities;
    rows::LogEntryCounts existing;      // the owner's entries already in the journal
    rows::DeferredNoteIndex note_index; // triggers off; cached statements recompile without
    rows::LogWriter writer;
};

LogBatch::LogBatch(std::unique_ptr<Rows> rows) : m_rows(std::move(rows)) {}
LogBatch::~LogBatch() = default;

std::optional<std::int64_t> LogBatch::activity(std::string_view code) const
{
    const auto found = m_rows->activities.find(std::string(code));
    return found == m_rows->activities.end() ? std::nullopt : std::optional(found->second);
}

bool LogBatch::insert(const model::LogEntry& entry, std::int64_t activity)
{
    if (m_rows->existing.take(entry, activity)) {
        return false;
    }
    m_rows->writer.insert(entry, activity);
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

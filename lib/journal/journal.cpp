#include <peer/core/error.hpp>
#include <peer/core/files.hpp>
#include <peer/journal/journal.hpp>

#include "connection.hpp"
#include "migrations.hpp"
#include "sqlite_error.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace peer::journal {

namespace fs = std::filesystem;

namespace {

constexpr int k_application_id = 0x50454552; // "PEER": marks an SQLite file as a peer journal

JournalError cannot_create(const fs::path& path, int error_number)
{
    const auto reason = errno_text(error_number);
    return JournalError({
        fmt::format("cannot create {}: {}; choose a place you can write with --journal PATH "
                    "or PEER_JOURNAL",
                    path.string(), reason),
        fmt::format("kan inte skapa {}: {}; välj en plats där du får skriva med --journal "
                    "SÖKVÄG eller PEER_JOURNAL",
                    path.string(), reason),
    });
}

// Creates an empty journal file with mode 0600 (SQLite gives its -wal and -shm files the same).
void create_private_file(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw cannot_create(path, errno);
    }
    ::close(fd);
}

int query_int(SQLite::Database& database, const char* sql)
{
    return database.execAndGet(sql).getInt();
}

} // namespace

int latest_schema_version()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

Journal::Journal(const fs::path& path, OpenMode mode, std::chrono::milliseconds busy_timeout)
    : m_path(path)
{
    std::error_code error;
    const auto status = fs::status(path, error);
    if (fs::is_directory(status)) {
        throw JournalError({
            fmt::format("{} is a directory; the journal is a file, such as {}", path.string(),
                        (path / "journal.db").string()),
            fmt::format("{} är en katalog; journalen är en fil, till exempel {}", path.string(),
                        (path / "journal.db").string()),
        });
    }
    if (status.type() == fs::file_type::not_found) {
        if (mode == OpenMode::existing) {
            throw JournalError({
                fmt::format("there is no journal at {}; create one with `peer init`",
                            path.string()),
                fmt::format("det finns ingen journal i {}; skapa en med `peer init`",
                            path.string()),
            });
        }
        if (const auto failed = make_private_directories(path.parent_path())) {
            throw cannot_create(path.parent_path(), failed.value());
        }
        create_private_file(path);
        m_created = true;
    }
    try {
        m_database =
            std::make_unique<Connection>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX,
                                         static_cast<int>(busy_timeout.count()));
        prepare(mode);
    } catch (const SQLite::Exception& failure) {
        throw journal_error(failure, path);
    }
}

Journal::Journal(fs::path path, std::unique_ptr<Connection> database, bool created)
    : m_path(std::move(path)), m_database(std::move(database)), m_created(created)
{
}

Journal Journal::in_memory()
{
    Journal journal(":memory:",
                    std::make_unique<Connection>(":memory:", SQLite::OPEN_READWRITE
                                                                 | SQLite::OPEN_CREATE
                                                                 | SQLite::OPEN_NOMUTEX),
                    true);
    journal.prepare(OpenMode::create);
    return journal;
}

Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;
Journal::~Journal() = default;

// Checks what the file is before anything is written to it, then sets the connection up and
// migrates. A file that is not ours, or is newer than this build, is left byte for byte as it was.
void Journal::prepare(OpenMode mode)
{
    auto& database = *m_database;
    const int application_id = query_int(database, "PRAGMA application_id");
    const int version = query_int(database, "PRAGMA user_version");
    const bool blank = application_id == 0 && version == 0
                       && query_int(database, "SELECT count(*) FROM sqlite_schema") == 0;
    const auto p = m_path.string();
    if (!blank && application_id != k_application_id) {
        throw JournalError({
            fmt::format("{} is an SQLite database, but not a peer journal; it was left as it "
                        "was; pass the path of a journal, or create one with `peer init`",
                        p),
            fmt::format("{} är en SQLite-databas, men ingen peer-journal; den lämnades orörd; "
                        "ange sökvägen till en journal, eller skapa en med `peer init`",
                        p),
        });
    }
    if (blank && mode == OpenMode::existing) {
        throw JournalError({
            fmt::format("{} is empty, not yet a journal; create the journal with `peer init`", p),
            fmt::format("{} är tom och ännu ingen journal; skapa journalen med `peer init`", p),
        });
    }
    if (version > latest_schema_version()) {
        throw JournalError({
            fmt::format("the journal {} was written by a newer peer (schema {}; this peer knows "
                        "schemas up to {}); it was left as it was; upgrade peer to use it",
                        p, version, latest_schema_version()),
            fmt::format("journalen {} skrevs av en nyare peer (schema {}; den här peer känner "
                        "till scheman till och med {}); den lämnades orörd; uppgradera peer för "
                        "att använda den",
                        p, version, latest_schema_version()),
        });
    }
    m_opened_at_version = version;
    if (blank && !m_created && p != ":memory:") {
        fs::permissions(m_path, fs::perms::owner_read | fs::perms::owner_write);
    }
    database.exec("PRAGMA journal_mode = WAL");
    database.exec("PRAGMA synchronous = FULL");
    database.exec("PRAGMA foreign_keys = ON");
    migrate();
    database.guard().install(database);
}

void Journal::migrate()
{
    auto& database = *m_database;
    for (const auto& migration : migrations()) {
        if (migration.version <= schema_version()) {
            continue;
        }
        SQLite::Transaction transaction(database, SQLite::TransactionBehavior::IMMEDIATE);
        if (migration.version <= schema_version()) {
            continue; // another peer process migrated while this one waited for the lock
        }
        database.exec(std::string(migration.sql));
        database.exec(fmt::format("PRAGMA application_id = {}", k_application_id));
        database.exec(fmt::format("PRAGMA user_version = {}", migration.version));
        transaction.commit();
    }
}

int Journal::schema_version() const
{
    return query_int(*m_database, "PRAGMA user_version");
}

bool Journal::transaction(bool write, const std::function<bool(Connection&)>& work) const
{
    auto& database = *m_database;
    const bool outermost = m_depth == 0;
    const auto savepoint = fmt::format("peer_{}", m_depth);
    const auto rollback = [&] {
        try {
            database.exec(outermost ? std::string("ROLLBACK")
                                    : "ROLLBACK TO " + savepoint + "; RELEASE " + savepoint);
        } catch (const SQLite::Exception&) {
            // SQLite has already rolled back by itself (a full disk, an I/O error).
        }
    };
    if (outermost) {
        database.guard().take_refusal(); // what a transaction before left, it left
    }
    if (write) {
        database.guard().prepare_to_write();
    }
    try {
        database.exec(outermost ? (write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
                                : "SAVEPOINT " + savepoint);
    } catch (const SQLite::Exception& failure) {
        throw journal_error(failure, m_path);
    }
    ++m_depth;
    try {
        const bool keep = work(database);
        if (keep) {
            database.exec(outermost ? std::string("COMMIT") : "RELEASE " + savepoint);
        } else {
            rollback();
        }
        --m_depth;
        return keep;
    } catch (const SQLite::Exception& failure) {
        rollback();
        --m_depth;
        if (auto refused = database.guard().take_refusal()) {
            throw Error(ExitCode::invalid_data, std::move(*refused));
        }
        throw journal_error(failure, m_path);
    } catch (...) {
        rollback();
        --m_depth;
        throw;
    }
}

void Journal::write(const std::function<void()>& work)
{
    transaction(true, [&](Connection&) {
        work();
        return true;
    });
}

bool Journal::write_if(const std::function<bool()>& work)
{
    return transaction(true, [&](Connection&) { return work(); });
}

void Journal::read(const std::function<void()>& work) const
{
    transaction(false, [&](Connection&) {
        work();
        return true;
    });
}

} // namespace peer::journal

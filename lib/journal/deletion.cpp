// Deleting records, and the tombstones they leave.

#include "access.hpp"
#include "allowed_rows.hpp"
#include <peer/journal/deletion.hpp>

#include <fmt/format.h>

#include <array>
#include <stdexcept>

namespace peer::journal {

namespace {

struct KindFacts {
    RecordKind kind;
    std::string_view keyword; // the tombstone's kind and the record's table
    std::string_view allowed; // the kind its allowed identifiers are recorded under
};

constexpr std::array k_kinds{
    KindFacts{RecordKind::log_entry, "log_entry", "note"},
    KindFacts{RecordKind::reflection, "reflection", "reflection"},
    KindFacts{RecordKind::feedback, "feedback", "feedback"},
    KindFacts{RecordKind::briefing, "briefing", "briefing"},
    KindFacts{RecordKind::introduction, "introduction", "introduction"},
    KindFacts{RecordKind::assessment, "assessment", "assessment"},
    KindFacts{RecordKind::individual_plan, "individual_plan", "individual_plan"},
};

const KindFacts& facts(RecordKind kind)
{
    for (const auto& f : k_kinds) {
        if (f.kind == kind) {
            return f;
        }
    }
    throw std::logic_error("a record kind without its facts");
}

RecordKind kind_named(const std::string& word)
{
    for (const auto& f : k_kinds) {
        if (f.keyword == word) {
            return f.kind;
        }
    }
    throw std::logic_error("a tombstone of an unknown kind: " + word);
}

std::vector<std::int64_t> numbers(Connection& database, std::string_view table, std::int64_t entry)
{
    SQLite::Statement query(
        database, fmt::format("SELECT id FROM {} WHERE log_entry_id = ? ORDER BY id", table));
    query.bind(1, entry);
    std::vector<std::int64_t> out;
    while (query.executeStep()) {
        out.push_back(query.getColumn(0).getInt64());
    }
    return out;
}

LinkedRecords linked(Connection& database, std::int64_t entry)
{
    return {numbers(database, "reflection", entry), numbers(database, "feedback", entry),
            numbers(database, "briefing", entry)};
}

// Deletes one record and leaves its tombstone; false when there is none. The search index and
// an entry's observer steps follow by the schema's triggers and cascades.
bool delete_one(Connection& database, RecordKind kind, std::int64_t number)
{
    const auto& f = facts(kind);
    SQLite::Statement find(database, fmt::format("SELECT uuid FROM {} WHERE id = ?", f.keyword));
    find.bind(1, number);
    if (!find.executeStep()) {
        return false;
    }
    const auto uuid = find.getColumn(0).getString();
    rows::forget_allowed(database, f.allowed, uuid);
    SQLite::Statement remove(database, fmt::format("DELETE FROM {} WHERE id = ?", f.keyword));
    remove.bind(1, number);
    remove.exec();
    SQLite::Statement tombstone(database,
                                "INSERT OR REPLACE INTO tombstone (uuid, kind) VALUES (?, ?)");
    tombstone.bind(1, uuid);
    tombstone.bind(2, std::string(f.keyword));
    tombstone.exec();
    return true;
}

} // namespace

std::string_view keyword(RecordKind kind)
{
    return facts(kind).keyword;
}

LinkedRecords records_about_entry(const Journal& journal, std::int64_t entry)
{
    LinkedRecords out;
    Access::read(journal, [&](Connection& database) { out = linked(database, entry); });
    return out;
}

bool delete_record(Journal& journal, RecordKind kind, std::int64_t number, Linked what)
{
    return Access::write_if(journal, [&](Connection& database) {
        if (kind == RecordKind::log_entry) {
            const auto about = linked(database, number);
            if (what == Linked::remove) {
                for (const auto n : about.reflections) {
                    delete_one(database, RecordKind::reflection, n);
                }
                for (const auto n : about.feedback) {
                    delete_one(database, RecordKind::feedback, n);
                }
                for (const auto n : about.briefings) {
                    delete_one(database, RecordKind::briefing, n);
                }
            } else {
                for (const auto* table : {"reflection", "feedback", "briefing"}) {
                    SQLite::Statement unlink(
                        database,
                        fmt::format("UPDATE {} SET log_entry_id = NULL WHERE log_entry_id = ?",
                                    table));
                    unlink.bind(1, number);
                    unlink.exec();
                }
            }
        }
        return delete_one(database, kind, number);
    });
}

std::vector<Tombstone> list_tombstones(const Journal& journal)
{
    std::vector<Tombstone> out;
    Access::read(journal, [&](Connection& database) {
        SQLite::Statement query(
            database,
            "SELECT uuid, kind, deleted_at FROM tombstone ORDER BY deleted_at DESC, uuid");
        while (query.executeStep()) {
            out.push_back({query.getColumn(0).getString(),
                           kind_named(query.getColumn(1).getString()),
                           query.getColumn(2).getString()});
        }
    });
    return out;
}

} // namespace peer::journal

#pragma once
// Deleting what the owner wrote: a log entry, a reflection (a draft too), feedback, a briefing,
// an introduction, an assessment, an individual action plan.
// The record goes with everything the journal keeps only for it (an entry's observer steps,
// its allowed identifiers, its row in the search index) and leaves a tombstone (its uuid, its
// kind, when), so that an exchange between journals carries the deletion.

#include <peer/journal/journal.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace peer::journal {

enum class RecordKind {
    log_entry,
    reflection,
    feedback,
    briefing,
    introduction,
    assessment,
    individual_plan
};

// "log_entry", "reflection", "feedback", "briefing", "introduction", "assessment",
// "individual_plan": as the journal's tombstones name them.
std::string_view keyword(RecordKind kind);

struct Tombstone {
    std::string uuid;
    RecordKind kind = RecordKind::log_entry;
    std::string deleted_at; // UTC, ISO 8601
};

// The records about a log entry, by number.
struct LinkedRecords {
    std::vector<std::int64_t> reflections;
    std::vector<std::int64_t> feedback;
    std::vector<std::int64_t> briefings;

    [[nodiscard]] bool empty() const
    {
        return reflections.empty() && feedback.empty() && briefings.empty();
    }
};
LinkedRecords records_about_entry(const Journal& journal, std::int64_t entry);

// What becomes of the records about a log entry that is deleted.
enum class Linked {
    keep,   // kept, about the entry's activity and no longer about the entry
    remove, // deleted too, each with its tombstone
};

// Deletes record `number` of `kind`, in one transaction. false when there is none.
bool delete_record(Journal& journal, RecordKind kind, std::int64_t number,
                   Linked linked = Linked::keep);

// Newest first.
std::vector<Tombstone> list_tombstones(const Journal& journal);

} // namespace peer::journal

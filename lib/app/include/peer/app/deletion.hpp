#pragma once
// `peer activity delete-entry`, `peer reflect delete`, `peer feedback delete`, `peer brief
// delete`: a record the owner wrote goes, and leaves a tombstone (peer/journal/deletion.hpp).

#include <peer/core/result.hpp>
#include <peer/journal/deletion.hpp>
#include <peer/journal/journal.hpp>

#include <cstdint>

namespace peer::app {

struct Deletion {
    journal::RecordKind kind = journal::RecordKind::log_entry;
    std::int64_t number = 0;
    journal::Linked linked = journal::Linked::keep; // for a log entry: the records about it
};

struct Deleted {
    Deletion deletion;
    journal::LinkedRecords about; // for a log entry: the records about it, kept or deleted
};

// In one transaction. A record that is not there is a Problem that says where to look; so is
// feedback someone else gave the owner, which only its author can withdraw.
Result<Deleted> delete_record(journal::Journal& journal, const Deletion& deletion);

} // namespace peer::app

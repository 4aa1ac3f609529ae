#pragma once
// The journal's records as exports carry them (peer/model/record.hpp): every record read at
// once, and a record from another journal stored. Which records leave, and which of another
// journal's are taken, is the use cases' choice (peer/app/exchange.hpp).

#include <peer/journal/journal.hpp>
#include <peer/model/record.hpp>

#include <vector>

namespace peer::journal {

// Every record of the journal, in one snapshot: the kinds in the order of model::Record, each
// kind oldest first (by created, then uuid), the log entries by date.
std::vector<model::Record> read_records(const Journal& journal);

// Stores a record from another journal, with its uuid, times and allowed identifiers: inserted,
// or written over the record it is the same as (a person, a placement or an activity by its id
// or code, a pair by its placement and students, anything else by its uuid). What it refers to
// must be in the journal. A tombstone deletes the record it names, if the journal holds it
// (with what the journal keeps only for it; what is about a deleted log entry stays, about its
// activity), and is kept. Inside a write() it joins that transaction.
void store_record(Journal& journal, const model::Record& record);

} // namespace peer::journal

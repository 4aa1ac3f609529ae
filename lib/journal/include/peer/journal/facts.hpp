#pragma once
// The facts of the journal's records that a summary counts (peer/model/facts.hpp), read by
// queries of their own: no text, no stamp, no allowed identifier is read.

#include <peer/journal/journal.hpp>
#include <peer/model/facts.hpp>

namespace peer::journal {

// In one snapshot: the catalogue; the log entries in the order they were logged, each with its
// number and without its note or observer's steps; every reflection, feedback and briefing.
model::Facts read_facts(const Journal& journal);

} // namespace peer::journal

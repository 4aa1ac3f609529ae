#pragma once
// `peer search`: the journal's full-text search over what its owner wrote.

#include <peer/core/result.hpp>
#include <peer/journal/search.hpp>

#include <vector>

namespace peer::app {

// The best hits first. A query without a word to search for, or a limit below 1 (placed in the
// field `limit`), is a usage problem.
Result<std::vector<journal::SearchHit>> search(const journal::Journal& journal,
                                               const journal::SearchQuery& query);

} // namespace peer::app

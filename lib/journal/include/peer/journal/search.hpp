#pragma once
// Full-text search over everything written: reflections, feedback, briefings and log notes.

#include <peer/core/date.hpp>
#include <peer/journal/journal.hpp>
#include <peer/model/enums.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace peer::journal {

struct SearchQuery {
    std::string text;                      // words, all of which must occur; "smärt*" is a prefix
    std::vector<model::WritingKind> kinds; // empty: every kind
    std::optional<Date> from;
    std::optional<Date> to;
    int limit = 20;
};

struct SearchHit {
    model::WritingKind kind = model::WritingKind::note;
    std::int64_t number = 0; // the record's number: `peer reflect show NUMBER`
    Date date{};
    std::string code;    // the activity, if any
    std::string snippet; // the best passage, plain text
    // Where the matched words stand in `snippet`: byte offset and length.
    std::vector<std::pair<std::size_t, std::size_t>> matches;
};

// The FTS5 query for what a person typed: each word quoted, so that no character can be taken
// for query syntax, and a trailing * kept as a prefix search. nullopt when no word is left.
std::optional<std::string> fts_query(std::string_view typed);

// The best hits first.
std::vector<SearchHit> search(const Journal& journal, const SearchQuery& query);

} // namespace peer::journal

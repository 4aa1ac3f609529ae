#include <peer/app/search.hpp>

namespace peer::app {

Result<std::vector<journal::SearchHit>> search(const journal::Journal& journal,
                                               const journal::SearchQuery& query)
{
    if (!journal::fts_query(query.text)) {
        return problem(ExitCode::usage,
                       {"give at least one word to search for", "ange minst ett ord att söka"});
    }
    if (query.limit < 1) {
        return Problem{ExitCode::usage,
                       {{Severity::error,
                         "",
                         Position{"limit", 0, 0},
                         {"give 1 or more", "ange 1 eller fler"}}}};
    }
    return journal::search(journal, query);
}

} // namespace peer::app

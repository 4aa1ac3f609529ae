#include "access.hpp"
#include "stored.hpp"
#include <peer/journal/search.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace peer::journal {

namespace {

// The marks FTS5's snippet() puts around each matched word; no text a person types has them.
constexpr char k_open = '\x02';
constexpr char k_close = '\x03';

void read_snippet(const std::string& marked, SearchHit& hit)
{
    std::size_t start = 0;
    for (const char c : marked) {
        if (c == k_open) {
            start = hit.snippet.size();
        } else if (c == k_close) {
            hit.matches.emplace_back(start, hit.snippet.size() - start);
        } else {
            hit.snippet += c;
        }
    }
}

} // namespace

std::optional<std::string> fts_query(std::string_view typed)
{
    std::string out;
    std::size_t at = 0;
    while (at < typed.size()) {
        const auto start = typed.find_first_not_of(" \t\r\n", at);
        if (start == std::string_view::npos) {
            break;
        }
        auto end = typed.find_first_of(" \t\r\n", start);
        end = end == std::string_view::npos ? typed.size() : end;
        auto word = typed.substr(start, end - start);
        at = end;
        const bool prefix = word.ends_with('*');
        while (word.ends_with('*')) {
            word.remove_suffix(1);
        }
        std::string quoted;
        for (const char c : word) {
            quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        }
        if (quoted.empty()) {
            continue;
        }
        out += (out.empty() ? "\"" : " \"") + quoted + (prefix ? "\"*" : "\"");
    }
    return out.empty() ? std::nullopt : std::optional(out);
}

std::vector<SearchHit> search(const Journal& journal, const SearchQuery& query)
{
    std::vector<SearchHit> hits;
    const auto match = fts_query(query.text);
    if (!match) {
        return hits;
    }
    std::string kinds;
    for (const auto kind : query.kinds) {
        kinds += "," + std::string(model::keyword(kind)) + ",";
    }
    Access::read(journal, [&](SQLite::Database& database) {
        SQLite::Statement select(database, R"(
            SELECT kind, record_id, date, code,
                   snippet(writing_search, 0, char(2), char(3), '…', 16)
            FROM writing_search
            WHERE writing_search MATCH :match
              AND (:kinds = '' OR instr(:kinds, ',' || kind || ',') > 0)
              AND (:from IS NULL OR date >= :from) AND (:to IS NULL OR date <= :to)
            ORDER BY rank, date DESC
            LIMIT :limit)");
        select.bind(":match", *match);
        select.bind(":kinds", kinds);
        query.from ? select.bind(":from", format_date(*query.from)) : select.bind(":from");
        query.to ? select.bind(":to", format_date(*query.to)) : select.bind(":to");
        select.bind(":limit", query.limit);
        while (select.executeStep()) {
            SearchHit hit;
            hit.number = select.getColumn(1).getInt64();
            const stored::Origin origin{"writing_search", hit.number};
            hit.kind = stored::keyword<model::WritingKind>(select.getColumn(0), origin);
            hit.date = stored::date(select.getColumn(2), origin);
            hit.code = select.getColumn(3).getString();
            read_snippet(select.getColumn(4).getString(), hit);
            hits.push_back(std::move(hit));
        }
    });
    return hits;
}

} // namespace peer::journal

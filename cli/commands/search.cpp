// peer search QUERY: full-text search over reflections, feedback, briefings and log notes.

#include "commands/commands.hpp"
#include "options.hpp"

#include <peer/journal/search.hpp>

#include <fmt/color.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <memory>

namespace peer::cli {

namespace {

struct SearchOptions {
    std::vector<std::string> words;
    std::vector<std::string> kinds;
    std::optional<std::string> from;
    std::optional<std::string> to;
    int limit = 20;
};

// The snippet with its matches marked: in colour on a terminal, else in [brackets].
std::string highlighted(const journal::SearchHit& hit, bool color)
{
    std::string out;
    std::size_t at = 0;
    for (const auto& [start, length] : hit.matches) {
        out += hit.snippet.substr(at, start - at);
        const auto word = hit.snippet.substr(start, length);
        out += color ? fmt::format(fmt::emphasis::bold | fmt::fg(fmt::terminal_color::yellow), "{}",
                                   word)
                     : "[" + word + "]";
        at = start + length;
    }
    out += hit.snippet.substr(at);
    for (auto& c : out) {
        c = c == '\n' ? ' ' : c; // a snippet is shown on one line
    }
    return out;
}

void run_search(Context& context, const SearchOptions& o)
{
    journal::SearchQuery query;
    for (const auto& word : o.words) {
        query.text += (query.text.empty() ? "" : " ") + word;
    }
    if (!journal::fts_query(query.text)) {
        throw UsageError({"give at least one word to search for", "ange minst ett ord att söka"});
    }
    for (const auto& kind : o.kinds) {
        query.kinds.push_back(keyword_option<model::WritingKind>("--kind", kind));
    }
    if (o.from) {
        query.from = date_option("--from", *o.from);
    }
    if (o.to) {
        query.to = date_option("--to", *o.to);
    }
    if (o.limit < 1) {
        throw UsageError({"--limit: give 1 or more", "--limit: ange 1 eller fler"});
    }
    query.limit = o.limit;
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto hits = journal::search(journal, query);
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& hit : hits) {
            auto matches = nlohmann::json::array();
            for (const auto& [start, length] : hit.matches) {
                matches.push_back(hit.snippet.substr(start, length));
            }
            list.push_back({{"kind", model::keyword(hit.kind)},
                            {"number", hit.number},
                            {"date", format_date(hit.date)},
                            {"code", hit.code},
                            {"snippet", hit.snippet},
                            {"matches", matches}});
        }
        context.print_json(list);
        return;
    }
    const bool color = context.color && ::isatty(STDOUT_FILENO) == 1;
    for (const auto& hit : hits) {
        context.out << fmt::format("{} {}  {}  {}\n    {}\n",
                                   model::display(hit.kind, context.lang), hit.number,
                                   format_date(hit.date), hit.code, highlighted(hit, color));
    }
    if (hits.empty()) {
        context.say(context.tr("Nothing found.", "Inget hittades."));
    }
}

} // namespace

void setup_search(CLI::App& command, Context& context)
{
    auto o = std::make_shared<SearchOptions>();
    command
        .add_option("QUERY", o->words,
                    context.tr("Words that must all occur; end one with * to find what "
                               "begins with it (smärt*)",
                               "Ord som alla ska förekomma; avsluta ett med * för att hitta det "
                               "som börjar så (smärt*)"))
        ->required();
    command
        .add_option("--kind", o->kinds,
                    context.tr("Only this kind: reflection | feedback | briefing | note "
                               "(may be repeated)",
                               "Bara denna sort: reflektion | återkoppling | handledning | "
                               "anteckning (kan upprepas)"))
        ->type_name(context.tr("KIND", "SORT"));
    command.add_option("--from", o->from, context.tr("From this day", "Från denna dag"))
        ->type_name(context.tr("DATE", "DATUM"));
    command.add_option("--to", o->to, context.tr("To this day", "Till denna dag"))
        ->type_name(context.tr("DATE", "DATUM"));
    command
        .add_option("--limit", o->limit,
                    context.tr("At most this many hits (default 20)",
                               "Högst så här många träffar (förval 20)"))
        ->type_name("N");
    command.footer(context.tr(
        "The best hits come first. Case does not matter, for å, ä and ö neither.\n\n"
        "Examples:\n  peer search 'smärt*'\n  peer search sbar handover --kind feedback\n"
        "  peer search dren --from 2026-11-01 --json\n",
        "De bästa träffarna kommer först. Stora och små bokstäver spelar ingen roll, inte heller "
        "för å, ä och ö.\n\nExempel:\n  peer search 'smärt*'\n"
        "  peer search sbar rapport --kind återkoppling\n"
        "  peer search dren --from 2026-11-01 --json\n"));
    command.callback([&context, o] { run_search(context, *o); });
}

} // namespace peer::cli

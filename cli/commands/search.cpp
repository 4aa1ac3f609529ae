// peer search QUERY: full-text search over reflections, feedback, briefings and log notes.

#include "commands/commands.hpp"
#include "options.hpp"
#include "render.hpp"

#include <peer/app/search.hpp>

#include <fmt/color.h>
#include <peer/core/utf8.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <array>
#include <memory>

namespace peer::cli {

namespace {

struct SearchOptions {
    std::vector<std::string> words;
    std::optional<std::vector<model::WritingKind>> kinds;
    std::optional<Date> from;
    std::optional<Date> to;
    int limit = 20;
};

// The snippet with its matches marked: in colour on a terminal, else in [brackets]; control
// characters a journal written by another tool may hold are shown, never sent to the terminal.
std::string highlighted(const journal::SearchHit& hit, bool color)
{
    std::string out;
    std::size_t at = 0;
    for (const auto& [start, length] : hit.matches) {
        out += printable(hit.snippet.substr(at, start - at));
        const auto word = printable(hit.snippet.substr(start, length));
        out += color ? fmt::format(fmt::emphasis::bold | fmt::fg(fmt::terminal_color::yellow), "{}",
                                   word)
                     : "[" + word + "]";
        at = start + length;
    }
    out += printable(hit.snippet.substr(at));
    // A snippet is shown on one line, its parts (a feedback's four, a reflection's stages) kept
    // apart.
    std::string line;
    for (const char c : out) {
        line += c == '\n' ? std::string(" · ") : std::string(1, c);
    }
    return line;
}

// Where lib places what it says about the query, and where the person typed it.
constexpr std::array<FieldOption, 1> k_limit_option{{{"limit", "--limit"}}};

ExitCode run_search(Context& context, const SearchOptions& o)
{
    journal::SearchQuery query;
    for (const auto& word : o.words) {
        query.text += (query.text.empty() ? "" : " ") + word;
    }
    query.kinds = o.kinds.value_or(std::vector<model::WritingKind>{});
    query.from = o.from;
    query.to = o.to;
    query.limit = o.limit;
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto found = app::search(journal, query);
    if (!found) {
        return report_problem(context, in_options(found.problem(), k_limit_option));
    }
    const auto& hits = *found;
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
        return ExitCode::ok;
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
    return ExitCode::ok;
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
    add_keywords_option<model::WritingKind>(
        command, "--kind", o->kinds,
        context.tr("Only this kind: reflection | feedback | briefing | note "
                   "(may be repeated)",
                   "Bara denna sort: reflektion | återkoppling | handledning | "
                   "anteckning (kan upprepas)"),
        context)
        ->type_name(context.tr("KIND", "SORT"));
    add_range_options(command, o->from, o->to, context);
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
    command.callback([&context, o] { context.exit = run_search(context, *o); });
}

} // namespace peer::cli

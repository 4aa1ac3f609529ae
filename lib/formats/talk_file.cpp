#include <peer/formats/talk_file.hpp>
#include <peer/formats/toml_reader.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace peer::formats {

namespace {

// The answer of one table: its level, evidence and comment as the Markdown form writes them.
std::string answer_of(TableReader& table)
{
    std::vector<std::string> lines;
    if (auto level = table.string("level")) {
        lines.push_back("level: " + *level);
    }
    if (auto evidence = table.strings("evidence"); evidence && !evidence->empty()) {
        lines.push_back(fmt::format("evidence: {}", fmt::join(*evidence, ", ")));
    }
    if (auto comment = table.string("comment")) {
        lines.push_back(*comment);
    }
    return fmt::format("{}", fmt::join(lines, "\n"));
}

} // namespace

TalkFile read_talk_toml(std::string_view text, const std::string& file)
{
    TalkFile out;
    const auto document = parse_toml(text, file, out.diagnostics);
    if (!document) {
        return out;
    }
    TableReader top(*document, "", file, out.diagnostics);
    if (const auto* criteria = top.array("criterion")) {
        for (std::size_t i = 0; i < criteria->size(); ++i) {
            const auto* table = criteria->get(i)->as_table();
            const auto at = position_of(criteria->get(i)->source(), file);
            if (table == nullptr) {
                out.diagnostics.push_back(
                    {Severity::error,
                     std::string(format_check::type),
                     at,
                     {"criterion: write each as a [[criterion]] table",
                      "criterion: skriv var och en som en [[criterion]]-tabell"}});
                continue;
            }
            TableReader reader(*table, fmt::format("criterion[{}].", i + 1), file, out.diagnostics);
            auto id = reader.string("id", TableReader::Need::required);
            auto answer = answer_of(reader);
            reader.finish();
            if (!id) {
                continue;
            }
            if (std::ranges::any_of(out.answers,
                                    [&](const TalkAnswer& a) { return a.key == *id; })) {
                out.diagnostics.push_back(
                    {Severity::error,
                     std::string(format_check::duplicate),
                     at,
                     {fmt::format("criterion {} is judged twice: keep one", *id),
                      fmt::format("kriterium {} bedöms två gånger: behåll ett", *id)}});
                continue;
            }
            out.answers.push_back({std::move(*id), std::move(answer), at});
        }
    }
    if (const auto* overall = top.table("overall")) {
        TableReader reader(*overall, "overall.", file, out.diagnostics);
        auto answer = answer_of(reader);
        reader.finish();
        out.answers.push_back({"overall", std::move(answer), position_of(overall->source(), file)});
    }
    top.finish();
    return out;
}

} // namespace peer::formats

// The guard against the corpus of tests/corpus (written by generate.py there): every identifier
// of identifiers.tsv is found alone, whole, of its kind and where it starts; no line of
// prose.txt is refused. A failure lists every line that went wrong, not only the first.

#include "scratch.hpp"

#include <peer/core/strings.hpp>
#include <peer/core/utf8.hpp>
#include <peer/privacy/guard.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace peer;
using privacy::IdentifierKind;

namespace {

const std::filesystem::path k_corpus = std::filesystem::path(__FILE__).parent_path() / "../corpus";

constexpr std::array<std::pair<std::string_view, IdentifierKind>, 5> k_kinds{{
    {"personal_number", IdentifierKind::personal_number},
    {"coordination_number", IdentifierKind::coordination_number},
    {"reserve_number", IdentifierKind::reserve_number},
    {"phone_number", IdentifierKind::phone_number},
    {"email_address", IdentifierKind::email_address},
}};

std::optional<IdentifierKind> kind_named(std::string_view name)
{
    const auto found =
        std::ranges::find(k_kinds, name, &std::pair<std::string_view, IdentifierKind>::first);
    return found == k_kinds.end() ? std::nullopt : std::optional(found->second);
}

std::string_view name_of(IdentifierKind kind)
{
    const auto found =
        std::ranges::find(k_kinds, kind, &std::pair<std::string_view, IdentifierKind>::second);
    return found == k_kinds.end() ? "?" : found->first;
}

// The lines of a file of the corpus (none when it is missing).
std::vector<std::string> corpus_lines(const char* name)
{
    return split(test::read_file(k_corpus / name), '\n');
}

// `text` as a report shows it: the characters that are not seen, or look like others, named.
std::string visible(std::string text)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> k_named{{
        {"\u200B", "<U+200B>"},
        {"\u00AD", "<U+00AD>"},
        {"\u00A0", "<U+00A0>"},
        {"\t", "<TAB>"},
    }};
    for (const auto& [character, name] : k_named) {
        for (auto at = text.find(character); at != std::string::npos;
             at = text.find(character, at + name.size())) {
            text.replace(at, character.size(), name);
        }
    }
    return text;
}

std::string described(const std::vector<privacy::Hit>& hits)
{
    if (hits.empty()) {
        return "nothing";
    }
    std::string out;
    for (const auto& hit : hits) {
        out += fmt::format("{}{} '{}' at {}:{}", out.empty() ? "" : ", ", name_of(hit.kind),
                           visible(hit.text), hit.line, hit.column);
    }
    return out;
}

std::string report(const std::vector<std::string>& failures, std::size_t lines)
{
    std::string out = fmt::format("{} of {} lines:", failures.size(), lines);
    for (const auto& failure : failures) {
        out += "\n  " + failure;
    }
    return out;
}

} // namespace

TEST_SUITE("privacy::corpus")
{
    TEST_CASE("every identifier of the corpus is found alone, whole, of its kind, where it starts")
    {
        const auto lines = corpus_lines("identifiers.tsv");
        REQUIRE(lines.size() >= 600);
        std::vector<std::string> misses;
        for (std::size_t n = 0; n < lines.size(); ++n) {
            const auto fields = split(lines[n], '\t');
            const auto where = fmt::format("identifiers.tsv:{}", n + 1);
            const auto kind = fields.size() == 3 ? kind_named(fields[0]) : std::nullopt;
            const auto at = kind ? fields[2].find(fields[1]) : std::string::npos;
            if (at == std::string::npos) {
                misses.push_back(where + ": not kind, identifier and a sentence that holds it: "
                                 + visible(lines[n]));
                continue;
            }
            const auto& identifier = fields[1];
            const auto& sentence = fields[2];
            const int column =
                static_cast<int>(count_characters(std::string_view(sentence).substr(0, at))) + 1;
            const auto hits = privacy::find_identifiers(sentence);
            if (hits.size() == 1 && hits[0].kind == *kind && hits[0].text == identifier
                && hits[0].line == 1 && hits[0].column == column) {
                continue;
            }
            misses.push_back(fmt::format("{}: {} '{}' at 1:{} in \"{}\": found {}", where,
                                         fields[0], visible(identifier), column, visible(sentence),
                                         described(hits)));
        }
        CHECK_MESSAGE(misses.empty(), report(misses, lines.size()));
    }

    TEST_CASE("the identifier corpus holds every kind")
    {
        const auto lines = corpus_lines("identifiers.tsv");
        for (const auto& kind : k_kinds) {
            const auto start = std::string(kind.first) + '\t';
            CAPTURE(start);
            const auto count = std::ranges::count_if(
                lines, [&](const std::string& line) { return line.starts_with(start); });
            CHECK(count >= 50);
        }
    }

    TEST_CASE("no line of the prose corpus is refused")
    {
        const auto lines = corpus_lines("prose.txt");
        REQUIRE(lines.size() >= 600);
        std::vector<std::string> refused;
        for (std::size_t n = 0; n < lines.size(); ++n) {
            const auto hits = privacy::find_identifiers(lines[n]);
            if (!hits.empty()) {
                refused.push_back(fmt::format("prose.txt:{}: \"{}\": found {}", n + 1,
                                              visible(lines[n]), described(hits)));
            }
        }
        CHECK_MESSAGE(refused.empty(), report(refused, lines.size()));
    }
}

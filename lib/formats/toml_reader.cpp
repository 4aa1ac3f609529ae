#include <peer/core/suggest.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/toml_reader.hpp>
#include <peer/model/person.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <tuple>

namespace peer::formats {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

Text type_name(toml::node_type type)
{
    switch (type) {
    case toml::node_type::string:
        return {"a string", "en sträng"};
    case toml::node_type::integer:
        return {"an integer", "ett heltal"};
    case toml::node_type::floating_point:
        return {"a number with decimals", "ett decimaltal"};
    case toml::node_type::boolean:
        return {"true or false", "true eller false"};
    case toml::node_type::date:
        return {"a date", "ett datum"};
    case toml::node_type::time:
        return {"a time", "en tid"};
    case toml::node_type::date_time:
        return {"a date and time", "ett datum med tid"};
    case toml::node_type::table:
        return {"a table", "en tabell"};
    case toml::node_type::array:
        return {"an array", "en lista"};
    case toml::node_type::none:
        break;
    }
    return {"nothing", "ingenting"};
}

// toml++'s description of a syntax error as a sentence a teacher acts on: what is wrong and
// how it is written. The first pattern the description holds wins; a description peer does not
// know is shown as toml++ gives it.
Text explained(std::string_view description)
{
    struct Explanation {
        std::string_view holds; // a part of toml++'s description
        Text text;
    };
    static const std::array<Explanation, 14> k_explanations{{
        {"string: encountered end-of-file",
         {"a string is not closed: the file ends before its closing quotes",
          "en sträng avslutas inte: filen tar slut före de avslutande citattecknen"}},
        {"control characters other than TAB",
         {"a string is not closed before the end of the line (or holds a control character): "
          "end it with the quote it began with",
          "en sträng avslutas inte före radens slut (eller innehåller ett styrtecken): avsluta "
          "den med citattecknet den började med"}},
        {"expected digit, saw '/'",
         {"dates are written 2027-01-25: year, month and day with dashes",
          "datum skrivs 2027-01-25: år, månad och dag med bindestreck"}},
        {"parsing date",
         {"not a date: dates are written 2027-01-25, a day that exists",
          "inget datum: datum skrivs 2027-01-25, en dag som finns"}},
        {"integer: expected digit",
         {"a number holds something other than digits: a number is written 4, and text in "
          "quotes, \"4x\"",
          "ett tal innehåller annat än siffror: ett tal skrivs 4, och text inom citattecken, "
          "\"4x\""}},
        {"key-value pair: expected value",
         {"the key has no value after its '=': give one, text in quotes (\"…\")",
          "nyckeln har inget värde efter sitt '=': ange ett, text inom citattecken (\"…\")"}},
        {"key-value pair: expected '='",
         {"a key and its value are written key = value", "en nyckel och dess värde skrivs "
                                                         "nyckel = värde"}},
        {"cannot redefine existing table",
         {"this table is given twice; a table there are several of is written [[name]]",
          "tabellen anges två gånger; en tabell som det finns flera av skrivs [[namn]]"}},
        {"cannot redefine existing",
         {"this key is given twice in the same table; keep one",
          "nyckeln anges två gånger i samma tabell; behåll en"}},
        {"parsing array",
         {R"(a list is written ["a", "b"]: a comma between the items and ] at its end)",
          R"(en lista skrivs ["a", "b"]: kommatecken mellan delarna och ] i slutet)"}},
        {"could not determine value type",
         {"a value that is not a number, a date, true or false is text, and is written in "
          "quotes: \"basic\"",
          "ett värde som inte är ett tal, ett datum, true eller false är text och skrivs inom "
          "citattecken: \"basic\""}},
        {"table header",
         {"a table's name is written in brackets on a line of its own: [placement]",
          "en tabells namn skrivs inom hakparenteser på en egen rad: [placement]"}},
        {"unknown escape sequence",
         {"a backslash in a string begins an escape such as \\n: write \\\\ for a backslash, or "
          "put the text in single quotes",
          "ett omvänt snedstreck i en sträng inleder en kod som \\n: skriv \\\\ för ett omvänt "
          "snedstreck, eller sätt texten inom enkla citattecken"}},
        {"expected a comment or whitespace",
         {"only a comment (# …) may follow a value on its line; text with spaces is written in "
          "quotes",
          "bara en kommentar (# …) får följa ett värde på dess rad; text med mellanslag skrivs "
          "inom citattecken"}},
    }};
    for (const auto& e : k_explanations) {
        if (description.find(e.holds) != std::string_view::npos) {
            return {"not valid TOML: " + e.text.en, "ogiltig TOML: " + e.text.sv};
        }
    }
    return {fmt::format("not valid TOML: {}", description),
            fmt::format("ogiltig TOML: {}", description)};
}

} // namespace

std::optional<toml::table> parse_toml(std::string_view text, const std::string& file,
                                      Diagnostics& out)
{
    if (!check_utf8(text, file, out)) {
        return std::nullopt;
    }
    if (text.starts_with(k_bom)) {
        text.remove_prefix(k_bom.size());
    }
    // Every string and key in NFC, so that an id written decomposed matches the same id typed.
    const auto composed = to_nfc(text);
    try {
        return toml::parse(composed, file);
    } catch (const toml::parse_error& failure) {
        out.push_back({Severity::error, std::string(format_check::syntax),
                       position_of(failure.source(), file), explained(failure.description())});
        return std::nullopt;
    }
}

Position position_of(const toml::source_region& source, const std::string& file)
{
    return {file, static_cast<int>(source.begin.line), static_cast<int>(source.begin.column)};
}

namespace {

// The byte offset of each line's start in `text`.
std::vector<std::size_t> line_starts(std::string_view text)
{
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            starts.push_back(i + 1);
        }
    }
    return starts;
}

class StringCollector {
public:
    StringCollector(std::string_view text, const std::string& file)
        : m_text(text), m_starts(line_starts(text)), m_file(file)
    {
    }

    void collect(const toml::node& node)
    {
        if (const auto* table = node.as_table()) {
            for (const auto& [key, value] : *table) {
                collect(value);
            }
        } else if (const auto* array = node.as_array()) {
            for (const auto& item : *array) {
                collect(item);
            }
        } else if (const auto* string = node.as_string()) {
            m_out.push_back({string->get(), start_of(node.source())});
        }
    }

    std::vector<StringValue> take()
    {
        std::ranges::stable_sort(m_out, [](const StringValue& a, const StringValue& b) {
            return std::tie(a.at.line, a.at.column) < std::tie(b.at.line, b.at.column);
        });
        return std::move(m_out);
    }

private:
    // Where the text of the string whose quotes begin at `source` begins.
    [[nodiscard]] Position start_of(const toml::source_region& source) const
    {
        auto at = position_of(source, m_file);
        const auto line = static_cast<std::size_t>(at.line);
        if (line == 0 || line > m_starts.size()) {
            return at;
        }
        auto offset = m_starts[line - 1];
        for (int column = 1; column < at.column && offset < m_text.size(); ++column) {
            do {
                ++offset;
            } while (offset < m_text.size()
                     && (static_cast<unsigned char>(m_text[offset]) & 0xC0U) == 0x80U);
        }
        const auto rest = m_text.substr(std::min(offset, m_text.size()));
        if (rest.starts_with(R"(""")") || rest.starts_with("'''")) {
            if (rest.substr(3).starts_with('\n') || rest.substr(3).starts_with("\r\n")) {
                return {m_file, at.line + 1, 1};
            }
            at.column += 3;
        } else if (rest.starts_with('"') || rest.starts_with('\'')) {
            at.column += 1;
        }
        return at;
    }

    std::string_view m_text;
    std::vector<std::size_t> m_starts;
    const std::string& m_file;
    std::vector<StringValue> m_out;
};

} // namespace

std::vector<StringValue> string_values(const toml::table& document, std::string_view text,
                                       const std::string& file)
{
    if (text.starts_with(k_bom)) {
        text.remove_prefix(k_bom.size());
    }
    StringCollector collector(text, file);
    collector.collect(document);
    return collector.take();
}

TableReader::TableReader(const toml::table& table, std::string prefix, std::string file,
                         Diagnostics& out)
    : m_table(table), m_prefix(std::move(prefix)), m_file(std::move(file)), m_out(out)
{
}

const toml::node* TableReader::find(std::string_view key, Need need)
{
    if (std::ranges::find(m_known, key) == m_known.end()) {
        m_known.emplace_back(key);
    }
    const auto* node = m_table.get(key);
    if (!node && need == Need::required) {
        m_out.push_back({Severity::error,
                         std::string(format_check::missing),
                         position_of(m_table.source(), m_file),
                         {fmt::format("`{}` is missing", full_key(key)),
                          fmt::format("`{}` saknas", full_key(key))}});
    }
    return node;
}

void TableReader::wrong_type(std::string_view key, const toml::node& node, const Text& expected)
{
    const auto actual = type_name(node.type());
    m_out.push_back(
        {Severity::error,
         std::string(format_check::type),
         position_of(node.source(), m_file),
         {fmt::format("`{}` must be {}, not {}", full_key(key), expected.en, actual.en),
          fmt::format("`{}` ska vara {}, inte {}", full_key(key), expected.sv, actual.sv)}});
}

template <typename T>
std::optional<T> TableReader::scalar(std::string_view key, Need need, toml::node_type type)
{
    const auto* node = find(key, need);
    if (!node) {
        return std::nullopt;
    }
    if (auto value = node->value_exact<T>()) {
        return value;
    }
    wrong_type(key, *node, type_name(type));
    return std::nullopt;
}

std::optional<std::string> TableReader::string(std::string_view key, Need need)
{
    return scalar<std::string>(key, need, toml::node_type::string);
}

std::optional<std::string> TableReader::id(std::string_view key, Need need)
{
    auto id = string(key, need);
    if (id && !model::is_valid_id(*id)) {
        value_error(key, {fmt::format("\"{}\" cannot be an id: use letters, digits, '.', '_' and "
                                      "'-' (at most 40)",
                                      *id),
                          fmt::format("\"{}\" kan inte vara ett id: använd bokstäver, siffror, "
                                      "'.', '_' och '-' (högst 40)",
                                      *id)});
    }
    return id;
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, Need need)
{
    return scalar<std::int64_t>(key, need, toml::node_type::integer);
}

std::optional<bool> TableReader::boolean(std::string_view key, Need need)
{
    return scalar<bool>(key, need, toml::node_type::boolean);
}

std::optional<Date> TableReader::date(std::string_view key, Need need)
{
    const auto* node = find(key, need);
    if (!node) {
        return std::nullopt;
    }
    if (const auto* value = node->as_date()) {
        const auto& d = value->get();
        return Date{std::chrono::year{d.year}, std::chrono::month{d.month},
                    std::chrono::day{d.day}};
    }
    if (const auto* text = node->as_string()) {
        if (auto parsed = parse_date(text->get())) {
            return parsed;
        }
        value_error(key, {fmt::format("`{}` = \"{}\" is not a date; write YYYY-MM-DD, a day "
                                      "that exists",
                                      full_key(key), text->get()),
                          fmt::format("`{}` = \"{}\" är inget datum; skriv ÅÅÅÅ-MM-DD, en dag "
                                      "som finns",
                                      full_key(key), text->get())});
        return std::nullopt;
    }
    wrong_type(key, *node, type_name(toml::node_type::date));
    return std::nullopt;
}

std::optional<std::vector<std::string>> TableReader::strings(std::string_view key, Need need)
{
    const auto* items = array(key, need);
    if (!items) {
        return std::nullopt;
    }
    std::vector<std::string> values;
    bool complete = true;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const auto name = fmt::format("{}[{}]", key, i);
        if (const auto* text = string_item(*items->get(i), name)) {
            values.push_back(*text);
        } else {
            complete = false;
        }
    }
    return complete ? std::optional(std::move(values)) : std::nullopt;
}

const std::string* TableReader::string_item(const toml::node& item, std::string_view name)
{
    if (const auto* text = item.as_string()) {
        return &text->get();
    }
    wrong_type(name, item, type_name(toml::node_type::string));
    return nullptr;
}

const toml::table* TableReader::table(std::string_view key, Need need)
{
    const auto* node = find(key, need);
    if (!node) {
        return nullptr;
    }
    if (const auto* value = node->as_table()) {
        return value;
    }
    wrong_type(key, *node, type_name(toml::node_type::table));
    return nullptr;
}

const toml::array* TableReader::array(std::string_view key, Need need)
{
    const auto* node = find(key, need);
    if (!node) {
        return nullptr;
    }
    if (const auto* value = node->as_array()) {
        return value;
    }
    wrong_type(key, *node, type_name(toml::node_type::array));
    return nullptr;
}

void TableReader::value_error(std::string_view key, Text message)
{
    m_out.push_back(
        {Severity::error, std::string(format_check::value), position(key), std::move(message)});
}

void TableReader::unknown_value(std::string_view key, std::string_view value, const Text& accepted)
{
    const auto* node = m_table.get(key);
    unknown_value_at(node ? *node : m_table, key, value, accepted);
}

void TableReader::unknown_value_at(const toml::node& node, std::string_view key,
                                   std::string_view value, const Text& accepted)
{
    const auto name = full_key(key);
    m_out.push_back(
        {Severity::error,
         std::string(format_check::value),
         position_of(node.source(), m_file),
         {fmt::format("`{}` = \"{}\" is not allowed; accepted: {}", name, value, accepted.en),
          fmt::format("`{}` = \"{}\" är inte tillåtet; tillåtna: {}", name, value, accepted.sv)}});
}

std::string TableReader::full_key(std::string_view key) const
{
    return m_prefix + std::string(key);
}

Position TableReader::position(std::string_view key) const
{
    const auto* node = m_table.get(key);
    return position_of(node ? node->source() : m_table.source(), m_file);
}

void TableReader::finish()
{
    const std::vector<std::string_view> known(m_known.begin(), m_known.end());
    std::vector<const toml::key*> unknown;
    for (const auto& [key, node] : m_table) {
        if (std::ranges::find(known, key.str()) == known.end()) {
            unknown.push_back(&key);
        }
    }
    // toml++ keeps keys sorted by name; report them in the order of the file.
    std::ranges::sort(unknown, [](const toml::key* a, const toml::key* b) {
        const auto& x = a->source().begin;
        const auto& y = b->source().begin;
        return std::tie(x.line, x.column) < std::tie(y.line, y.column);
    });
    for (const auto* key : unknown) {
        const auto name = full_key(key->str());
        Text message{fmt::format("unknown key `{}`", name), fmt::format("okänd nyckel `{}`", name)};
        if (auto near = nearest_name(key->str(), known)) {
            message.en += fmt::format("; did you mean `{}`?", *near);
            message.sv += fmt::format("; menade du `{}`?", *near);
        }
        m_out.push_back({Severity::error, std::string(format_check::unknown_key),
                         position_of(key->source(), m_file), std::move(message)});
    }
}

} // namespace peer::formats

#include <peer/core/files.hpp>
#include <peer/core/strings.hpp>
#include <peer/core/suggest.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/csv_reader.hpp>
#include <peer/formats/import_rows.hpp>
#include <peer/formats/toml_reader.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>

namespace peer::formats {

namespace {

constexpr std::size_t k_longest_line = 10U << 20U; // 10 MiB

std::string lower(std::string_view text)
{
    std::string out(text);
    std::ranges::transform(out, out.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// The column a header or key names, in English or Swedish, in any case.
std::optional<std::size_t> column_index(std::span<const ColumnSpec> columns, std::string_view name)
{
    const auto wanted = case_folded(trim(name));
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].name == wanted
            || (!columns[i].swedish.empty() && case_folded(columns[i].swedish) == wanted)) {
            return i;
        }
    }
    return std::nullopt;
}

Text unknown_column(std::span<const ColumnSpec> columns, std::string_view name,
                    std::string_view what_en, std::string_view what_sv)
{
    std::vector<std::string_view> known;
    for (const auto& c : columns) {
        known.push_back(c.name);
    }
    Text message{fmt::format("unknown {} `{}`", what_en, name),
                 fmt::format("okänd {} `{}`", what_sv, name)};
    if (auto near = nearest_name(lower(name), known)) {
        message.en += fmt::format("; did you mean `{}`?", *near);
        message.sv += fmt::format("; menade du `{}`?", *near);
    }
    return message;
}

void reset(ImportRow& row, std::size_t columns)
{
    row.values.assign(columns, std::nullopt);
    row.lists.assign(columns, {});
}

// Puts one value into the row, in NFC: a code or id written decomposed matches it typed.
void put(ImportRow& row, const ColumnSpec& spec, std::size_t i, std::string_view text)
{
    const auto value = to_nfc(trim(text));
    if (value.empty()) {
        return;
    }
    if (spec.list) {
        row.lists[i] = split_list(value);
    }
    row.values[i] = value;
}

class CsvRows : public RowSource {
public:
    CsvRows(const std::filesystem::path& path, std::span<const ColumnSpec> columns,
            Encoding encoding, Diagnostics& out)
        : RowSource(path.string()), m_in(path, encoding), m_columns(columns),
          m_reader(m_in, m_file, out), m_out(out)
    {
        m_ok = m_reader.read_header() && map_header();
        if (!m_ok) {
            report_undecodable(m_in, m_file, m_out);
        }
    }

    bool next(ImportRow& row) override
    {
        if (!m_ok) {
            return false;
        }
        if (!m_reader.next(m_record)) {
            report_undecodable(m_in, m_file, m_out);
            m_ok = false;
            return false;
        }
        reset(row, m_columns.size());
        row.line = m_record.line;
        for (std::size_t field = 0; field < m_record.fields.size(); ++field) {
            if (const auto i = m_map[field]) {
                put(row, m_columns[*i], *i, m_record.fields[field]);
            }
        }
        return true;
    }

    [[nodiscard]] std::uint64_t bytes_read() const override { return m_reader.bytes_read(); }

    [[nodiscard]] Text column_name(std::string_view column) const override
    {
        return {fmt::format("column `{}`", column), fmt::format("kolumnen `{}`", column)};
    }

private:
    bool map_header()
    {
        const auto errors = m_out.size();
        std::vector<bool> seen(m_columns.size(), false);
        for (const auto& name : m_reader.header()) {
            const auto i = column_index(m_columns, name);
            m_map.push_back(i);
            if (!i) {
                m_out.push_back({Severity::error, std::string(format_check::unknown_key),
                                 Position{m_file, 1, 0},
                                 unknown_column(m_columns, name, "column", "kolumn")});
            } else if (seen[*i]) {
                m_out.push_back({Severity::error,
                                 std::string(format_check::duplicate),
                                 Position{m_file, 1, 0},
                                 {fmt::format("the column `{}` is given twice", name),
                                  fmt::format("kolumnen `{}` finns två gånger", name)}});
            } else {
                seen[*i] = true;
            }
        }
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (m_columns[i].required && !seen[i]) {
                m_out.push_back(
                    {Severity::error,
                     std::string(format_check::missing),
                     Position{m_file, 1, 0},
                     {fmt::format("the required column `{}` is missing from the header",
                                  m_columns[i].name),
                      fmt::format("den obligatoriska kolumnen `{}` saknas i rubrikraden",
                                  m_columns[i].name)}});
            }
        }
        return m_out.size() == errors;
    }

    DecodedFile m_in;
    std::span<const ColumnSpec> m_columns;
    CsvReader m_reader;
    Diagnostics& m_out;
    CsvRecord m_record;
    std::vector<std::optional<std::size_t>> m_map; // header field -> column
    bool m_ok = false;
};

// Puts one TOML or JSON value into the row; false when its type does not fit.
template <typename Node, typename AsText>
bool put_node(ImportRow& row, const ColumnSpec& spec, std::size_t i, const Node& items,
              AsText as_text)
{
    if (!spec.list) {
        return false;
    }
    std::vector<std::string> list;
    for (const auto& item : items) {
        auto text = as_text(item);
        if (!text) {
            return false;
        }
        list.push_back(to_nfc(*text));
    }
    row.values[i] = fmt::format("{}", fmt::join(list, ", "));
    row.lists[i] = std::move(list);
    return true;
}

class TomlRows : public RowSource {
public:
    TomlRows(const std::filesystem::path& path, std::span<const ColumnSpec> columns,
             std::string_view table, Encoding encoding, Diagnostics& out)
        : RowSource(path.string()), m_columns(columns), m_table(table), m_out(out)
    {
        const auto text = read_text_file(path, encoding, out, FileKind::data);
        if (!text) {
            return;
        }
        m_size = text->size();
        if (auto document = parse_toml(*text, m_file, out)) {
            m_document = std::move(*document);
            TableReader top(m_document, "", m_file, out);
            m_tables = top.array(table, TableReader::Need::required);
            top.finish();
        }
    }

    bool next(ImportRow& row) override
    {
        while (m_tables && m_next < m_tables->size()) {
            const auto index = m_next++;
            const auto& node = *m_tables->get(index);
            const auto* table = node.as_table();
            reset(row, m_columns.size());
            row.line = static_cast<int>(node.source().begin.line);
            if (!table) {
                const auto name = fmt::format("{}[{}]", m_table, index);
                m_out.push_back({Severity::error,
                                 std::string(format_check::type),
                                 position_of(node.source(), m_file),
                                 {fmt::format("`{}` must be a table", name),
                                  fmt::format("`{}` ska vara en tabell", name)}});
                continue;
            }
            if (read(*table, row)) {
                return true;
            }
        }
        m_done = true;
        return false;
    }

    [[nodiscard]] std::uint64_t bytes_read() const override { return m_done ? m_size : 0; }

private:
    bool read(const toml::table& table, ImportRow& row)
    {
        bool ok = true;
        for (const auto& [key, node] : table) {
            const auto i = column_index(m_columns, key.str());
            if (!i) {
                m_out.push_back({Severity::error, std::string(format_check::unknown_key),
                                 position_of(key.source(), m_file),
                                 unknown_column(m_columns, key.str(), "key", "nyckel")});
                ok = false;
                continue;
            }
            if (!put_scalar(row, *i, node)) {
                m_out.push_back(
                    {Severity::error,
                     std::string(format_check::type),
                     position_of(node.source(), m_file),
                     {fmt::format("`{}` must be {}", key.str(),
                                  m_columns[*i].list ? "an array of strings" : "a single value"),
                      fmt::format("`{}` ska vara {}", key.str(),
                                  m_columns[*i].list ? "en lista av strängar"
                                                     : "ett enda värde")}});
                ok = false;
            }
        }
        return ok;
    }

    static std::optional<std::string> text_of(const toml::node& node)
    {
        if (const auto* s = node.as_string()) {
            return s->get();
        }
        if (const auto* n = node.as_integer()) {
            return std::to_string(n->get());
        }
        if (const auto* d = node.as_date()) {
            return fmt::format("{:04}-{:02}-{:02}", d->get().year, d->get().month, d->get().day);
        }
        return std::nullopt;
    }

    bool put_scalar(ImportRow& row, std::size_t i, const toml::node& node)
    {
        if (const auto* items = node.as_array()) {
            return put_node(row, m_columns[i], i, *items, text_of);
        }
        const auto text = text_of(node);
        if (text) {
            put(row, m_columns[i], i, *text);
        }
        return text.has_value();
    }

    std::span<const ColumnSpec> m_columns;
    std::string m_table;
    Diagnostics& m_out;
    toml::table m_document;
    const toml::array* m_tables = nullptr;
    std::size_t m_next = 0;
    std::uint64_t m_size = 0;
    bool m_done = false;
};

class JsonLinesRows : public RowSource {
public:
    JsonLinesRows(const std::filesystem::path& path, std::span<const ColumnSpec> columns,
                  Encoding encoding, Diagnostics& out)
        : RowSource(path.string()), m_in(path, encoding), m_columns(columns), m_out(out)
    {
    }

    bool next(ImportRow& row) override
    {
        std::string line;
        for (auto got = read_line(m_in, line, k_longest_line); got != LineRead::end;
             got = read_line(m_in, line, k_longest_line)) {
            ++m_line;
            m_bytes += line.size() + (m_in.eof() ? 0 : 1); // the last line may have no line end
            if (got == LineRead::too_long) {
                m_out.push_back({Severity::error,
                                 std::string(format_check::syntax),
                                 Position{m_file, m_line, 0},
                                 {fmt::format("line {} is longer than 10 MiB", m_line),
                                  fmt::format("rad {} är längre än 10 MiB", m_line)}});
                return false;
            }
            if (trim(line).empty()) {
                continue;
            }
            reset(row, m_columns.size());
            row.line = m_line;
            if (read(line, row)) {
                return true;
            }
        }
        if (!std::exchange(m_ended, true)) {
            report_undecodable(m_in, m_file, m_out);
        }
        return false;
    }

    [[nodiscard]] std::uint64_t bytes_read() const override { return m_bytes; }

private:
    // A line nlohmann could not parse: where (its column, in characters) and why, in its words.
    [[nodiscard]] Diagnostic not_json(const std::string& line,
                                      const nlohmann::json::parse_error& e) const
    {
        const auto byte = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, line.size());
        const auto column = static_cast<int>(count_characters(line.substr(0, byte))) + 1;
        std::string why = e.what();
        if (const auto dash = why.find(" - "); dash != std::string::npos) {
            why = why.substr(dash + 3);
        }
        return {Severity::error,
                std::string(format_check::syntax),
                Position{m_file, m_line, column},
                {fmt::format("the line is not valid JSON here ({})", why),
                 fmt::format("raden är inte giltig JSON här (nlohmann: {})", why)}};
    }

    bool read(const std::string& line, ImportRow& row)
    {
        Diagnostics encoding;
        if (!check_utf8(line, m_file, encoding)) {
            auto d = encoding.front();
            d.where = Position{m_file, m_line, d.where->column};
            m_out.push_back(std::move(d));
            return false;
        }
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(line);
        } catch (const nlohmann::json::parse_error& e) {
            m_out.push_back(not_json(line, e));
            return false;
        }
        if (!json.is_object()) {
            m_out.push_back({Severity::error,
                             std::string(format_check::syntax),
                             Position{m_file, m_line, 1},
                             {fmt::format("the line is JSON but not an object: write one entry "
                                          "as {{\"key\": value, ...}}"),
                              fmt::format("raden är JSON men inget objekt: skriv en post som "
                                          "{{\"nyckel\": värde, ...}}")}});
            return false;
        }
        bool ok = true;
        for (const auto& [key, value] : json.items()) {
            const auto i = column_index(m_columns, key);
            if (!i) {
                m_out.push_back({Severity::error, std::string(format_check::unknown_key),
                                 Position{m_file, m_line, 0},
                                 unknown_column(m_columns, key, "key", "nyckel")});
                ok = false;
            } else if (!put_value(row, *i, value)) {
                m_out.push_back({Severity::error,
                                 std::string(format_check::type),
                                 Position{m_file, m_line, 0},
                                 {fmt::format("`{}` has a value of the wrong type", key),
                                  fmt::format("`{}` har ett värde av fel typ", key)}});
                ok = false;
            }
        }
        return ok;
    }

    static std::optional<std::string> text_of(const nlohmann::json& value)
    {
        if (value.is_string()) {
            return value.get<std::string>();
        }
        if (value.is_number_integer()) {
            return std::to_string(value.get<std::int64_t>());
        }
        return std::nullopt;
    }

    bool put_value(ImportRow& row, std::size_t i, const nlohmann::json& value)
    {
        if (value.is_null()) {
            return true;
        }
        if (value.is_array()) {
            return put_node(row, m_columns[i], i, value, text_of);
        }
        const auto text = text_of(value);
        if (text) {
            put(row, m_columns[i], i, *text);
        }
        return text.has_value();
    }

    DecodedFile m_in;
    std::span<const ColumnSpec> m_columns;
    Diagnostics& m_out;
    int m_line = 0;
    std::uint64_t m_bytes = 0;
    bool m_ended = false;
};

} // namespace

Text RowSource::column_name(std::string_view column) const
{
    return {fmt::format("`{}`", column), fmt::format("`{}`", column)};
}

std::vector<std::string> split_list(std::string_view cell)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= cell.size()) {
        const auto comma = cell.find(',', start);
        const auto end = comma == std::string_view::npos ? cell.size() : comma;
        if (auto item = trim(cell.substr(start, end - start)); !item.empty()) {
            items.emplace_back(item);
        }
        start = end + 1;
    }
    return items;
}

std::unique_ptr<RowSource> open_rows(const std::filesystem::path& path,
                                     std::span<const ColumnSpec> columns, std::string_view table,
                                     Encoding encoding, Diagnostics& out)
{
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        out.push_back({Severity::error,
                       "",
                       Position{path.string(), 0, 0},
                       {fmt::format("cannot read {}: it is a folder; name the files in it "
                                    "(`peer activity import {}/*.csv`)",
                                    path.string(), path.string()),
                        fmt::format("kan inte läsa {}: det är en mapp; ange filerna i den "
                                    "(`peer activity import {}/*.csv`)",
                                    path.string(), path.string())}});
        return nullptr;
    }
    if (auto why = unreadable(path)) {
        out.push_back(std::move(*why));
        return nullptr;
    }
    const auto ending = lower(path.extension().string());
    // A pipe has no name to tell its shape by (`<(cat log.csv)` is /dev/fd/63): it is read as
    // CSV, the shape spreadsheets give.
    const bool pipe = ending.empty() && std::filesystem::is_fifo(path, error);
    if (ending == ".csv" || ending == ".tsv" || ending == ".txt" || pipe) {
        return std::make_unique<CsvRows>(path, columns, encoding, out);
    }
    if (ending == ".toml") {
        return std::make_unique<TomlRows>(path, columns, table, encoding, out);
    }
    if (ending == ".jsonl" || ending == ".ndjson") {
        return std::make_unique<JsonLinesRows>(path, columns, encoding, out);
    }
    out.push_back({Severity::error,
                   "",
                   Position{path.string(), 0, 0},
                   {fmt::format("{}: cannot tell the file's shape from its name; use .csv, .toml "
                                "or .jsonl",
                                path.string()),
                    fmt::format("{}: kan inte avgöra filens form av namnet; använd .csv, .toml "
                                "eller .jsonl",
                                path.string())}});
    return nullptr;
}

void explain_not_utf8(const std::filesystem::path& path, Diagnostics& found)
{
    const auto file = path.string();
    const auto not_utf8 = std::ranges::find_if(found, [&](const Diagnostic& d) {
        return d.id == format_check::encoding && d.where && d.where->file == file;
    });
    if (not_utf8 == found.end()) {
        return;
    }
    if (auto hint = windows_1252_hint(path)) {
        not_utf8->message = std::move(*hint);
    }
}

} // namespace peer::formats

#pragma once
// Reading TOML files with a diagnostic for every problem, each at its line and column: the
// shared ground of the rule set and placement file readers.

#include <peer/core/date.hpp>
#include <peer/core/diagnostic.hpp>
#include <peer/core/files.hpp>
#include <peer/core/utf8.hpp>
#include <peer/model/enums.hpp>

#include <toml++/toml.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::formats {

// Parses TOML: text that is not UTF-8 is FMT-ENCODING (check_utf8), a syntax error FMT-SYNTAX.
// A byte-order mark is skipped; an empty file, or one of comments only, is an empty table.
std::optional<toml::table> parse_toml(std::string_view text, const std::string& file,
                                      Diagnostics& out);

// Lines and columns count from 1; columns count characters, as toml++ does.
Position position_of(const toml::source_region& source, const std::string& file);

// A string value of a TOML document and where its first character stands in the file (past the
// opening quotes, and past the line break that may follow those of a multi-line string).
struct StringValue {
    std::string text;
    Position at;
};

// Every string value of `document`, in its tables and arrays at any depth, in the order of the
// file. `text` is what `document` was parsed from.
std::vector<StringValue> string_values(const toml::table& document, std::string_view text,
                                       const std::string& file);

// Reads the keys of one table. Each getter records the key as known; a value of the wrong type
// is FMT-TYPE, a value outside what is allowed FMT-VALUE, a missing required key FMT-REQUIRED.
// finish() reports every key never asked for as FMT-KEY, with the nearest known key.
class TableReader {
public:
    // `prefix` names the table in messages: "supervisor.", "staff[2].".
    TableReader(const toml::table& table, std::string prefix, std::string file, Diagnostics& out);

    enum class Need { optional, required };

    std::optional<std::string> string(std::string_view key, Need need = Need::optional);
    // A string that is an id (model::is_valid_id); any other is FMT-VALUE, and given back as
    // written, so that what refers to it is not reported as well.
    std::optional<std::string> id(std::string_view key, Need need = Need::optional);
    std::optional<std::int64_t> integer(std::string_view key, Need need = Need::optional);
    std::optional<bool> boolean(std::string_view key, Need need = Need::optional);
    // A TOML date (2026-11-02) or a string holding one.
    std::optional<Date> date(std::string_view key, Need need = Need::optional);
    // An array of strings; each item that is not a string is FMT-TYPE, at the item.
    std::optional<std::vector<std::string>> strings(std::string_view key,
                                                    Need need = Need::optional);
    const toml::table* table(std::string_view key, Need need = Need::optional);
    const toml::array* array(std::string_view key, Need need = Need::optional);

    // A keyword of E, in English or Swedish; any other word is FMT-VALUE with the accepted ones.
    template <typename E>
    std::optional<E> keyword(std::string_view key, Need need = Need::optional)
    {
        auto text = string(key, need);
        if (!text) {
            return std::nullopt;
        }
        if (auto value = model::parse_keyword<E>(*text)) {
            return value;
        }
        unknown_value(key, *text, model::accepted_keywords<E>());
        return std::nullopt;
    }

    // An array of keywords of E; every bad item is reported at the item, and makes it nullopt.
    template <typename E>
    std::optional<std::vector<E>> keywords(std::string_view key, Need need = Need::optional)
    {
        const auto* items = array(key, need);
        if (!items) {
            return std::nullopt;
        }
        std::vector<E> values;
        bool complete = true;
        for (std::size_t i = 0; i < items->size(); ++i) {
            const auto& item = *items->get(i);
            const auto name = std::string(key) + "[" + std::to_string(i) + "]";
            const auto* text = string_item(item, name);
            auto value = text ? model::parse_keyword<E>(*text) : std::nullopt;
            if (value) {
                values.push_back(*value);
                continue;
            }
            if (text) {
                unknown_value_at(item, name, *text, model::accepted_keywords<E>());
            }
            complete = false;
        }
        return complete ? std::optional(std::move(values)) : std::nullopt;
    }

    // An FMT-VALUE diagnostic at the value of `key`.
    void value_error(std::string_view key, Text message);
    // FMT-VALUE: `value` is not one of `accepted`.
    void unknown_value(std::string_view key, std::string_view value, const Text& accepted);

    // The key as messages name it, with the table's prefix: "supervisor.min_degree".
    [[nodiscard]] std::string full_key(std::string_view key) const;
    // Where the value of `key` is (the table's own position when the key is absent).
    [[nodiscard]] Position position(std::string_view key) const;
    // Every key of the table, whether asked for or not: for tables whose keys are data.
    [[nodiscard]] const toml::table& raw() const { return m_table; }
    // Reports every key of the table that no getter asked for.
    void finish();

private:
    const toml::node* find(std::string_view key, Need need);
    template <typename T>
    std::optional<T> scalar(std::string_view key, Need need, toml::node_type type);
    // The string of an array item, or nullptr after an FMT-TYPE diagnostic.
    const std::string* string_item(const toml::node& item, std::string_view name);
    void wrong_type(std::string_view key, const toml::node& node, const Text& expected);
    void unknown_value_at(const toml::node& node, std::string_view key, std::string_view value,
                          const Text& accepted);

    const toml::table& m_table;
    std::string m_prefix;
    std::string m_file;
    Diagnostics& m_out;
    std::vector<std::string> m_known;
};

} // namespace peer::formats

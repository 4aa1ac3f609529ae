#include "sql.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <utility>

namespace peer::journal::rows {

std::vector<std::string> strings_of(Connection& connection, const char* sql, std::int64_t row)
{
    auto query = connection.statement(sql);
    query->bind(1, row);
    std::vector<std::string> out;
    while (query->executeStep()) {
        out.push_back(query->getColumn(0).getString());
    }
    return out;
}

namespace {

// Reads what json_group_object(rowid, item) writes of texts: a JSON object whose names are
// rowids and whose values are strings, nothing else. SQLite escapes '"', '\' and the control
// characters and leaves every other byte as it is; the other escapes of JSON (\/, \u with
// surrogate pairs) are read as well. nullopt for anything else.
class ListReader {
public:
    explicit ListReader(std::string_view text) : m_text(text) {}

    std::optional<std::vector<std::pair<std::int64_t, std::string>>> read()
    {
        std::vector<std::pair<std::int64_t, std::string>> items;
        if (!take('{')) {
            return std::nullopt;
        }
        if (!take('}')) {
            do {
                const auto name = string();
                auto item = name && take(':') ? string() : std::nullopt;
                std::int64_t rowid = 0;
                if (!item || name->empty()
                    || std::from_chars(name->data(), name->data() + name->size(), rowid).ptr
                           != name->data() + name->size()) {
                    return std::nullopt;
                }
                items.emplace_back(rowid, std::move(*item));
            } while (take(','));
            if (!take('}')) {
                return std::nullopt;
            }
        }
        if (m_at != m_text.size()) {
            return std::nullopt;
        }
        return items;
    }

private:
    bool take(char c)
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\n')) {
            ++m_at;
        }
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    std::optional<unsigned> hex4()
    {
        unsigned value = 0;
        if (m_text.size() - m_at < 4) {
            return std::nullopt;
        }
        const auto* first = m_text.data() + m_at;
        if (std::from_chars(first, first + 4, value, 16).ptr != first + 4) {
            return std::nullopt;
        }
        m_at += 4;
        return value;
    }

    static void append_utf8(std::string& out, unsigned code)
    {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    bool escape(std::string& out)
    {
        if (m_at == m_text.size()) {
            return false;
        }
        const char c = m_text[m_at++];
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out += c;
            return true;
        case 'b':
            out += '\b';
            return true;
        case 'f':
            out += '\f';
            return true;
        case 'n':
            out += '\n';
            return true;
        case 'r':
            out += '\r';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        auto code = hex4();
        if (!code) {
            return false;
        }
        if (*code >= 0xD800 && *code < 0xDC00) { // a high surrogate: its low one follows
            if (m_text.substr(m_at, 2) != "\\u") {
                return false;
            }
            m_at += 2;
            const auto low = hex4();
            if (!low || *low < 0xDC00 || *low >= 0xE000) {
                return false;
            }
            *code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
        } else if (*code >= 0xDC00 && *code < 0xE000) {
            return false;
        }
        append_utf8(out, *code);
        return true;
    }

    std::optional<std::string> string()
    {
        if (!take('"')) {
            return std::nullopt;
        }
        std::string out;
        while (m_at < m_text.size()) {
            const auto stop = m_text.find_first_of("\"\\", m_at);
            if (stop == std::string_view::npos) {
                return std::nullopt;
            }
            out.append(m_text, m_at, stop - m_at);
            m_at = stop + 1;
            if (m_text[stop] == '"') {
                return out;
            }
            if (!escape(out)) {
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    std::string_view m_text;
    std::size_t m_at = 0;
};

} // namespace

std::vector<std::string> json_list(const SQLite::Column& column, const stored::Origin& origin)
{
    const char* text = column.getText(nullptr);
    const std::string_view json =
        text == nullptr ? std::string_view()
                        : std::string_view(text, static_cast<std::size_t>(column.getBytes()));
    auto items = ListReader(json).read();
    if (!items) {
        throw stored::unreadable(
            origin, column.getName(), json,
            {"a JSON object of texts by rowid", "ett JSON-objekt av texter efter rowid"});
    }
    std::ranges::sort(*items, {}, &std::pair<std::int64_t, std::string>::first);
    std::vector<std::string> out;
    out.reserve(items->size());
    for (auto& [rowid, item] : *items) {
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace peer::journal::rows

#pragma once
// The values of one line of an export, each checked for its type as it is taken
// (export_read.cpp reads every kind of record with it).

#include <peer/core/date.hpp>
#include <peer/core/diagnostic.hpp>
#include <peer/core/utf8.hpp>
#include <peer/model/enums.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::exchange::line {

using nlohmann::json;

inline bool is_uuid(std::string_view text)
{
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : std::isxdigit(static_cast<unsigned char>(text[i])) == 0) {
            return false;
        }
    }
    return true;
}

// "2026-11-05T08:30:00Z", as the journal stores its times.
inline bool is_timestamp(std::string_view text)
{
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':'
        || text[19] != 'Z' || !parse_date(text.substr(0, 10))) {
        return false;
    }
    const auto digits = [&](std::size_t at, int most) {
        const auto d = text.substr(at, 2);
        return std::isdigit(static_cast<unsigned char>(d[0])) != 0
               && std::isdigit(static_cast<unsigned char>(d[1])) != 0
               && (d[0] - '0') * 10 + (d[1] - '0') <= most;
    };
    return digits(11, 23) && digits(14, 59) && digits(17, 59);
}

// The values of one line's object, each checked for its type as it is taken; every problem is
// a diagnostic at the line, and at the key's column where the key is found.
class Fields {
public:
    Fields(const json& object, std::string_view line, const std::string& source, int number,
           Diagnostics& out)
        : m_object(object), m_line(line), m_source(source), m_number(number), m_out(out)
    {
    }

    // Keys the line may have; any other is reported.
    void only(const std::vector<std::string_view>& keys)
    {
        for (const auto& [key, value] : m_object.items()) {
            if (std::ranges::find(keys, key) == keys.end()) {
                problem(format_check::unknown_key, key,
                        {fmt::format("`{}` is not a key of this kind of record", key),
                         fmt::format("`{}` är ingen nyckel i den här sortens post", key)});
            }
        }
    }

    std::string text(std::string_view key)
    {
        const auto* value = find(key);
        if (value == nullptr) {
            return {};
        }
        if (!value->is_string()) {
            wrong_type(key, {"a text", "en text"});
            return {};
        }
        return to_nfc(value->get<std::string>());
    }

    // A text, or null for none (empty).
    std::string text_or_null(std::string_view key)
    {
        const auto* value = find(key);
        if (value == nullptr || value->is_null()) {
            return {};
        }
        if (!value->is_string()) {
            wrong_type(key, {"a text or null", "en text eller null"});
            return {};
        }
        auto text = to_nfc(value->get<std::string>());
        if (text.empty()) {
            wrong_value(
                key, {"an empty text: write null for none", "en tom text: skriv null för ingen"});
        }
        return text;
    }

    std::string uuid(std::string_view key)
    {
        return checked(key, text(key), is_uuid, {"a UUID", "ett UUID"});
    }
    std::string uuid_or_null(std::string_view key)
    {
        return checked(key, text_or_null(key), is_uuid, {"a UUID", "ett UUID"});
    }
    std::string timestamp(std::string_view key)
    {
        return checked(key, text(key), is_timestamp,
                       {"a UTC time, YYYY-MM-DDTHH:MM:SSZ", "en UTC-tid, ÅÅÅÅ-MM-DDTtt:mm:ssZ"});
    }
    std::string timestamp_or_null(std::string_view key)
    {
        return checked(key, text_or_null(key), is_timestamp,
                       {"a UTC time, YYYY-MM-DDTHH:MM:SSZ", "en UTC-tid, ÅÅÅÅ-MM-DDTtt:mm:ssZ"});
    }

    Date date(std::string_view key) { return date_or_null(key, true).value_or(Date{}); }
    std::optional<Date> date_or_null(std::string_view key, bool required = false)
    {
        const auto text = required ? this->text(key) : text_or_null(key);
        if (text.empty()) {
            return std::nullopt;
        }
        const auto date = parse_date(text);
        if (!date) {
            wrong_value(key, {"a date, YYYY-MM-DD", "ett datum, ÅÅÅÅ-MM-DD"});
        }
        return date;
    }

    template <typename E>
    E keyword(std::string_view key)
    {
        return keyword_or_null<E>(key, true).value_or(E{});
    }
    template <typename E>
    std::optional<E> keyword_or_null(std::string_view key, bool required = false)
    {
        const auto text = required ? this->text(key) : text_or_null(key);
        if (text.empty()) {
            return std::nullopt;
        }
        for (const auto& entry : model::keywords<E>()) {
            if (entry.english == text) {
                return entry.value;
            }
        }
        std::string words;
        for (const auto& entry : model::keywords<E>()) {
            words += fmt::format("{}{}", words.empty() ? "" : ", ", entry.english);
        }
        wrong_value(key, {fmt::format("one of {}", words), fmt::format("något av {}", words)});
        return std::nullopt;
    }

    std::vector<std::string> strings(std::string_view key)
    {
        const auto* value = find(key);
        std::vector<std::string> out;
        if (value == nullptr) {
            return out;
        }
        if (!value->is_array() || !std::ranges::all_of(*value, &json::is_string)) {
            wrong_type(key, {"a list of texts", "en lista av texter"});
            return out;
        }
        for (const auto& item : *value) {
            out.push_back(to_nfc(item.get<std::string>()));
        }
        return out;
    }

    std::optional<int> integer_or_null(std::string_view key, int least, int most)
    {
        const auto* value = find(key);
        if (value == nullptr || value->is_null()) {
            return std::nullopt;
        }
        if (!value->is_number_integer()) {
            wrong_type(key, {"a whole number or null", "ett heltal eller null"});
            return std::nullopt;
        }
        const auto n = value->get<std::int64_t>();
        if (n < least || n > most) {
            wrong_value(key, {fmt::format("a number from {} to {}", least, most),
                              fmt::format("ett tal från {} till {}", least, most)});
            return std::nullopt;
        }
        return static_cast<int>(n);
    }

    bool boolean(std::string_view key)
    {
        const auto* value = find(key);
        if (value == nullptr) {
            return false;
        }
        if (!value->is_boolean()) {
            wrong_type(key, {"true or false", "true eller false"});
            return false;
        }
        return value->get<bool>();
    }

    // The objects of the list under `key`.
    std::vector<const json*> objects(std::string_view key)
    {
        const auto* value = find(key);
        std::vector<const json*> out;
        if (value == nullptr) {
            return out;
        }
        if (!value->is_array() || !std::ranges::all_of(*value, &json::is_object)) {
            wrong_type(key, {"a list of objects", "en lista av objekt"});
            return out;
        }
        for (const auto& item : *value) {
            out.push_back(&item);
        }
        return out;
    }

    // The object under `key`, or nullptr for null.
    const json* object_or_null(std::string_view key)
    {
        const auto* value = find(key);
        if (value == nullptr || value->is_null()) {
            return nullptr;
        }
        if (!value->is_object()) {
            wrong_type(key, {"an object or null", "ett objekt eller null"});
            return nullptr;
        }
        return value;
    }

    // Fields of an object inside this line, reported at this line.
    [[nodiscard]] Fields nested(const json& object) const
    {
        return {object, m_line, m_source, m_number, m_out};
    }

    void wrong_value(std::string_view key, const Text& expected)
    {
        problem(format_check::value, key,
                {fmt::format("`{}` must be {}", key, expected.en),
                 fmt::format("`{}` ska vara {}", key, expected.sv)});
    }

private:
    const json* find(std::string_view key)
    {
        const auto at = m_object.find(key);
        if (at == m_object.end()) {
            problem(format_check::missing, key,
                    {fmt::format("the record has no `{}`", key),
                     fmt::format("posten saknar `{}`", key)});
            return nullptr;
        }
        return &*at;
    }

    void wrong_type(std::string_view key, const Text& expected)
    {
        problem(format_check::type, key,
                {fmt::format("`{}` must be {}", key, expected.en),
                 fmt::format("`{}` ska vara {}", key, expected.sv)});
    }

    std::string checked(std::string_view key, std::string text, bool (*valid)(std::string_view),
                        const Text& expected)
    {
        if (!text.empty() && !valid(text)) {
            wrong_value(key, expected);
        }
        return text;
    }

    void problem(std::string_view id, std::string_view key, Text message)
    {
        // The key's column, in characters, where the line names it.
        const auto at = m_line.find(fmt::format("\"{}\":", key));
        const int column = at == std::string_view::npos
                               ? 1
                               : static_cast<int>(count_characters(m_line.substr(0, at))) + 1;
        m_out.push_back({Severity::error, std::string(id), Position{m_source, m_number, column},
                         std::move(message)});
    }

    const json& m_object;
    std::string_view m_line;
    const std::string& m_source;
    int m_number;
    Diagnostics& m_out;
};

} // namespace peer::exchange::line

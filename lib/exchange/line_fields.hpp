#pragma once
// The values of one line of an export, each checked for its type as it is taken
// (export_read.cpp reads every kind of record with it). The line is parsed by simdjson, whose
// DOM elements are handles into the parser's tape: they stay valid until the next line is
// parsed.

#include <peer/core/date.hpp>
#include <peer/core/diagnostic.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/assessment_form.hpp>
#include <peer/model/enums.hpp>

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::exchange::line {

using Element = simdjson::dom::element;
using Object = simdjson::dom::object;

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
    Fields(Object object, std::string_view line, const std::string& source, int number,
           Diagnostics& out)
        : m_object(object), m_line(line), m_source(source), m_number(number), m_out(out)
    {
    }

    // Keys the line may have, each once; any other, and any given twice, is reported.
    void only(const std::vector<std::string_view>& keys)
    {
        std::vector<std::string_view> seen;
        for (const auto [key, value] : m_object) {
            if (std::ranges::find(keys, key) == keys.end()) {
                problem(format_check::unknown_key, key,
                        {fmt::format("`{}` is not a key of this kind of record", key),
                         fmt::format("`{}` är ingen nyckel i den här sortens post", key)});
            } else if (std::ranges::find(seen, key) != seen.end()) {
                problem(format_check::unknown_key, key,
                        {fmt::format("`{}` is given twice: give each key once", key),
                         fmt::format("`{}` anges två gånger: ange varje nyckel en gång", key)});
            } else {
                seen.push_back(key);
            }
        }
    }

    std::string text(std::string_view key)
    {
        const auto value = find(key);
        if (!value) {
            return {};
        }
        if (!value->is_string()) {
            wrong_type(key, {"a text", "en text"});
            return {};
        }
        return to_nfc(string_of(*value));
    }

    // A text, or null for none (empty).
    std::string text_or_null(std::string_view key)
    {
        const auto value = find(key);
        if (!value || value->is_null()) {
            return {};
        }
        if (!value->is_string()) {
            wrong_type(key, {"a text or null", "en text eller null"});
            return {};
        }
        auto text = to_nfc(string_of(*value));
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
        const auto items =
            array_of(key, &Element::is_string, {"a list of texts", "en lista av texter"});
        std::vector<std::string> out;
        out.reserve(items.size());
        for (const auto item : items) {
            out.push_back(to_nfc(string_of(item)));
        }
        return out;
    }

    std::optional<int> integer_or_null(std::string_view key, int least, int most)
    {
        const auto value = find(key);
        if (!value || value->is_null()) {
            return std::nullopt;
        }
        if (!value->is_int64() && !value->is_uint64()) {
            wrong_type(key, {"a whole number or null", "ett heltal eller null"});
            return std::nullopt;
        }
        // Only a number beyond what int64 holds is uint64 alone: out of range whatever `most` is.
        const auto n =
            value->is_int64() ? value->get_int64().value_unsafe() : std::int64_t{most} + 1;
        if (n < least || n > most) {
            wrong_value(key, {fmt::format("a number from {} to {}", least, most),
                              fmt::format("ett tal från {} till {}", least, most)});
            return std::nullopt;
        }
        return static_cast<int>(n);
    }

    bool boolean(std::string_view key)
    {
        const auto value = find(key);
        if (!value) {
            return false;
        }
        if (!value->is_bool()) {
            wrong_type(key, {"true or false", "true eller false"});
            return false;
        }
        return value->get_bool().value_unsafe();
    }

    // The objects of the list under `key`.
    std::vector<Object> objects(std::string_view key)
    {
        const auto items =
            array_of(key, &Element::is_object, {"a list of objects", "en lista av objekt"});
        std::vector<Object> out;
        out.reserve(items.size());
        for (const auto item : items) {
            out.push_back(item.get_object().value_unsafe());
        }
        return out;
    }

    // The object under `key`, or nullopt for null.
    std::optional<Object> object_or_null(std::string_view key)
    {
        const auto value = find(key);
        if (!value || value->is_null()) {
            return std::nullopt;
        }
        if (!value->is_object()) {
            wrong_type(key, {"an object or null", "ett objekt eller null"});
            return std::nullopt;
        }
        return value->get_object().value_unsafe();
    }

    // The assessment form under `key`, checked as a form file is; nullopt when the key is
    // absent (an export written before placements had forms) or null.
    std::optional<model::AssessmentForm> assessment_form(std::string_view key)
    {
        const auto at = m_object.at_key(key);
        if (at.error() != simdjson::SUCCESS || at.value_unsafe().is_null()) {
            return std::nullopt;
        }
        const Element value = at.value_unsafe();
        if (!value.is_object()) {
            wrong_type(key, {"an object or null", "ett objekt eller null"});
            return std::nullopt;
        }
        auto read = formats::assessment_form_from_json(
            nlohmann::json::parse(simdjson::to_string(value), nullptr, false), std::string(key));
        for (const auto& d : read.diagnostics) {
            problem(
                d.id, key,
                {fmt::format("`{}` is not a sound assessment form: {}", key, d.message.en),
                 fmt::format("`{}` är inget giltigt bedömningsformulär: {}", key, d.message.sv)});
        }
        return std::move(read.form);
    }

    // Fields of an object inside this line, reported at this line.
    [[nodiscard]] Fields nested(Object object) const
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
    std::optional<Element> find(std::string_view key)
    {
        const auto at = m_object.at_key(key);
        if (at.error() != simdjson::SUCCESS) {
            problem(format_check::missing, key,
                    {fmt::format("the record has no `{}`", key),
                     fmt::format("posten saknar `{}`", key)});
            return std::nullopt;
        }
        return at.value_unsafe();
    }

    static std::string string_of(Element text)
    {
        return std::string(text.get_string().value_unsafe());
    }

    // The items of the list under `key`, when each is of the kind `is` tells; none otherwise.
    std::vector<Element> array_of(std::string_view key, bool (Element::*is)() const noexcept,
                                  const Text& expected)
    {
        const auto value = find(key);
        if (!value) {
            return {};
        }
        if (value->is_array()) {
            const simdjson::dom::array items = value->get_array().value_unsafe();
            std::vector<Element> out;
            for (const auto item : items) {
                if (!(item.*is)()) {
                    wrong_type(key, expected);
                    return {};
                }
                out.push_back(item);
            }
            return out;
        }
        wrong_type(key, expected);
        return {};
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

    Object m_object;
    std::string_view m_line;
    const std::string& m_source;
    int m_number;
    Diagnostics& m_out;
};

} // namespace peer::exchange::line

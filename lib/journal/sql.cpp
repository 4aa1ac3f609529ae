#include "sql.hpp"

#include <nlohmann/json.hpp>

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

std::vector<std::string> json_strings(const SQLite::Column& column, const stored::Origin& origin)
{
    const Text expected{"a JSON array of texts", "en JSON-vektor av texter"};
    const auto text = column.getString();
    const auto array = nlohmann::json::parse(text, nullptr, false);
    if (!array.is_array()) {
        throw stored::unreadable(origin, column.getName(), text, expected);
    }
    std::vector<std::string> out;
    out.reserve(array.size());
    for (const auto& item : array) {
        if (!item.is_string()) {
            throw stored::unreadable(origin, column.getName(), text, expected);
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

} // namespace peer::journal::rows

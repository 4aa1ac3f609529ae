#pragma once
// Small query helpers the journal's row files share.

#include "connection.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace peer::journal::rows {

// The first column of every row of `sql`, whose one parameter is `row`.
inline std::vector<std::string> strings_of(Connection& connection, const char* sql,
                                           std::int64_t row)
{
    auto query = connection.statement(sql);
    query->bind(1, row);
    std::vector<std::string> out;
    while (query->executeStep()) {
        out.push_back(query->getColumn(0).getString());
    }
    return out;
}

} // namespace peer::journal::rows

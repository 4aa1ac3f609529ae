#pragma once
// Checking a diagnostic: its id, where it stands, and that it has both languages.

#include <peer/core/diagnostic.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>

namespace peer::test {

inline void check_at(const Diagnostic& d, std::string_view id, std::string_view file, int line,
                     int column)
{
    CAPTURE(d.message.en);
    CHECK(d.id == id);
    REQUIRE(d.where);
    CHECK(d.where->file == file);
    CHECK(d.where->line == line);
    CHECK(d.where->column == column);
    CHECK_FALSE(d.message.sv.empty());
}

// Whether any of the diagnostics has this id.
inline bool mentions(const Diagnostics& diagnostics, std::string_view id)
{
    return std::ranges::any_of(diagnostics, [&](const auto& d) { return d.id == id; });
}

} // namespace peer::test

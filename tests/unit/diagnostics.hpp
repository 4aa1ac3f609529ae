#pragma once
// Checking a diagnostic: its id, where it stands, and that it has both languages.

#include <peer/core/diagnostic.hpp>

#include <doctest/doctest.h>

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

} // namespace peer::test

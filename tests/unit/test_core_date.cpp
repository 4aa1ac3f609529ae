#include "fixtures.hpp"

#include <peer/core/date.hpp>

#include <doctest/doctest.h>

using peer::test::date;

TEST_SUITE("core::date")
{
    TEST_CASE("parse_date accepts days that exist")
    {
        CHECK(peer::format_date(date("2026-11-02")) == "2026-11-02");
        CHECK(peer::parse_date("2024-02-29"));
        CHECK(peer::parse_date("2026-12-31"));
    }

    TEST_CASE("parse_date refuses days that do not exist and other shapes")
    {
        for (const char* text :
             {"2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-02",
              "26-11-02", "2026/11/02", "", "2026-11-02x", "yyyy-mm-dd"}) {
            CAPTURE(text);
            CHECK_FALSE(peer::parse_date(text));
        }
    }

    TEST_CASE("add_years keeps the day, and moves 29 February to 1 March")
    {
        CHECK(peer::add_years(date("2025-03-01"), 1) == date("2026-03-01"));
        CHECK(peer::add_years(date("2024-02-29"), 1) == date("2025-03-01"));
        CHECK(peer::add_years(date("2024-02-29"), 4) == date("2028-02-29"));
        CHECK(peer::add_years(date("2023-12-31"), 2) == date("2025-12-31"));
    }

    TEST_CASE("full_years_between counts the anniversary as a full year")
    {
        CHECK(peer::full_years_between(date("2025-11-02"), date("2026-11-02"), 1));
        CHECK_FALSE(peer::full_years_between(date("2025-11-02"), date("2026-11-01"), 1));
        CHECK(peer::full_years_between(date("2024-02-29"), date("2025-03-01"), 1));
        CHECK_FALSE(peer::full_years_between(date("2024-02-29"), date("2025-02-28"), 1));
        CHECK(peer::full_years_between(date("2020-01-01"), date("2026-01-01"), 0));
    }

    TEST_CASE("parse_day takes today, yesterday and weekdays in both languages")
    {
        const auto wednesday = date("2026-12-02");
        CHECK(peer::parse_day("2026-11-05", wednesday) == date("2026-11-05"));
        CHECK(peer::parse_day("today", wednesday) == wednesday);
        CHECK(peer::parse_day("I dag", wednesday) == wednesday);
        CHECK(peer::parse_day("Yesterday", wednesday) == date("2026-12-01"));
        CHECK(peer::parse_day("igår", wednesday) == date("2026-12-01"));
        CHECK(peer::parse_day("IGÅR", wednesday) == date("2026-12-01"));
        CHECK(peer::parse_day("monday", wednesday) == date("2026-11-30"));
        CHECK(peer::parse_day("måndag", wednesday) == date("2026-11-30"));
        CHECK(peer::parse_day("wednesday", wednesday) == wednesday); // today is that day
        CHECK(peer::parse_day("torsdag", wednesday) == date("2026-11-26"));
        CHECK(peer::parse_day("söndag", wednesday) == date("2026-11-29"));
        CHECK(peer::parse_day("yesterday", date("2027-01-01")) == date("2026-12-31"));
        CHECK_FALSE(peer::parse_day("someday", wednesday));
        CHECK_FALSE(peer::parse_day("2026-11", wednesday));
    }

    TEST_CASE("parse_month gives a month's first and last day")
    {
        const auto february = peer::parse_month("2027-02");
        REQUIRE(february);
        CHECK(february->first == date("2027-02-01"));
        CHECK(february->last == date("2027-02-28"));
        CHECK(peer::parse_month("2028-02")->last == date("2028-02-29"));
        CHECK_FALSE(peer::parse_month("2027-13"));
        CHECK_FALSE(peer::parse_month("2027-2"));
        CHECK_FALSE(peer::parse_month("2027-02-01"));
    }
}

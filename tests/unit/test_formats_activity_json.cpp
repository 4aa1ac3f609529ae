#include <peer/formats/activity_json.hpp>

#include <doctest/doctest.h>

using namespace peer;

TEST_SUITE("formats::activity_json")
{
    TEST_CASE("append_json_line writes what the JSON document would")
    {
        model::LogEntry entry;
        entry.number = 12;
        entry.date = *parse_date("2026-11-03");
        entry.code = "SUR-WOUND-01";
        entry.mode = model::Mode::observe;
        entry.partners = {"bea"};
        entry.note = "Quotes \" and \\ backslash,\nline break, tab\t, bell \x07 and åäö";
        entry.observer_steps = {model::ObserverStep::before, model::ObserverStep::after};
        SUBCASE("with every value")
        {
            entry.patients = 3;
            entry.presence = model::Presence::partial;
        }
        SUBCASE("with absent values") {}
        std::string line;
        formats::append_json_line(line, entry);
        CHECK(line == formats::to_json(entry).dump() + "\n");
        CHECK(nlohmann::json::parse(line) == formats::to_json(entry));
    }
}

#pragma once
// Structured learning activities, and what a student logs of doing them.

#include <peer/core/date.hpp>
#include <peer/model/enums.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace peer::model {

// A structured learning activity of a unit's catalogue: what one should be able to do, how it
// is done, and why.
struct Activity {
    std::string code; // "SUR-WOUND-01"
    std::string title;
    std::string what;
    std::string how;
    std::string why;
    std::vector<std::string> outcomes; // the course learning outcomes it serves
    std::string unit;
    std::vector<std::string> tags;

    bool operator==(const Activity&) const = default;
};

// One activity done on one day, in one peer-learning mode, by the journal's owner.
struct LogEntry {
    std::int64_t number = 0; // the entry's number in the journal (0 before it is saved)
    Date date{};
    std::string code;
    Mode mode = Mode::together;
    std::vector<std::string> partners; // the other students of the pair it was done with, in
                                       // the order named; empty when none was named
    std::optional<int> patients;
    std::optional<Presence> presence;
    std::string note;
    std::vector<ObserverStep> observer_steps; // which of the three steps the observer did

    bool operator==(const LogEntry&) const = default;
};

} // namespace peer::model

#pragma once
// An assessment of a talk written in TOML (docs/assessment.md), the other shape of the Markdown
// a talk is written in: a [[criterion]] table per criterion judged, with its id, level, the
// evidence it cites and a comment, and an [overall] table.

#include <peer/core/diagnostic.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace peer::formats {

// One table's answer, in the shape a section of the talk's Markdown form takes
// ("level: met\nevidence: entry 12\nWhy."), under its key: a criterion's id, or "overall".
struct TalkAnswer {
    std::string key;
    std::string answer;
    Position at; // the table's first line
};

struct TalkFile {
    std::vector<TalkAnswer> answers; // in the file's order
    Diagnostics diagnostics;         // FMT-SYNTAX, FMT-KEY, FMT-TYPE, FMT-REQUIRED, FMT-DUPLICATE
};

TalkFile read_talk_toml(std::string_view text, const std::string& file);

} // namespace peer::formats

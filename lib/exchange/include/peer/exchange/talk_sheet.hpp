#pragma once
// What a student brings to an assessment talk (`peer assess prepare`): their self-assessment,
// criterion by criterion with the evidence it cites from their journal, the goals of their
// introduction, and how their log covers the learning outcomes the criteria concern. As text
// for the terminal, Markdown, or one self-contained HTML page; its JSON is an export file
// (docs/assessment.md).

#include <peer/core/date.hpp>
#include <peer/core/text.hpp>
#include <peer/exchange/report.hpp>
#include <peer/model/enums.hpp>

#include <string>
#include <vector>

namespace peer::exchange {

// A record of the journal a judgement cites: "entry 12 · 2026-11-05 · SUR-WOUND-01 · observe ·
// 2 patients", and its text when the student includes it.
struct SheetEvidence {
    std::string label;
    std::string text;
};

struct SheetCriterion {
    Text area;
    std::string id;
    Text text;
    std::string level; // empty: not judged
    Text level_name;
    bool at_risk = false;
    std::string comment;
    std::vector<SheetEvidence> evidence;
};

// A learning outcome the criteria concern, with the log entries of activities that serve it.
struct SheetOutcome {
    std::string outcome;
    int entries = 0;
};

struct TalkSheet {
    std::string student;
    std::string placement;
    model::Talk talk = model::Talk::midway;
    Date date{}; // of the self-assessment
    Text form_title;
    std::string goals; // of the introduction; empty when none
    Date goals_date{};
    std::vector<SheetCriterion> criteria; // in the form's order
    std::string overall_level;
    Text overall_name;
    std::string overall_comment;
    std::vector<SheetOutcome> outcomes;
};

// `format` is text, markdown or html.
std::string render_sheet(const TalkSheet& sheet, ReportFormat format, Lang lang);

} // namespace peer::exchange

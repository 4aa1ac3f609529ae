#pragma once
// What a student's records say about their placement: activities by mode and by code, patients
// and supervisor presence day by day, the learning outcomes touched and not yet, the writing and
// its completeness, and the balance with each partner. Made from the facts of the records
// (peer/model/facts.hpp), so that a journal (peer report) and exports (peer cohort) are
// summarised alike.

#include <peer/core/date.hpp>
#include <peer/core/diagnostic.hpp>
#include <peer/core/text.hpp>
#include <peer/model/facts.hpp>
#include <peer/model/writing.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace peer::exchange {

// The days a summary covers; an open end takes every day on that side.
struct Period {
    std::optional<Date> from;
    std::optional<Date> to;
    [[nodiscard]] bool contains(Date day) const
    {
        return (!from || day >= *from) && (!to || day <= *to);
    }
};

struct DayLoad {
    Date date{};
    int entries = 0;
    int patients = 0; // the most patients logged on one entry that day
    int full = 0;     // entries with the supervisor fully present, partly, not
    int partial = 0;
    int none = 0;
};

struct CodeCount {
    std::string code;
    std::string title;
    int entries = 0;
    int performed = 0; // of them, performed by the student (perform, delegate)
};

struct PartnerShare {
    std::string partner; // "" for the entries that name none
    std::map<model::Mode, int> by_mode;
};

struct WritingCounts {
    int reflections = 0; // saved
    int drafts = 0;
    std::array<int, 6> stages{}; // saved reflections that answer each of Gibbs' stages
    int complete = 0;            // saved reflections that answer all six
    int open_action_plans = 0;   // action plans whose activity was not done again since
    int feedback_given = 0;
    int feedback_received = 0;
    int briefings_before = 0;
    int briefings_after = 0;
    std::vector<Date> reflection_days; // the day of each saved reflection, in order
};

// A rule of the supervisor model that fails and still stands, by its id in `peer rules`: about
// the placement's setup (a pair, a member of staff) or about a log entry.
struct OpenRule {
    std::string rule;
    Severity severity = Severity::error; // an error or a warning
    std::string subject;                 // a pair's name or a member of staff's id
    std::int64_t entry = 0;              // the log entry's number; 0 when about the setup
    Text message;
};

// One assessment of a talk, as the report lists it.
struct TalkLine {
    std::string placement;
    model::Talk talk = model::Talk::midway;
    std::string assessor;
    bool self = false;
    Date date{};
    int judged = 0;   // criteria judged
    int criteria = 0; // of the form's
    std::vector<std::string> at_risk;
};

// One action plan, as the report lists it.
struct PlanLine {
    std::int64_t number = 0;
    std::string placement;
    std::vector<std::string> criteria;
    Date review{};
    std::optional<model::PlanOutcome> outcome;
    bool overdue = false; // open past its review date
};

// A criterion found at risk at some talk, and its level at each talk since, oldest first:
// "ht26-kir-avd12 midway partly-met*" (* at risk).
struct CriterionHistory {
    std::string criterion;
    std::vector<std::string> levels;
};

struct Summary {
    std::string student;
    Period period;
    int entries = 0;
    std::map<model::Mode, int> by_mode;
    std::vector<CodeCount> by_code;            // by code
    std::vector<DayLoad> days;                 // by date, the days with entries
    std::vector<std::string> outcomes_covered; // of the activities logged, sorted
    std::vector<std::string> outcomes_open;    // of the catalogue, not yet touched, sorted
    WritingCounts writing;
    std::vector<PartnerShare> balance; // by partner, those with no partner last
    std::vector<OpenRule> open_rules;  // not made by summarise(): the rules are the use case's
    // The introductions to the placement of the student and their partners, oldest first; not
    // made by summarise() either: facts hold no text.
    std::vector<model::Introduction> introductions;
    // The assessment talks and action plans of the placement (or, for --all, of every one),
    // and how the criteria found at risk went; not made by summarise().
    std::vector<TalkLine> talks;
    std::vector<PlanLine> plans;
    std::vector<CriterionHistory> progression;
};

// The summary of `student`'s facts in `period`: their log entries, their writing and the
// feedback they received, against the catalogue of the facts' activities.
Summary summarise(const model::Facts& facts, const std::string& student, const Period& period);

} // namespace peer::exchange

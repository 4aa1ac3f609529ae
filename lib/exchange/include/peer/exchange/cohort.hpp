#pragma once
// The teacher's cohort view (peer cohort): students' exports, merged per student, seen per
// placement as one row per student and one per pair, with flags for the pitfalls of peer
// learning as they show in the data. Made from records alone: it never needs a journal.

#include <peer/core/date.hpp>
#include <peer/core/text.hpp>
#include <peer/exchange/summary.hpp>
#include <peer/model/record.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace peer::exchange {

// The pitfalls, in the order the view lists them.
enum class Flag {
    no_reflection_for_a_week, // seven days or more in a row without a saved reflection
    feedback_one_way,         // one partner gives feedback, the other gives none back
    one_partner_performs,     // one partner performs most of the pair's activities
    presence_not_decreasing,  // the supervisor is not stepping back over the placement
    patients_not_growing,     // the patient load is not growing over the placement
    open_rule_errors,         // the supervisor rules find errors in the pair's setup
    no_recent_export,         // the newest export is more than a week old
    midway_talk_missing,      // halfway through the placement, and no midway talk recorded
    plan_review_overdue,      // an action plan is still open past its review date
};

std::string_view flag_keyword(Flag flag); // "no_reflection_for_a_week", ...
Text flag_text(Flag flag);                // what it means, for a person

// The thresholds the flags use, stated once so that docs and tests can quote them.
inline constexpr int k_days_without_reflection = 7;
inline constexpr int k_export_age_days = 7;
inline constexpr int k_min_performed_for_balance = 6; // fewer, and the balance says little
inline constexpr double k_max_performed_share = 2.0 / 3.0;
inline constexpr int k_min_trend_days = 3; // days with data, needed for a trend
inline constexpr int k_min_trend_span = 7; // days from the first to the last of them

struct StudentRow {
    std::string student;
    std::string name;
    std::string pair; // "ali+bea"; empty when the student has no pair
    int exports = 0;
    std::string exported_at; // the newest export's time
    int entries = 0;
    int performed = 0; // entries performed or delegated by the student
    // By partner: the entries of this student's log where that partner performed (observe).
    std::map<std::string, int> partner_performed;
    double patients_per_day = 0;          // on the days with patients logged
    std::optional<double> patients_trend; // patients per day, change per week (least squares)
    std::optional<double> presence_trend; // supervisor's presence (1 full, 0 none), per week
    int reflections = 0;
    double reflections_per_week = 0;
    std::optional<Date> last_reflection;
    int feedback_given = 0;
    int feedback_received = 0;
    // The supervisors' talks, as the student's exports carry them: when each was first held,
    // the criteria found at risk at midway, and the action plans open and overdue.
    std::optional<Date> midway;
    std::optional<Date> final_talk;
    std::vector<std::string> at_risk;
    int open_plans = 0;
    int overdue_reviews = 0;
    std::vector<Flag> flags;
};

struct FeedbackFlow {
    std::string from;
    std::string to;
    int count = 0;
};

struct PairRow {
    std::string pair;
    std::vector<std::string> students;
    std::vector<std::string> supervisors;
    int entries = 0;
    // By student, in the pair's order: the entries they performed by their own log and by
    // their partners' (where the partner observed).
    std::vector<std::pair<std::string, int>> performed;
    std::vector<FeedbackFlow> feedback; // between the pair's students
    std::vector<Flag> flags;
};

struct PlacementView {
    std::string id;
    std::string title;
    Date start{};
    Date end{};
    std::vector<StudentRow> students;  // by student id
    std::vector<PairRow> pairs;        // by pair name
    std::vector<OpenRule> rule_errors; // the failed rules of the setup that are errors
    model::PlacementSetup setup;       // as the newest records describe it, for the rules
};

struct Cohort {
    Date today{};
    int files = 0;
    int students = 0;
    std::vector<PlacementView> placements; // by id
};

// Builds the view one student at a time, so that only one student's records are held at once.
class CohortBuilder {
public:
    explicit CohortBuilder(Date today);

    // One student's records, merged from all their exports (`exports` of them, the newest
    // made at `exported_at`). A student enrolled in several placements gets a row in each.
    void add_student(const std::string& student, const std::string& exported_at, int exports,
                     const std::vector<model::Record>& records);

    Cohort finish();

private:
    struct FeedbackSeen {
        std::string from;
        std::string to;
        std::string uuid;
        bool operator==(const FeedbackSeen&) const = default;
    };
    struct PlacementState {
        PlacementView view;
        std::string placement_updated; // the newest placement record's time
        std::set<std::string> staff;
        std::set<std::string> enrolled; // the students still on it
        std::map<std::string, std::pair<std::string, model::PairRecord>> pairs; // by name
        std::vector<FeedbackSeen> feedback;
    };

    void take_setup(const std::vector<model::Record>& records);
    void add_row(PlacementState& state, const std::string& student, const std::string& exported_at,
                 int exports, const std::vector<model::Record>& records);
    void finish_placement(PlacementState& state) const;
    // The row's talks and plans, and their flags.
    void add_talks(StudentRow& row, const PlacementView& view,
                   const std::vector<model::Record>& records) const;

    Date m_today;
    int m_students = 0;
    std::map<std::string, PlacementState> m_placements;
    std::map<std::string, std::pair<std::string, model::Person>> m_people; // newest, by id
};

// Marks the pairs the errors concern (the pair itself, or one of its supervisors) with
// Flag::open_rule_errors, and keeps the errors with the placement.
void mark_rule_errors(PlacementView& view, std::vector<OpenRule> errors);

enum class CohortFormat { text, csv, html, json };

// `width` is the terminal's, for text.
std::string render_cohort(const Cohort& cohort, CohortFormat format, Lang lang,
                          std::size_t width = 80);

} // namespace peer::exchange

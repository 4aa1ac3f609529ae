#pragma once
// An assessment form, as a university writes one (docs/assessment-form.md): the criteria the
// midway and final assessment talks judge a student by, in areas, and the scale of levels they
// are judged on, some of which mean the student is at risk of not reaching the goals. `peer`
// reads forms as data and ships none but its own example.

#include <peer/core/date.hpp>
#include <peer/core/text.hpp>
#include <peer/model/enums.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::model {

struct AssessmentLevel {
    std::string id;
    Text name;
    bool at_risk = false; // a student judged at this level needs an action plan
    bool operator==(const AssessmentLevel&) const = default;
};

struct Criterion {
    std::string id;
    Text text;
    std::vector<std::string> outcomes; // learning outcomes of the catalogue it concerns
    bool operator==(const Criterion&) const = default;
};

struct AssessmentArea {
    std::string id;
    Text title;
    std::vector<Criterion> criteria;
    bool operator==(const AssessmentArea&) const = default;
};

struct AssessmentForm {
    std::string id;
    Text title;
    std::vector<AssessmentLevel> scale; // lowest first; the levels at risk are the lowest
    std::vector<AssessmentArea> areas;

    [[nodiscard]] const Criterion* find_criterion(std::string_view wanted) const;
    [[nodiscard]] const AssessmentLevel* find_level(std::string_view wanted) const;
    // Whether `level` is a level of the scale that means the student is at risk.
    [[nodiscard]] bool is_at_risk(std::string_view level) const;
    [[nodiscard]] std::size_t criteria_count() const;
    bool operator==(const AssessmentForm&) const = default;
};

// A record of the journal cited for a judgement: a log entry, a reflection, feedback received.
struct Evidence {
    std::string kind;        // "log_entry", "reflection", "feedback"
    std::string uuid;        // travels between journals
    std::int64_t number = 0; // in this journal; 0 when it is not here (withheld, or deleted)
    bool operator==(const Evidence&) const = default;
};

// One criterion of the form, judged: its level, why, and what shows it.
struct Judgement {
    std::string criterion;
    std::string level;
    std::string comment;
    std::vector<Evidence> evidence;
    bool operator==(const Judgement&) const = default;
};

// A midway or final assessment of a student on a placement, by the student themself (a
// self-assessment: `assessor` is `student`) or by a supervisor. One per student, assessor,
// placement and talk; written again, it changes.
struct Assessment {
    std::int64_t number = 0; // in this journal (0 before it is saved)
    std::string uuid;
    std::string student;
    std::string assessor;
    std::string placement;
    Talk talk = Talk::midway;
    Date date{};
    std::vector<Judgement> judgements; // in the form's order; the criteria not judged are absent
    std::string overall_level;         // empty when none was given
    std::string overall_comment;

    [[nodiscard]] bool self() const { return student == assessor; }
    [[nodiscard]] const Judgement* find(std::string_view criterion) const;
    bool operator==(const Assessment&) const = default;
};

// An individual action plan for a student at risk of not reaching the goals: what is lacking,
// for which criteria, what to do and by when, who reviews it and when; and, once reviewed, the
// outcome.
struct IndividualPlan {
    std::int64_t number = 0;
    std::string uuid;
    std::string student;
    std::string author;
    std::string placement;
    Date date{}; // when it was made
    std::vector<std::string> criteria;
    std::string lacking;
    std::string actions;
    Date due{};           // by when the actions are done
    std::string reviewer; // who reviews it; empty: its author
    Date review_date{};
    std::optional<PlanOutcome> outcome; // empty until it is reviewed
    Date reviewed_on{};
    std::string review_comment;

    [[nodiscard]] bool open() const { return !outcome.has_value(); }
    bool operator==(const IndividualPlan&) const = default;
};

} // namespace peer::model

#pragma once
// The records of a journal as they travel between journals in an export: each with its uuid,
// author and times, and what it refers to by the names every journal shares (a person's and a
// placement's id, an activity's code) or, for a record written in one journal, by its uuid.

#include <peer/model/activity.hpp>
#include <peer/model/assessment.hpp>
#include <peer/model/person.hpp>
#include <peer/model/placement.hpp>
#include <peer/model/writing.hpp>

#include <string>
#include <variant>
#include <vector>

namespace peer::model {

// What every record carries. Times are UTC, as the journal stores them: "2026-11-05T08:30:00Z".
struct Stamp {
    std::string uuid;
    std::string author; // the person who wrote it; empty for what a placement file or a
                        // catalogue describes (people, placements, pairs, activities)
    std::string created;
    std::string updated;
    // Texts of the record the guard takes for identifiers, allowed by its author.
    std::vector<std::string> allowed;
    bool operator==(const Stamp&) const = default;
};

struct PersonRecord {
    Stamp stamp;
    Person person;
    bool operator==(const PersonRecord&) const = default;
};

struct Enrolment {
    std::string student;
    std::string archived; // when the student left the placement; empty while they are on it
    bool operator==(const Enrolment&) const = default;
};

struct PlacementRecord {
    Stamp stamp;
    Placement placement;
    std::vector<std::string> staff; // ids of its staff
    std::vector<Enrolment> students;
    std::string archived;
    bool operator==(const PlacementRecord&) const = default;
};

struct PairRecord {
    Stamp stamp;
    std::string placement;
    Pair pair;
    std::string archived;
    bool operator==(const PairRecord&) const = default;
};

struct ActivityRecord {
    Stamp stamp;
    Activity activity;
    bool operator==(const ActivityRecord&) const = default;
};

struct LogRecord {
    Stamp stamp;
    LogEntry entry;   // its number is the exporting journal's and does not travel
    std::string pair; // the uuid of the pair's record; empty when none
    bool operator==(const LogRecord&) const = default;
};

// A reflection, feedback, briefing or introduction. Its number does not travel; the log entry it is
// about travels by its uuid. Exported for staff, its texts are withheld: `answers` is empty and
// `answered` says which of the form's sections had an answer.
template <typename W>
struct WritingRecord {
    Stamp stamp;
    W writing;
    std::string entry; // the uuid of the log entry it is about; empty when none
    bool withheld = false;
    std::vector<bool> answered;
    bool operator==(const WritingRecord&) const = default;
};
using ReflectionRecord = WritingRecord<Reflection>;
using FeedbackRecord = WritingRecord<Feedback>;
using BriefingRecord = WritingRecord<Briefing>;
using IntroductionRecord = WritingRecord<Introduction>;

// An assessment talk's judgements, by the student or a supervisor (the stamp's author is the
// assessor). Its evidence travels by the uuids of the records it cites; numbers do not travel.
struct AssessmentRecord {
    Stamp stamp;
    Assessment assessment;
    bool operator==(const AssessmentRecord&) const = default;
};

// An individual action plan (the stamp's author wrote it) and its review.
struct PlanRecord {
    Stamp stamp;
    IndividualPlan plan;
    bool operator==(const PlanRecord&) const = default;
};

// A record that was deleted: its uuid is the deleted record's, `created` when it was deleted.
struct TombstoneRecord {
    Stamp stamp;
    std::string of; // the kind of record deleted: "log_entry", "reflection", ...
    bool operator==(const TombstoneRecord&) const = default;
};

// Every kind, in the order an export writes them and an import applies them: each refers only
// to kinds before it.
using Record = std::variant<PersonRecord, PlacementRecord, PairRecord, ActivityRecord, LogRecord,
                            ReflectionRecord, FeedbackRecord, BriefingRecord, IntroductionRecord,
                            AssessmentRecord, PlanRecord, TombstoneRecord>;

// The kind's name in an export ("person", "log_entry", ...), by the variant's index.
std::string_view record_kind(const Record& record);
const Stamp& stamp_of(const Record& record);
Stamp& stamp_of(Record& record);

// The kinds whose records are deleted with a tombstone.
bool is_deletable_kind(std::string_view kind);

} // namespace peer::model

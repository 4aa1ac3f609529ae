#pragma once
// What a summary of a student's placement counts (peer/exchange/summary.hpp), without texts or
// stamps: the catalogue, the log and the writing by author, day and kind. Made by a journal's
// own queries for `peer report`, which so reads no text, and from records for `peer cohort`,
// which reads exports; both are then summarised alike.

#include <peer/model/activity.hpp>
#include <peer/model/record.hpp>

#include <string>
#include <vector>

namespace peer::model {

struct ActivityFact {
    std::string code;
    std::string title;
    std::vector<std::string> outcomes; // the learning outcomes it covers
    bool operator==(const ActivityFact&) const = default;
};

struct EntryFact {
    std::string author;
    LogEntry entry; // without its note and observer's steps; its number is the journal's, 0
                    // from an export
    bool operator==(const EntryFact&) const = default;
};

struct WritingFact {
    std::string author;
    Date date{};
    std::string code; // the activity it is about; empty when none
    bool operator==(const WritingFact&) const = default;
};

struct ReflectionFact : WritingFact {
    bool draft = false;
    std::vector<bool> answered; // by Gibbs' stage, in order
    bool operator==(const ReflectionFact&) const = default;
};

struct FeedbackFact : WritingFact {
    std::string recipient;
    bool operator==(const FeedbackFact&) const = default;
};

struct BriefingFact : WritingFact {
    BriefingKind kind = BriefingKind::before;
    bool operator==(const BriefingFact&) const = default;
};

struct Facts {
    std::vector<ActivityFact> activities; // the catalogue
    std::vector<EntryFact> entries;
    std::vector<ReflectionFact> reflections;
    std::vector<FeedbackFact> feedback;
    std::vector<BriefingFact> briefings;
};

// The facts of the records: people, placements, pairs and tombstones have none.
Facts facts_of(const std::vector<Record>& records);

} // namespace peer::model

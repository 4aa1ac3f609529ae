#pragma once
// The catalogue of learning activities and the log of what the journal's owner did.

#include <peer/journal/journal.hpp>
#include <peer/model/activity.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::journal {

// The activity of the catalogue with this code; typed in another case (`sur-wound-01`), the one
// it names when no other code differs from it only in case.
std::optional<model::Activity> find_activity(const Journal& journal, std::string_view code);

struct ActivityFilter {
    std::string tag;     // has this tag
    std::string outcome; // serves this outcome
    std::string text;    // in the code, title, what, how or why (case-insensitive for ASCII)
};

// The activities that pass the filter, by code.
std::vector<model::Activity> list_activities(const Journal& journal, const ActivityFilter& filter);

enum class ActivitySaved { added, updated, unchanged, code_taken, not_found };

// `allowed` are the texts of the activity its owner declared not to be a patient's identifier
// (--allow-identifier): they are recorded with it.
ActivitySaved add_activity(Journal& journal, const model::Activity& activity,
                           const std::vector<std::string>& allowed = {});
ActivitySaved update_activity(Journal& journal, const model::Activity& activity,
                              const std::vector<std::string>& allowed = {});

// Who logs, and in which pair and placement: what the log rules need to know.
struct LogContext {
    std::string owner;                      // the journal's owner (a student)
    std::vector<std::string> pair_students; // the owner's active pair, the owner included
    std::string placement;                  // the pair's placement
    int programme_term = 1;
    Date placement_start{}; // the placement's first and last day
    Date placement_end{};
};

// The owner's context; nullopt when the journal has no owner yet (no `peer term join`).
std::optional<LogContext> log_context(const Journal& journal);

// Saves one entry of the owner's (`context`) in one transaction and returns its number. The
// entry's activity must be in the catalogue. `allowed` are the texts of its note the owner
// declared not to be a patient's identifier (--allow-identifier), recorded with it.
std::int64_t add_log_entry(Journal& journal, const model::LogEntry& entry,
                           const LogContext& context, const std::vector<std::string>& allowed = {});

// Changes the entry with `entry.number` in place, as add_log_entry saves one; the reflections,
// feedback and briefings about it follow it to its activity.
void update_log_entry(Journal& journal, const model::LogEntry& entry, const LogContext& context,
                      const std::vector<std::string>& allowed = {});

struct HistoryFilter {
    std::optional<Date> from;
    std::optional<Date> to;
    std::optional<model::Mode> mode;
    std::string code;
    std::string partner;
    std::optional<std::int64_t> number; // only this entry
};

// Calls `each` for every entry that passes the filter, oldest first, without holding them all.
void for_each_log_entry(const Journal& journal, const HistoryFilter& filter,
                        const std::function<void(const model::LogEntry&)>& each);

// One day of the placement as the log shows it.
struct DayProgress {
    Date date{};
    int entries = 0;
    int patients = 0;     // the most patients logged on one entry that day
    int with_full = 0;    // entries with the supervisor fully present
    int with_partial = 0; // partly present
    int with_none = 0;    // not present
};

// The entry with this number, if there is one.
std::optional<model::LogEntry> find_log_entry(const Journal& journal, std::int64_t number);

std::vector<DayProgress> progress_by_day(const Journal& journal);

// How the owner shared the work with one partner: the entries with them, by mode. An entry
// done with two partners (a pair of three) counts for each.
struct PartnerBalance {
    std::string partner; // "" for the entries that name no partner
    std::map<model::Mode, int> by_mode;
    [[nodiscard]] int count(model::Mode mode) const; // 0 for a mode with no entry
    [[nodiscard]] int entries() const;
};

// The balance with each partner over the entries dated from `from` to `to` (each end open when
// not given), by partner; the entries with no partner last.
std::vector<PartnerBalance> balance_by_partner(const Journal& journal, std::optional<Date> from,
                                               std::optional<Date> to);

} // namespace peer::journal

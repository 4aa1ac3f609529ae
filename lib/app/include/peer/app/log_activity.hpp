#pragma once
// Logging what the journal's owner did: `peer activity log`, and the log rules that imports
// apply to each row as well.

#include <peer/core/result.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/writing.hpp>
#include <peer/model/activity.hpp>
#include <peer/rules/finding.hpp>
#include <peer/rules/rule_set.hpp>

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

namespace peer::app {

struct LogRequest {
    model::LogEntry entry;            // no partner: the other student of the owner's pair
    std::vector<std::string> allowed; // texts of the note the owner declared not to be a
                                      // patient's identifier (--allow-identifier)
    Date today{};                     // LOG-DATE: no entry after it
};

struct Logged {
    model::LogEntry entry; // as saved, with its number and partner
    Diagnostics warnings;  // rule warnings, allowed texts that matched nothing
    std::optional<journal::ActionPlan> last_plan; // the owner's last action plan for the activity
};

// The entry as it would be logged, without writing: the journal has an owner, the activity is in
// the catalogue, the partner is filled in. What a command asks before it asks the person more
// (the observer's checklist), so that nobody answers questions for an entry that cannot be
// logged.
Result<model::LogEntry> prepare_log(const journal::Journal& journal, model::LogEntry entry);

// Logs an entry of the journal's owner, in one transaction: the owner and the activity, the
// partner, LOG-ROLES, LOG-DELEGATION and LOG-DATE, the privacy guard over the note (its hits at
// `note:LINE:COL`), then the entry itself. Anything wrong is a Problem and nothing is written.
Result<Logged> log_activity(journal::Journal& journal, const LogRequest& request,
                            const rules::RuleSet& rules);

// `peer activity edit-entry N`: what to change of log entry N; what is not given stays.
struct EntryChange {
    std::int64_t number = 0;
    std::optional<Date> date;
    std::optional<std::string> code;
    std::optional<model::Mode> mode;
    std::optional<std::vector<std::string>> partners; // all of them, in place of those it had
    std::optional<int> patients;
    std::optional<model::Presence> presence;
    std::optional<std::string> note; // empty: no note
    std::optional<std::vector<model::ObserverStep>> observer_steps;
    std::vector<std::string> allowed; // as LogRequest's
    Date today{};
};

// What edit_log_entry did.
struct EditedEntry {
    Logged logged;        // the entry as saved, with the warnings
    bool changed = false; // false: the change asked for is what the entry holds already
};

// Changes the entry in one transaction with the checks of log_activity over the entry as it
// will be; an entry whose activity changes takes the records about it along. Asked to change
// nothing it holds, it writes nothing.
Result<EditedEntry> edit_log_entry(journal::Journal& journal, const EntryChange& change,
                                   const rules::RuleSet& rules);

// `peer activity progress`: day by day from `from` to `to` (each end open when not given), and
// what LOG-DATE says of the days outside the placement.
struct ProgressRequest {
    Date today{};
    std::optional<Date> from;
    std::optional<Date> to;
};
struct Progress {
    std::vector<journal::DayProgress> days;
    int outside = 0;     // entries dated outside the owner's placement or after today
    Diagnostics summary; // LOG-DATE's summary of them, at the rule set's severity; none when 0
};
Progress progress(const journal::Journal& journal, const ProgressRequest& request,
                  const rules::RuleSet& rules);

// The partners, when none is given: the other students of the owner's pair (one in a pair of
// two, both in a pair of three).
void default_partner(model::LogEntry& entry, const journal::LogContext& context);

// LOG-ROLES, LOG-DELEGATION and LOG-DATE for an entry of the owner's, logged on `today`.
rules::Findings check_entry(const model::LogEntry& entry, const journal::LogContext& context,
                            const rules::RuleSet& rules, const std::string& subject, Date today);

// check_entry for many entries: LOG-ROLES and LOG-DELEGATION depend only on the mode and the
// partners, LOG-DATE only on the day, so each mode and partners and each day is judged once.
// What an import of a million rows, and a placement's report, need.
class EntryChecker {
public:
    EntryChecker(const journal::LogContext& context, const rules::RuleSet& rules, Date today);
    // The failed findings of the entry (passed ones are left out), about `subject`.
    rules::Findings failures(const model::LogEntry& entry, const std::string& subject);

private:
    const journal::LogContext& m_context;
    const rules::RuleSet& m_rules;
    Date m_today;
    // LOG-ROLES and LOG-DELEGATION judge the mode and the partners, LOG-DATE the day: the
    // failures of each, known once judged.
    std::map<std::pair<model::Mode, std::vector<std::string>>, rules::Findings> m_by_pairing;
    std::map<Date, rules::Findings> m_by_day;
};

} // namespace peer::app

#pragma once
// What the journal's owner writes: reflections, feedback, briefings. Each record is saved in
// one transaction, with the identifiers its author declared not to be a patient's; a new one
// gets its number and a UUID. Saving runs the privacy guard once more and throws Error (invalid
// data) when a text holds an identifier that is not allowed: the commands check first, and say
// where.

#include <peer/journal/journal.hpp>
#include <peer/model/writing.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peer::journal {

// Who writes in this journal, and to whom they may give feedback.
struct Writer {
    std::string owner;
    bool staff = false;
    // A student's partners in their active pair; for staff, the students of the pairs they
    // supervise.
    std::vector<std::string> may_address;
};

// The journal's writer; nullopt when the journal has no owner yet.
std::optional<Writer> find_writer(const Journal& journal);

// Texts the privacy guard flagged that the author declared not to be a patient's identifier.
using AllowedIdentifiers = std::vector<std::string>;

struct ReflectionFilter {
    std::string code;    // about this activity
    bool drafts = false; // drafts only
};

// Saves a new reflection (number 0: it gets a number and a uuid) or replaces a saved one's
// text, date, links and status. Returns its number.
std::int64_t save_reflection(Journal& journal, model::Reflection& reflection,
                             const AllowedIdentifiers& allowed);
std::optional<model::Reflection> find_reflection(const Journal& journal, std::int64_t number);
// Oldest first.
std::vector<model::Reflection> list_reflections(const Journal& journal,
                                                const ReflectionFilter& filter);

// The action plan of the newest saved reflection about an activity that has one.
struct ActionPlan {
    std::int64_t reflection = 0;
    Date date{};
    std::string text;
};
std::optional<ActionPlan> last_action_plan(const Journal& journal, std::string_view code,
                                           std::int64_t except_reflection = 0);

// Adds the feedback (number 0) or changes the one with its number and uuid. Returns its number.
std::int64_t save_feedback(Journal& journal, model::Feedback& feedback,
                           const AllowedIdentifiers& allowed);
std::optional<model::Feedback> find_feedback(const Journal& journal, std::int64_t number);

struct FeedbackFilter {
    std::string author;    // given by this person; empty: anyone
    std::string recipient; // given to this person; empty: anyone
};
// Oldest first.
std::vector<model::Feedback> list_feedback(const Journal& journal, const FeedbackFilter& filter);

// Adds the briefing (number 0) or changes the one with its number and uuid. Returns its number.
std::int64_t save_briefing(Journal& journal, model::Briefing& briefing,
                           const AllowedIdentifiers& allowed);
std::optional<model::Briefing> find_briefing(const Journal& journal, std::int64_t number);
// Oldest first; of one kind, or both.
std::vector<model::Briefing> list_briefings(const Journal& journal,
                                            std::optional<model::BriefingKind> kind);

// Adds the introduction (number 0) or changes the text and date of the one with its number,
// uuid, author and placement. Returns its number.
std::int64_t save_introduction(Journal& journal, model::Introduction& intro,
                               const AllowedIdentifiers& allowed);
std::optional<model::Introduction> find_introduction(const Journal& journal, std::int64_t number);

struct IntroductionFilter {
    std::string author;    // written by this person; empty: anyone
    std::string placement; // to this placement; empty: any
};
// Oldest first.
std::vector<model::Introduction> list_introductions(const Journal& journal,
                                                    const IntroductionFilter& filter);

} // namespace peer::journal

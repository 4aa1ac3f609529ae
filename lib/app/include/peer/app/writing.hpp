#pragma once
// Writing in the journal: `peer reflect`, `peer feedback give`, `peer brief before|after`,
// `peer intro`.
//
// A writing command works in two steps, because between them a person composes the text, which
// can take minutes: prepare_* reads what the text will be about (who writes, the log entry or
// activity, the draft to go on with) so that nobody writes a text the journal cannot take; the
// command then composes the text (at the prompt, in an editor, from a file); save_* checks the
// same again and saves, in one transaction: the form's rule, the privacy guard over the text as
// written, then the record. Anything wrong is a Problem and nothing is written: the command keeps
// the text in a draft file, so that nothing typed is lost.

#include <peer/core/date.hpp>
#include <peer/core/result.hpp>
#include <peer/forms/form.hpp>
#include <peer/journal/journal.hpp>
#include <peer/journal/writing.hpp>
#include <peer/model/writing.hpp>
#include <peer/rules/rule_set.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace peer::app {

// What a text is about, as the person named it: a log entry, an activity, or neither.
struct Link {
    std::optional<std::int64_t> entry;
    std::string code;
    std::optional<Date> date; // the day; nullopt: the record's own, today for a new one
};

// The text as composed.
struct Composition {
    forms::Answers answers;           // one per section of the form
    std::string markdown;             // the text as written (or the answers as Markdown): what the
                                      // privacy guard reads, its comments left out
    std::string source;               // the file the text is in, where the guard's hits are placed;
                                      // empty when it is not in a file
    std::vector<std::string> allowed; // texts the writer declared not to be an identifier
};

// What a writing command shows before the text is composed.
template <typename Record>
struct Prepared {
    Record record;                                // as it will be saved, its answers so far
    std::optional<journal::ActionPlan> last_plan; // the last action plan for its activity
};

template <typename Record>
struct Saved {
    Record record;          // with its number
    Diagnostics warnings;   // the form's rule, allowed texts that matched nothing
    bool unchanged = false; // the record already said all this: nothing was written
};

// `peer reflect`: a new reflection, a draft to go on with, or (edit) any saved one.
struct ReflectionRequest {
    std::optional<std::int64_t> number; // the reflection to go on with or change
    bool edit = false;                  // change a saved one, not only a draft
    Link link;
    std::optional<model::Phase> phase;
    std::optional<model::Company> company;
    Date today{};
};

Result<Prepared<model::Reflection>> prepare_reflection(const journal::Journal& journal,
                                                       const ReflectionRequest& request);

// Saves the reflection, a draft when `draft` (REF-GIBBS then asks nothing of it). A text with
// nothing written is a Problem.
Result<Saved<model::Reflection>> save_reflection(journal::Journal& journal,
                                                 const ReflectionRequest& request,
                                                 const Composition& text, bool draft,
                                                 const rules::RuleSet& rules);

// `peer feedback give`: to `to`, or to the only one the writer may address; `peer feedback
// edit N`: the feedback N the writer gave, to the same person.
struct FeedbackRequest {
    std::string to;
    Link link;
    Date today{};
    std::optional<std::int64_t> number; // the feedback to change
};

// The recipient is judged by rules::feedback_recipient; a missing one is a usage problem placed
// in the field `to`.
Result<Prepared<model::Feedback>> prepare_feedback(const journal::Journal& journal,
                                                   const FeedbackRequest& request);

// FB-CONSTRUCTIVE is an error here: feedback without all four parts is not saved.
Result<Saved<model::Feedback>> save_feedback(journal::Journal& journal,
                                             const FeedbackRequest& request,
                                             const Composition& text, const rules::RuleSet& rules);

// `peer brief before|after`: always about an entry or an activity; `peer brief edit N`: the
// briefing N, of its own kind.
struct BriefingRequest {
    model::BriefingKind kind = model::BriefingKind::before;
    Link link;
    Date today{};
    std::optional<std::int64_t> number; // the briefing to change
};

Result<Prepared<model::Briefing>> prepare_briefing(const journal::Journal& journal,
                                                   const BriefingRequest& request);

Result<Saved<model::Briefing>>
save_briefing(journal::Journal& journal, const BriefingRequest& request, const Composition& text);

// The form each kind of briefing is written on.
const forms::Form& briefing_form(model::BriefingKind kind);

// `peer intro`: the owner's introduction to their placement (or to `placement`), written the
// first time and changed after.
struct IntroductionRequest {
    std::string placement;    // empty: the owner's
    std::optional<Date> date; // nullopt: today for a new one, its own day for one written before
    Date today{};
};

Result<Prepared<model::Introduction>> prepare_introduction(const journal::Journal& journal,
                                                           const IntroductionRequest& request);

// An introduction without goals is not saved (FMT-REQUIRED): they come back at the talks. The
// same text again on the same day writes nothing (`unchanged`).
Result<Saved<model::Introduction>> save_introduction(journal::Journal& journal,
                                                     const IntroductionRequest& request,
                                                     const Composition& text);

// Which feedback `peer feedback list` shows.
enum class FeedbackShown { all, given, received };
Result<std::vector<model::Feedback>> list_feedback(const journal::Journal& journal,
                                                   FeedbackShown shown);

} // namespace peer::app

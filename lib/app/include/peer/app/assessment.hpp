#pragma once
// The assessment talks (`peer assess self|record|prepare|show`); the individual action plans
// are peer/app/plans.hpp.
//
// A talk is written like any other text (peer/app/writing.hpp): prepare_talk reads the form of
// the student's placement, the assessment written before and, for a supervisor, the student's
// self-assessment; the command composes the text on the talk's form (TalkForm: one section
// per criterion, then the overall judgement); save_talk reads each section's level, evidence
// and comment, checks them against the form and the journal, runs the privacy guard, and saves
// it in one transaction. Anything wrong is a Problem, and nothing is written.
//
// Each section's answer is written the same way at the prompt, in the editor and in a file:
//
//     level: 3                                (or nivå: 3; or only the level's id)
//     evidence: entry 12, reflection 3        (or belägg: logg 12, reflektion 3, återkoppling 2)
//     Why, in the writer's words.

#include <peer/app/writing.hpp>
#include <peer/core/date.hpp>
#include <peer/core/result.hpp>
#include <peer/exchange/talk_sheet.hpp>
#include <peer/forms/form.hpp>
#include <peer/journal/journal.hpp>
#include <peer/model/assessment.hpp>
#include <peer/model/placement.hpp>
#include <peer/model/writing.hpp>
#include <peer/rules/check.hpp>

#include <cstdint>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace peer::app {

// The form a talk is written on: one section per criterion of the assessment form, headed by
// its id, and "Overall" last. It owns what its sections refer to.
class TalkForm {
public:
    // `self`, for a supervisor: the student's self-assessment, shown in each section's hint.
    TalkForm(const model::AssessmentForm& form, model::Talk talk,
             const std::optional<model::Assessment>& self);
    TalkForm(const TalkForm&) = delete;
    TalkForm& operator=(const TalkForm&) = delete;

    [[nodiscard]] const forms::Form& form() const { return m_form; }

    // `assessment` as answers of this form, to go on with.
    [[nodiscard]] forms::Answers answers_of(const model::Assessment& assessment) const;

private:
    std::deque<std::string> m_texts; // what the sections' views point into
    std::vector<forms::Section> m_sections;
    forms::Form m_form;
};

// `peer assess self`: the owner's own assessment; `peer assess record STUDENT`: a member of
// staff's assessment of STUDENT.
struct TalkRequest {
    model::Talk talk = model::Talk::midway;
    std::string student;      // empty: the owner assesses themself
    std::string placement;    // empty: the student's placement
    std::optional<Date> date; // nullopt: today for a new one, its own day for one written before
    Date today{};
};

struct PreparedTalk {
    model::AssessmentForm form;
    model::Assessment assessment;             // as it will be saved; number 0 when new
    std::optional<model::Assessment> self;    // for staff: the student's self-assessment
    std::optional<model::Introduction> intro; // the student's introduction: their goals
    std::optional<model::Assessment> midway;  // at the final talk: the same assessor's midway
};

Result<PreparedTalk> prepare_talk(const journal::Journal& journal, const TalkRequest& request);

// Reads the answers of `text` (composed on talk_form of `prepared`) and saves the assessment.
// A level the form does not have, evidence that is not in the journal, or nothing judged is a
// Problem; the same text again writes nothing (`unchanged`).
Result<Saved<model::Assessment>> save_talk(journal::Journal& journal, const TalkRequest& request,
                                           const Composition& text);

// `--from FILE.toml`: the talk from a TOML file (peer/formats/talk_file.hpp), saved as save_talk
// saves it; a criterion the form does not have is an error at its table, and the file's other
// problems at their lines.
Result<Saved<model::Assessment>> save_talk_file(journal::Journal& journal,
                                                const TalkRequest& request,
                                                const std::filesystem::path& file,
                                                const std::vector<std::string>& allowed);

// The assessments `peer assess show` shows: the owner's (a student's: their own and those
// their supervisors sent; staff's: those of `student`), of one placement or (`all`) every one.
struct ShowRequest {
    std::string student;    // staff: whose; a student: themself
    std::string placement;  // empty: the student's current placement
    bool all = false;       // every placement
    std::string rules_file; // the rule set the talks are judged by; empty: the built-in one
    Date today{};
};

// One placement's talks, with the form they were judged on.
struct PlacementTalks {
    std::string placement;
    std::optional<model::AssessmentForm> form;
    std::vector<model::Assessment> assessments; // midway first, self first
    std::vector<model::IndividualPlan> plans;
    rules::Findings findings; // the TALK-* rules
};

// The TALK-* rules over `student`'s talks and plans on one placement (peer/rules/check.hpp).
rules::Findings check_talks(const std::string& student, const PlacementTalks& talks,
                            const model::Placement& placement, Date today,
                            const rules::RuleSet& rules);

struct ShownTalks {
    std::string student;
    std::vector<PlacementTalks> placements; // oldest first
    // With `all`: each criterion a supervisor found at risk, and its level at each of their
    // talks since, oldest first.
    std::vector<exchange::CriterionHistory> progression;
};

Result<ShownTalks> show_talks(const journal::Journal& journal, const ShowRequest& request);

// `peer assess prepare`: what the student brings to a talk, from their self-assessment of it.
struct SheetRequest {
    model::Talk talk = model::Talk::midway;
    std::string placement;    // empty: the owner's
    bool reflections = false; // the texts of the reflections cited
    bool feedback = false;    // the texts of the feedback cited
};
Result<exchange::TalkSheet> talk_sheet(const journal::Journal& journal,
                                       const SheetRequest& request);

// `peer assess delete N`: only the assessor deletes an assessment.
Result<model::Assessment> assessment(const journal::Journal& journal, std::int64_t number);

} // namespace peer::app

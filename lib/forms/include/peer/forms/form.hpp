#pragma once
// The forms students write: a Gibbs reflection, constructive feedback, a briefing before an
// activity and the debriefing after it, the introduction to a placement. Each is a list of
// sections, and each has one Markdown shape, the same whether it is typed at the prompt, written in
// an editor or read from a file.

#include <peer/core/diagnostic.hpp>
#include <peer/core/text.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace peer::forms {

struct Section {
    std::string_view key; // the journal's column: "description", "action_plan"
    Text heading;         // "Description" / "Beskrivning": both are accepted in Markdown
    Text question;        // "What happened?"
    Text hint;            // a short help for the prompt and the template
};

struct Form {
    std::string_view key; // "reflection", "feedback", "briefing-before", "briefing-after",
                          // "introduction"
    Text title;
    std::span<const Section> sections;
    bool all_required = false; // every section must be answered (feedback: FB-CONSTRUCTIVE)
};

const Form& reflection_form(); // Gibbs' six stages, in order
const Form& feedback_form();   // strength, situation, improve, how
const Form& briefing_before_form();
const Form& briefing_after_form();
// A student's goals, expectations and how they learn; their pair's roles, cooperation and
// first activities.
const Form& introduction_form();

// What was written under each section, in the form's order; empty where nothing was.
using Answers = std::vector<std::string>;

// The form as Markdown in `lang`: a title, then one heading per section with its question and
// hint in a comment, and the answer (if any) beneath it.
std::string render_markdown(const Form& form, const Answers& answers, Lang lang);

struct Parsed {
    Answers answers;
    Diagnostics diagnostics; // FMT-ENCODING, FMT-KEY, FMT-DUPLICATE, FMT-SYNTAX: then no answers
};

// Reads the Markdown back. Headings may be English or Swedish, at any level, in any case;
// a level-1 heading that names no section is a title. Comments (<!-- -->) are left out; each
// answer is trimmed of blank lines around it. `source` names the text in diagnostics.
Parsed parse_markdown(const Form& form, std::string_view text, const std::string& source);

// `text` with every comment (<!-- -->) replaced by spaces, lines kept: what the privacy guard
// reads, so that its positions are the file's own.
std::string blank_comments(std::string_view text);

} // namespace peer::forms

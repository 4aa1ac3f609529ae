#pragma once
// Composing a form (reflection, feedback, briefing) the three ways every writing command offers:
// at the prompt on a terminal, in the person's editor, or from a Markdown file. Then the privacy
// guard, and private draft files so that nothing typed is ever lost.

#include "context.hpp"

#include <peer/forms/form.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace peer::cli {

// The privacy guard over texts given as options, each a pair (option, text): an identifier is
// reported at `--note:1:COL`. Returns the texts of `allowed` found (to be recorded); nullopt,
// with the errors printed and the exit code set, when an identifier not in `allowed` is found.
// An allowed text that is not found is a warning.
std::optional<std::vector<std::string>>
guard_options(Context& context, const std::vector<std::pair<std::string_view, std::string>>& texts,
              const std::vector<std::string>& allowed);

struct ComposeOptions {
    bool editor = false;
    std::string from;                 // a Markdown file, or "-" for stdin
    std::vector<std::string> allowed; // --allow-identifier
};

// Adds --editor, --from and --allow-identifier.
void add_compose_options(CLI::App& command, ComposeOptions& options, const Context& context);

struct Composed {
    forms::Answers answers;
    std::string markdown; // the text as written, or the answers as Markdown
    // The file the text is in: the person's --from file, or the editor's draft file.
    std::optional<std::filesystem::path> file;
    bool editor_file = false; // `file` is the editor's, removed once the text is saved
    bool prompted = false;    // typed at the prompt
    bool interrupted = false; // Ctrl-C or a closed terminal at the prompt
    bool draft = false;       // the writer typed :draft at the prompt
};

class Composer {
public:
    // `retry` is the command that saves a kept draft with --from: "peer feedback give --to bea".
    Composer(Context& context, const forms::Form& form, const ComposeOptions& options,
             std::string retry);

    // The text, from --from, --editor, the answers already given (when none is empty), or the
    // prompt, which asks for the empty ones. nullopt when there is nothing to save: the reason
    // is printed and the exit code set.
    std::optional<Composed> compose(const forms::Answers& given);

    // The answers as given (on the command line), without asking for any that are missing.
    Composed as_given(const forms::Answers& given) const;

    // The privacy guard. Returns the --allow-identifier texts the text holds (to be recorded
    // with it); nullopt when it holds an identifier not allowed: then the errors are printed,
    // the text is kept in a draft file unless it is already in the person's own file, and the
    // exit code is set.
    std::optional<std::vector<std::string>> guard(const Composed& composed);

    // Keeps the text in a draft file and says where and how to save it; for a text the journal
    // will not take now (interrupted, or breaking a rule).
    void keep(const Composed& composed, ExitCode exit);

    // The text is in the journal: the editor's file is no longer needed.
    void saved(const Composed& composed);

private:
    std::optional<Composed> from_file();
    std::optional<Composed> from_editor(const forms::Answers& given);
    Composed from_prompt(const forms::Answers& given);
    std::optional<forms::Answers> parse(const std::string& text, const std::string& source);
    // A new private draft file in the drafts folder beside the journal, holding `text`.
    std::filesystem::path keep_file(std::string_view text);

    Context& m_context;
    const forms::Form& m_form;
    const ComposeOptions& m_options;
    std::string m_retry;
};

} // namespace peer::cli

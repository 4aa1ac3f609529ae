#pragma once
// Composing a form (reflection, feedback, briefing) the three ways every writing command offers:
// at the prompt on a terminal, in the person's editor, or from a Markdown file; and private
// draft files for a text the journal did not take, so that nothing typed is ever lost. The
// journal's side (the rules, the privacy guard, the record) is lib's: peer/app/writing.hpp.

#include "context.hpp"
#include "terminal.hpp"

#include <peer/app/writing.hpp>
#include <peer/core/result.hpp>
#include <peer/forms/form.hpp>

#include <CLI/CLI.hpp>

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace peer::cli {

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
    bool unchanged = false;   // the editor showed a text that was left as it was
};

class Composer {
public:
    // `retry` is the command that saves a kept draft with --from: "peer feedback give --to bea".
    Composer(Context& context, const forms::Form& form, const ComposeOptions& options,
             std::string retry);

    // The text, from --from, --editor, the answers already given (when none is empty), or the
    // prompt, which asks for the empty ones. A Problem when there is nothing to save: a usage
    // error (--from with --editor, no terminal to ask on), or a text that could not be read,
    // has nothing under its headings or was left as it was; what was written is kept in a
    // draft file and the problem says where.
    Result<Composed> compose(const forms::Answers& given);

    // Whether compose() opens the editor (--editor, and no --from).
    [[nodiscard]] bool in_editor() const;
    // A note for the writer, put at the top of the editor's template as a comment.
    void add_note(const std::string& note) { m_note += note; }

    // The answers as given (on the command line), without asking for any that are missing.
    [[nodiscard]] Composed as_given(const forms::Answers& given) const;

    // What the journal is asked to save: the answers, the text the guard reads, where it is,
    // and the --allow-identifier texts.
    [[nodiscard]] app::Composition composition(const Composed& composed) const;

    // Saves the text with `save` (a use case of peer/app/writing.hpp) so that it cannot be lost.
    // Unless it is in a file already, the text is first kept in a draft file; once the journal
    // holds it the draft file goes, as does a --from file that is one of peer's draft files (a
    // person's own file stays). When the journal refuses it, the problem's hits are placed
    // in that file and the problem says where the text is and how to save it once corrected;
    // when saving fails (the journal locked or full, a signal), the file stays and peer says so
    // before the failure goes on.
    template <typename Save>
    auto save(const Composed& composed, Save save) -> decltype(save())
    {
        const auto kept = keep_ahead(composed);
        auto saved = [&] {
            try {
                return save();
            } catch (...) {
                if (kept) {
                    m_context.error(kept_in(*kept));
                }
                throw;
            }
        }();
        if (!saved) {
            return refused(kept, saved.problem());
        }
        if (kept && (!composed.file || composed.editor_file || is_draft_file(*kept))) {
            std::error_code ignored;
            std::filesystem::remove(*kept, ignored);
        }
        return saved;
    }

    // Keeps the text in a draft file and says where and how to save it: for a text the journal
    // is not asked to take now (interrupted, or `:draft` typed for a form without drafts).
    // Returns `exit`.
    ExitCode keep(const Composed& composed, ExitCode exit);

private:
    Result<Composed> from_file();
    Result<Composed> from_editor(const forms::Answers& given);
    Composed from_prompt(const forms::Answers& given);
    // One answer at the prompt: its lines up to an empty one, `:draft` or the end of input
    // (which mark `composed`).
    std::string read_answer(LineReader& reader, Composed& composed);
    // A new private draft file in the drafts folder beside the journal, holding `text`; when
    // that folder cannot be written (a full disk), one in the temporary folder; nullopt, with
    // the text printed on stderr, when neither can.
    std::optional<std::filesystem::path> keep_file(std::string_view text);
    // Whether `file` is in one of the folders draft files are kept in.
    [[nodiscard]] bool is_draft_file(const std::filesystem::path& file) const;
    // The file that holds the text before it is saved: its own, or a new draft file; nullopt
    // for a text with nothing written.
    std::optional<std::filesystem::path> keep_ahead(const Composed& composed);
    // The problem of a refused text, placed in the file that keeps it.
    [[nodiscard]] Problem refused(const std::optional<std::filesystem::path>& kept,
                                  Problem problem) const;
    // "your text is kept in FILE; save it with `RETRY --from FILE`".
    [[nodiscard]] Text kept_in(const std::filesystem::path& file) const;

    Context& m_context;
    const forms::Form& m_form;
    const ComposeOptions& m_options;
    std::string m_retry;
    std::string m_note;
};

} // namespace peer::cli

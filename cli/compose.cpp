#include "compose.hpp"
#include "options.hpp"

#include "terminal.hpp"

#include <peer/core/error.hpp>
#include <peer/core/strings.hpp>
#include <peer/formats/toml_reader.hpp>
#include <peer/forms/drafts.hpp>
#include <peer/privacy/guard.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iostream>
#include <iterator>

namespace peer::cli {

namespace {

// The shell's status for a command it could not find or run.
constexpr int k_not_started = 127;

bool all_empty(const forms::Answers& answers)
{
    return std::ranges::all_of(answers, [](const auto& a) { return a.empty(); });
}

bool any_empty(const forms::Answers& answers)
{
    return std::ranges::any_of(answers, [](const auto& a) { return a.empty(); });
}

std::optional<std::string> read_file(const std::filesystem::path& path)
{
    Diagnostics ignored;
    return read_text_file(path, ignored);
}

} // namespace

void add_compose_options(CLI::App& command, ComposeOptions& options, const Context& context)
{
    command.add_flag("--editor", options.editor,
                     context.tr("Write it in $VISUAL or $EDITOR, on a Markdown template",
                                "Skriv i $VISUAL eller $EDITOR, på en Markdown-mall"));
    command
        .add_option("--from", options.from,
                    context.tr("Read it from a Markdown file (- for stdin), without questions",
                               "Läs från en Markdown-fil (- för stdin), utan frågor"))
        ->type_name(context.tr("FILE", "FIL"));
    add_allow_identifier_option(command, options.allowed, {"the text", "texten"}, context);
}

Composer::Composer(Context& context, const forms::Form& form, const ComposeOptions& options,
                   std::string retry)
    : m_context(context), m_form(form), m_options(options), m_retry(std::move(retry))
{
}

Result<Composed> Composer::compose(const forms::Answers& given)
{
    if (!m_options.from.empty() && m_options.editor) {
        return problem(ExitCode::usage, {"give either --from or --editor, not both",
                                         "ange antingen --from eller --editor, inte båda"});
    }
    if (!m_options.from.empty()) {
        return from_file();
    }
    if (m_options.editor) {
        return from_editor(given);
    }
    if (!given.empty() && !any_empty(given)) {
        return as_given(given);
    }
    if (interactive() && !m_context.json) {
        return from_prompt(given);
    }
    return problem(
        ExitCode::usage,
        {"there is no terminal to ask on: give the text with --from FILE (- for stdin), or "
         "write it with --editor",
         "det finns ingen terminal att fråga på: ge texten med --from FIL (- för stdin), eller "
         "skriv den med --editor"});
}

Composed Composer::as_given(const forms::Answers& given) const
{
    Composed composed;
    composed.answers = given;
    composed.answers.resize(m_form.sections.size());
    composed.markdown = forms::render_markdown(m_form, composed.answers, m_context.lang);
    return composed;
}

Result<Composed> Composer::from_file()
{
    Composed composed;
    std::string source = m_options.from;
    if (m_options.from == "-") {
        source = "<stdin>";
        Diagnostics problems;
        auto text = read_text_stream(std::cin, source, problems);
        if (!text) {
            return Problem{ExitCode::invalid_data, std::move(problems)};
        }
        composed.markdown = std::move(*text);
    } else {
        Diagnostics problems;
        auto text = read_text_file(m_options.from, problems);
        if (!text) {
            return Problem{ExitCode::invalid_data, std::move(problems)};
        }
        composed.markdown = std::move(*text);
        composed.file = m_options.from;
    }
    auto parsed = forms::parse_markdown(m_form, composed.markdown, source);
    if (has_errors(parsed.diagnostics)) {
        if (!composed.file) { // stdin: the text is nowhere else
            if (const auto kept = keep_file(composed.markdown)) {
                parsed.diagnostics.push_back({Severity::error, "", std::nullopt, kept_in(*kept)});
            }
        }
        return Problem{ExitCode::invalid_data, std::move(parsed.diagnostics)};
    }
    composed.answers = std::move(parsed.answers);
    if (all_empty(composed.answers)) {
        return problem(ExitCode::invalid_data,
                       {fmt::format("{} has nothing under its headings; nothing was saved", source),
                        fmt::format("{} har ingen text under rubrikerna; inget sparades", source)});
    }
    return composed;
}

bool Composer::in_editor() const
{
    return m_options.editor && m_options.from.empty();
}

Result<Composed> Composer::from_editor(const forms::Answers& given)
{
    auto template_text = forms::render_markdown(m_form, given, m_context.lang);
    if (!m_note.empty()) {
        std::string note = m_note;
        for (auto at = note.find("-->"); at != std::string::npos; at = note.find("-->", at)) {
            note.replace(at, 3, "-- >"); // the comment must not end early
        }
        template_text = "<!--\n" + note + "-->\n" + template_text;
    }
    const auto kept = keep_file(template_text);
    if (!kept) {
        return problem(ExitCode::invalid_data,
                       {"there is no folder peer may write the editor's file in; nothing was "
                        "saved",
                        "det finns ingen mapp där peer får skriva redigerarens fil; inget "
                        "sparades"});
    }
    const auto& path = *kept;
    const auto editor = chosen_editor();
    const auto shown = read_file(path).value_or(template_text); // with the save command
    const int status = run_editor(editor, path);
    const auto edited = read_file(path).value_or(shown);
    const bool untouched = edited == shown;
    // The file goes when it holds nothing of the person's; else it stays, and the problem
    // says where.
    const auto refusal = [&](Text message, Diagnostics found = {}) {
        found.push_back({Severity::error, "", std::nullopt, std::move(message)});
        if (untouched || all_empty(forms::parse_markdown(m_form, edited, "").answers)) {
            std::filesystem::remove(path);
        } else {
            found.push_back({Severity::error, "", std::nullopt, kept_in(path)});
        }
        return Problem{ExitCode::invalid_data, std::move(found)};
    };
    if (status == k_not_started) {
        return refusal({fmt::format("the editor ({}) could not be started; set VISUAL or EDITOR "
                                    "to the editor you use; nothing was saved",
                                    editor),
                        fmt::format("redigeraren ({}) gick inte att starta; sätt VISUAL eller "
                                    "EDITOR till den redigerare du använder; inget sparades",
                                    editor)});
    }
    if (status != 0) {
        return refusal({fmt::format("the editor ({}) exited with status {}; nothing was saved",
                                    editor, status),
                        fmt::format("redigeraren ({}) avslutades med status {}; inget sparades",
                                    editor, status)});
    }
    if (untouched && !all_empty(given)) { // a text shown again and left as it was
        std::filesystem::remove(path);
        Composed composed = as_given(given);
        composed.unchanged = true;
        return composed;
    }
    if (untouched) {
        return refusal({"the template was left as it was; nothing was saved",
                        "mallen lämnades som den var; inget sparades"});
    }
    auto parsed = forms::parse_markdown(m_form, edited, path.string());
    if (has_errors(parsed.diagnostics)) {
        parsed.diagnostics.push_back({Severity::error, "", std::nullopt, kept_in(path)});
        return Problem{ExitCode::invalid_data, std::move(parsed.diagnostics)};
    }
    if (all_empty(parsed.answers)) {
        return refusal({"nothing was written under the headings; nothing was saved",
                        "ingenting skrevs under rubrikerna; inget sparades"});
    }
    Composed composed;
    composed.answers = std::move(parsed.answers);
    composed.markdown = edited;
    composed.file = path;
    composed.editor_file = true;
    return composed;
}
Composed Composer::from_prompt(const forms::Answers& given)
{
    Composed composed;
    composed.prompted = true;
    composed.answers = given;
    composed.answers.resize(m_form.sections.size());
    auto& out = m_context.out;
    out << fmt::format(
        "{}\n{}\n", m_context.tr(m_form.title),
        m_form.all_required
            ? m_context.tr("An empty line ends an answer; every part is needed, so an empty "
                           "answer asks again. Type :draft to stop and keep what you wrote.",
                           "En tom rad avslutar ett svar; varje del behövs, så ett tomt svar "
                           "frågar igen. Skriv :draft för att sluta och spara det du skrivit.")
            : m_context.tr("An empty line ends an answer; an empty answer skips the question. "
                           "Type :draft to stop and keep what you wrote.",
                           "En tom rad avslutar ett svar; ett tomt svar hoppar över frågan. Skriv "
                           ":draft för att sluta och spara det du skrivit."));
    LineReader reader;
    const auto count = m_form.sections.size();
    for (std::size_t i = 0; i < count && !composed.interrupted && !composed.draft; ++i) {
        if (!composed.answers[i].empty()) {
            continue;
        }
        const auto& section = m_form.sections[i];
        out << fmt::format("\n{}/{} {}: {}\n  {}\n", i + 1, count, m_context.tr(section.heading),
                           m_context.tr(section.question), m_context.tr(section.hint));
        while (!composed.interrupted && !composed.draft) {
            auto answer = read_answer(reader, composed);
            if (answer.empty() && m_form.all_required && !composed.interrupted && !composed.draft) {
                out << m_context.tr("  This part is needed; write it, or :draft to stop.\n",
                                    "  Den här delen behövs; skriv den, eller :draft för att "
                                    "sluta.\n");
                continue;
            }
            // The guard at the stage it was typed at, not after the last one: ask again.
            auto screening = privacy::screen({{"", answer}}, m_options.allowed);
            if (has_errors(screening.diagnostics) && !composed.interrupted) {
                for (const auto& d : screening.diagnostics) {
                    out << "  " << m_context.tr(d.message) << '\n';
                }
                out << m_context.tr("  Write the answer again without it.\n",
                                    "  Skriv svaret igen utan det.\n");
                continue;
            }
            composed.answers[i] = std::move(answer);
            break;
        }
    }
    composed.markdown = forms::render_markdown(m_form, composed.answers, m_context.lang);
    return composed;
}

std::string Composer::read_answer(LineReader& reader, Composed& composed)
{
    std::string answer;
    while (true) {
        m_context.out << "> " << std::flush;
        const auto line = reader.next();
        if (!line) {
            composed.interrupted = true;
            m_context.out << '\n';
            return answer;
        }
        if (*line == ":draft") {
            composed.draft = true;
            return answer;
        }
        if (line->empty()) {
            return answer;
        }
        answer += (answer.empty() ? "" : "\n") + *line;
    }
}

app::Composition Composer::composition(const Composed& composed) const
{
    return {composed.answers, composed.markdown,
            composed.file ? composed.file->string() : std::string(), m_options.allowed};
}

std::optional<std::filesystem::path> Composer::keep_ahead(const Composed& composed)
{
    if (composed.file) {
        return composed.file;
    }
    if (all_empty(composed.answers)) {
        return std::nullopt; // nothing to keep
    }
    return keep_file(composed.markdown);
}

Problem Composer::refused(const std::optional<std::filesystem::path>& kept, Problem problem) const
{
    if (!kept) {
        return problem;
    }
    const auto where = kept->string();
    for (auto& d : problem.diagnostics) {
        if (d.where && d.where->file.empty()) { // placed in the text, now kept in the file
            d.where->file = where;
            d.where->line += forms::k_save_comment_lines;
        }
    }
    const auto from = shell_quoted(where);
    problem.diagnostics.push_back(
        {Severity::error,
         "",
         std::nullopt,
         {fmt::format("the text is in {}; correct it there, then save it with `{} --from {}`",
                      where, m_retry, from),
          fmt::format("texten finns i {}; rätta den där och spara den sedan med `{} --from {}`",
                      where, m_retry, from)}});
    return problem;
}

bool Composer::is_draft_file(const std::filesystem::path& file) const
{
    std::error_code failed;
    const auto folder = std::filesystem::weakly_canonical(file, failed).parent_path();
    return !failed
           && std::ranges::any_of(
               forms::draft_folders(m_context.journal_path()), [&](const auto& drafts) {
                   std::error_code unknown;
                   return std::filesystem::weakly_canonical(drafts, unknown) == folder && !unknown;
               });
}

std::optional<std::filesystem::path> Composer::keep_file(std::string_view text)
{
    for (const auto& folder : forms::draft_folders(m_context.journal_path())) {
        try {
            return forms::keep_draft(folder, m_form.key, text, m_retry);
        } catch (const Error& failure) {
            m_context.warning(failure.message());
        }
    }
    m_context.error({"no draft file could be written; here is your text, to copy:",
                     "ingen utkastfil kunde skrivas; här är din text att kopiera:"});
    m_context.err << text << '\n';
    return std::nullopt;
}

Text Composer::kept_in(const std::filesystem::path& file) const
{
    const auto from = shell_quoted(file.string());
    return {fmt::format("your text is kept in {}; save it with `{} --from {}`", file.string(),
                        m_retry, from),
            fmt::format("din text finns kvar i {}; spara den med `{} --from {}`", file.string(),
                        m_retry, from)};
}

ExitCode Composer::keep(const Composed& composed, ExitCode exit)
{
    const auto path =
        composed.file && composed.editor_file ? composed.file : keep_file(composed.markdown);
    if (path) {
        const auto message = kept_in(*path);
        exit == ExitCode::ok ? m_context.warning(message) : m_context.error(message);
    }
    return exit;
}

} // namespace peer::cli

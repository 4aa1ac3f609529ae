#include "compose.hpp"

#include "options.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/formats/toml_reader.hpp>
#include <peer/forms/drafts.hpp>
#include <peer/privacy/guard.hpp>

#include <fmt/format.h>

#include <algorithm>
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

std::optional<std::vector<std::string>>
guard_options(Context& context, const std::vector<std::pair<std::string_view, std::string>>& texts,
              const std::vector<std::string>& allowed)
{
    std::vector<privacy::NamedText> named;
    for (const auto& [option, text] : texts) {
        named.push_back({std::string(option), text});
    }
    auto screening = privacy::screen(named, allowed);
    print_diagnostics(context, screening.diagnostics);
    if (!has_errors(screening.diagnostics)) {
        return std::move(screening.allowed);
    }
    context.error({"nothing was written", "inget skrevs"});
    context.exit = ExitCode::invalid_data;
    return std::nullopt;
}

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
    command
        .add_option("--allow-identifier", options.allowed,
                    context.tr("Save although the privacy guard flagged exactly this text: you "
                               "are sure it identifies no patient (recorded; may be repeated)",
                               "Spara fast integritetskontrollen flaggade exakt denna text: du "
                               "är säker på att den inte identifierar någon patient (sparas; "
                               "kan upprepas)"))
        ->type_name("TEXT");
}

Composer::Composer(Context& context, const forms::Form& form, const ComposeOptions& options,
                   std::string retry)
    : m_context(context), m_form(form), m_options(options), m_retry(std::move(retry))
{
}

std::optional<Composed> Composer::compose(const forms::Answers& given)
{
    if (!m_options.from.empty() && m_options.editor) {
        throw UsageError({"give either --from or --editor, not both",
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
    throw UsageError(
        {"there is no terminal to ask on: give the text with --from FILE (- for stdin), or "
         "write it with --editor",
         "det finns ingen terminal att fråga på: ge texten med --from FIL (- för stdin), eller "
         "skriv den med --editor"});
}

Composed Composer::as_given(const forms::Answers& given) const
{
    Composed composed;
    composed.answers = given;
    composed.markdown = forms::render_markdown(m_form, given, m_context.lang);
    return composed;
}

std::optional<forms::Answers> Composer::parse(const std::string& text, const std::string& source)
{
    auto parsed = forms::parse_markdown(m_form, text, source);
    if (has_errors(parsed.diagnostics)) {
        print_diagnostics(m_context, parsed.diagnostics);
        m_context.exit = ExitCode::invalid_data;
        return std::nullopt;
    }
    return std::move(parsed.answers);
}

std::optional<Composed> Composer::from_file()
{
    Composed composed;
    std::string source = m_options.from;
    if (m_options.from == "-") {
        composed.markdown.assign(std::istreambuf_iterator<char>(std::cin), {});
        source = "<stdin>";
    } else {
        Diagnostics problems;
        auto text = read_text_file(m_options.from, problems);
        if (!text) {
            print_diagnostics(m_context, problems);
            m_context.exit = ExitCode::invalid_data;
            return std::nullopt;
        }
        composed.markdown = std::move(*text);
        composed.file = m_options.from;
    }
    auto answers = parse(composed.markdown, source);
    if (!answers) {
        if (!composed.file) {
            keep(composed, ExitCode::invalid_data);
        }
        return std::nullopt;
    }
    composed.answers = std::move(*answers);
    if (all_empty(composed.answers)) {
        m_context.error(
            {fmt::format("{} has nothing under its headings; nothing was saved", source),
             fmt::format("{} har ingen text under rubrikerna; inget sparades", source)});
        m_context.exit = ExitCode::invalid_data;
        return std::nullopt;
    }
    return composed;
}

std::optional<Composed> Composer::from_editor(const forms::Answers& given)
{
    const auto template_text = forms::render_markdown(m_form, given, m_context.lang);
    const auto path = keep_file(template_text);
    const auto editor = chosen_editor();
    const int status = run_editor(editor, path);
    const auto edited = read_file(path).value_or(template_text);
    const bool untouched = edited == template_text;
    const auto kept_in = [&] {
        return Text{fmt::format("your text is kept in {}; save it with `{} --from {}`",
                                path.string(), m_retry, path.string()),
                    fmt::format("din text finns kvar i {}; spara den med `{} --from {}`",
                                path.string(), m_retry, path.string())};
    };
    m_context.exit = ExitCode::invalid_data;
    if (status == k_not_started) {
        m_context.error({fmt::format("the editor ({}) could not be started; set VISUAL or EDITOR "
                                     "to the editor you use; nothing was saved",
                                     editor),
                         fmt::format("redigeraren ({}) gick inte att starta; sätt VISUAL eller "
                                     "EDITOR till den redigerare du använder; inget sparades",
                                     editor)});
    } else if (status != 0) {
        m_context.error({fmt::format("the editor ({}) exited with status {}; nothing was saved",
                                     editor, status),
                         fmt::format("redigeraren ({}) avslutades med status {}; inget sparades",
                                     editor, status)});
    }
    if (status != 0) {
        if (untouched) {
            std::filesystem::remove(path);
        } else {
            m_context.error(kept_in());
        }
        return std::nullopt;
    }
    if (untouched) {
        std::filesystem::remove(path);
        m_context.error({"the template was left as it was; nothing was saved",
                         "mallen lämnades som den var; inget sparades"});
        return std::nullopt;
    }
    auto answers = parse(edited, path.string());
    if (!answers) {
        m_context.error(kept_in());
        return std::nullopt;
    }
    if (all_empty(*answers)) {
        std::filesystem::remove(path);
        m_context.error({"nothing was written under the headings; nothing was saved",
                         "ingenting skrevs under rubrikerna; inget sparades"});
        return std::nullopt;
    }
    m_context.exit = ExitCode::ok;
    Composed composed;
    composed.answers = std::move(*answers);
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
        m_context.tr("An empty line ends an answer; an empty answer skips the question. Type "
                     ":draft to stop and keep what you wrote.",
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
        std::string answer;
        while (true) {
            out << "> " << std::flush;
            const auto line = reader.next();
            if (!line) {
                composed.interrupted = true;
                out << '\n';
                break;
            }
            if (*line == ":draft") {
                composed.draft = true;
                break;
            }
            if (line->empty()) {
                break;
            }
            answer += (answer.empty() ? "" : "\n") + *line;
        }
        composed.answers[i] = std::move(answer);
    }
    composed.markdown = forms::render_markdown(m_form, composed.answers, m_context.lang);
    return composed;
}

std::optional<std::vector<std::string>> Composer::guard(const Composed& composed)
{
    const auto blanked = forms::blank_comments(composed.markdown);
    const std::string source = composed.file ? composed.file->string() : std::string();
    auto screening = privacy::screen({{source, blanked}}, m_options.allowed);
    if (!has_errors(screening.diagnostics)) {
        print_diagnostics(m_context, screening.diagnostics);
        return std::move(screening.allowed);
    }
    std::optional<std::filesystem::path> kept;
    if (!composed.file) {
        kept = keep_file(composed.markdown);
        for (auto& d : screening.diagnostics) {
            if (d.where) {
                d.where->file = kept->string();
            }
        }
    }
    print_diagnostics(m_context, screening.diagnostics);
    const auto where = composed.file ? *composed.file : *kept;
    m_context.error(
        {fmt::format("nothing was saved: the text is in {}; correct it there, then save it with "
                     "`{} --from {}`",
                     where.string(), m_retry, where.string()),
         fmt::format("inget sparades: texten finns i {}; rätta den där och spara den sedan med "
                     "`{} --from {}`",
                     where.string(), m_retry, where.string())});
    m_context.exit = ExitCode::invalid_data;
    return std::nullopt;
}

std::filesystem::path Composer::keep_file(std::string_view text)
{
    return forms::keep_draft(forms::drafts_directory(m_context.journal_path()), m_form.key, text);
}

void Composer::keep(const Composed& composed, ExitCode exit)
{
    const auto path =
        composed.file && composed.editor_file ? *composed.file : keep_file(composed.markdown);
    const Text message{fmt::format("what you wrote is kept in {}; save it with `{} --from {}`",
                                   path.string(), m_retry, path.string()),
                       fmt::format("det du skrev finns kvar i {}; spara det med `{} --from {}`",
                                   path.string(), m_retry, path.string())};
    exit == ExitCode::ok ? m_context.warning(message) : m_context.error(message);
    m_context.exit = exit;
}

void Composer::saved(const Composed& composed)
{
    if (composed.file && composed.editor_file) {
        std::error_code ignored;
        std::filesystem::remove(*composed.file, ignored);
    }
}

} // namespace peer::cli

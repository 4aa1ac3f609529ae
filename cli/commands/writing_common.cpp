#include "commands/writing_common.hpp"

#include "options.hpp"

#include <peer/core/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace peer::cli {

void add_link_options(CLI::App& command, app::Link& link, const Context& context)
{
    auto* entry = command.add_option(
        "--entry", link.entry,
        context.tr("The log entry it is about (its number in `peer activity history`)",
                   "Loggposten det gäller (dess nummer i `peer activity history`)"));
    entry->type_name("N");
    command
        .add_option("--activity", link.code,
                    context.tr("The learning activity it is about", "Läraktiviteten det gäller"))
        ->type_name(context.tr("CODE", "KOD"))
        ->excludes(entry);
    add_date_option(command, "--date", link.date,
                    context.tr("The day (default: today)", "Dagen (förval: i dag)"), context);
}

std::string link_arguments(const app::Link& link)
{
    std::string out;
    if (link.entry) {
        out += fmt::format(" --entry {}", *link.entry);
    } else if (!link.code.empty()) {
        out += " --activity " + shell_quoted(link.code);
    }
    if (link.date) {
        out += " --date " + format_date(*link.date);
    }
    return out;
}

std::string allow_arguments(const std::vector<std::string>& allowed)
{
    std::string out;
    for (const auto& text : allowed) {
        out += " --allow-identifier " + shell_quoted(text);
    }
    return out;
}

CLI::App* add_edit_command(CLI::App& parent, const Context& context, const Text& description,
                           std::int64_t& number, app::Link& link, ComposeOptions& compose)
{
    auto* edit = parent.add_subcommand("edit", context.tr(description));
    edit->add_option("N", number, context.tr("Its number", "Dess nummer"))->required();
    add_link_options(*edit, link, context);
    add_compose_options(*edit, compose, context);
    return edit;
}

std::string link_label(const Context& context, const model::Writing& writing)
{
    if (writing.entry) {
        return context.format("entry {} · {}", "post {} · {}", *writing.entry, writing.code);
    }
    return writing.code;
}

void print_record(const Context& context, const std::string& heading, const forms::Form& form,
                  const model::Writing& writing)
{
    context.out << heading << '\n';
    for (std::size_t i = 0; i < form.sections.size(); ++i) {
        const auto& answer = i < writing.answers.size() ? writing.answers[i] : std::string();
        context.out << fmt::format("\n## {}\n{}\n", context.tr(form.sections[i].heading),
                                   answer.empty() ? "—" : printable(answer));
    }
}

std::string first_line(const std::string& text, std::size_t width)
{
    const auto line = printable(std::string_view(text).substr(0, text.find('\n')));
    const auto shown = first_columns(line, width);
    return shown.size() < line.size() ? std::string(shown) + "…" : line;
}

std::string action_plan_reminder(const Context& context,
                                 const std::optional<journal::ActionPlan>& plan,
                                 const std::string& code)
{
    if (!plan || context.json || context.quiet) {
        return {};
    }
    auto out = context.format("Last time ({}, reflection {}) your action plan for {} was:\n",
                              "Förra gången ({}, reflektion {}) var din handlingsplan för {}:\n",
                              format_date(plan->date), plan->reflection, code);
    std::string_view rest = plan->text;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        out += "  | " + printable(rest.substr(0, end)) + '\n';
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    }
    return out;
}

void remind_action_plan(const Context& context, const std::optional<journal::ActionPlan>& plan,
                        const std::string& code, Composer* composer)
{
    const auto reminder = action_plan_reminder(context, plan, code);
    if (composer != nullptr && composer->in_editor()) {
        composer->add_note(reminder); // the editor would hide it: it goes in the template
    } else {
        context.out << reminder;
    }
}

} // namespace peer::cli

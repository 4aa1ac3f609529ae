#pragma once
// What peer reflect, peer feedback and peer brief share: the activity or log entry a text is
// about, who writes, and how a written record is shown.

#include "compose.hpp"
#include "context.hpp"
#include "render.hpp"

#include <peer/app/writing.hpp>
#include <peer/core/strings.hpp>
#include <peer/forms/form.hpp>
#include <peer/forms/json.hpp>
#include <peer/journal/writing.hpp>
#include <peer/model/writing.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace peer::cli {

// --entry N | --activity CODE, and --date: what the text is about.
void add_link_options(CLI::App& command, app::Link& link, const Context& context);

// "entry 12 · SUR-WOUND-01", "SUR-WOUND-01", or "" for a record about neither.
std::string link_label(const Context& context, const model::Writing& writing);

// The record for reading: a heading line, then each section with its answer.
void print_record(const Context& context, const std::string& heading, const forms::Form& form,
                  const model::Writing& writing);

// The first line of `text`, cut to `width` columns with an ellipsis.
std::string first_line(const std::string& text, std::size_t width);

// Records as one JSON array, each as formats::to_json gives it.
template <typename Records>
void print_json_list(const Context& context, const Records& records)
{
    auto list = nlohmann::json::array();
    for (const auto& record : records) {
        list.push_back(forms::to_json(record));
    }
    context.print_json(list);
}

// "Last time (2026-11-04, reflection 3) your action plan for SUR-WOUND-01 was: ...", or
// nothing when there is none (or with --json or --quiet).
std::string action_plan_reminder(const Context& context,
                                 const std::optional<journal::ActionPlan>& plan,
                                 const std::string& code);

// Reminds the writer of the action plan of their last reflection about the activity `code`: on
// stdout, or, when `composer` opens an editor (which would hide what was printed), as a note in
// the editor's template.
void remind_action_plan(const Context& context, const std::optional<journal::ActionPlan>& plan,
                        const std::string& code, Composer* composer = nullptr);

// What a writing command shows of what Composer::save returned: the problem, or the warnings
// and (with --json) the record.
template <typename Record>
ExitCode report_saved(Context& context, const Result<app::Saved<Record>>& saved)
{
    if (!saved) {
        return report_problem(context, saved.problem());
    }
    print_diagnostics(context, saved->warnings);
    if (context.json) {
        context.print_json(forms::to_json(saved->record));
    }
    return ExitCode::ok;
}

// The options that say what a text is about, as the person would type them again:
// " --entry 12" or " --activity SUR-WOUND-01", and " --date 2026-11-05" when one was given.
std::string link_arguments(const app::Link& link);

// The --allow-identifier options again, each quoted for the shell.
std::string allow_arguments(const std::vector<std::string>& allowed);

// `edit N` under `parent`: the record's number, what it is about (--entry, --activity, --date)
// and where the new text comes from. The caller adds the footer and the callback.
CLI::App* add_edit_command(CLI::App& parent, const Context& context, const Text& description,
                           std::int64_t& number, app::Link& link, ComposeOptions& compose);

} // namespace peer::cli

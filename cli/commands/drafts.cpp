// peer drafts list | show | rm: the draft files peer kept of texts the journal did not take.

#include "ask.hpp"
#include "commands/commands.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/app/drafts.hpp>
#include <peer/core/utf8.hpp>
#include <peer/forms/form.hpp>

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>
#include <ctime>
#include <memory>

namespace peer::cli {

namespace {

// "2026-11-05 14:30", local time.
std::string local_time(std::chrono::system_clock::time_point when)
{
    const auto seconds = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    ::localtime_r(&seconds, &local);
    return fmt::format("{:%Y-%m-%d %H:%M}", local);
}

// The title of the draft's form, in the reader's language; its key when peer knows no such form.
std::string form_title(const Context& context, const forms::DraftFile& draft)
{
    const std::array all{&forms::reflection_form(), &forms::feedback_form(),
                         &forms::briefing_before_form(), &forms::briefing_after_form()};
    for (const auto* form : all) {
        if (form->key == draft.form) {
            return context.tr(form->title);
        }
    }
    return draft.form;
}

nlohmann::json to_json(const forms::DraftFile& draft)
{
    const auto modified = std::chrono::floor<std::chrono::seconds>(draft.modified);
    return {{"name", draft.path.filename().string()},
            {"path", draft.path.string()},
            {"form", draft.form},
            {"modified", fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", modified)},
            {"save", draft.save}};
}

ExitCode run_list(Context& context)
{
    const auto drafts = forms::list_drafts(context.journal_path());
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& d : drafts) {
            list.push_back(to_json(d));
        }
        context.print_json(list);
        return ExitCode::ok;
    }
    for (const auto& d : drafts) {
        context.out << fmt::format("{} {}  {}\n", padded(d.path.filename().string(), 40),
                                   local_time(d.modified), form_title(context, d));
    }
    context.say(drafts.empty() ? context.tr("No draft files: every text you wrote is in the "
                                            "journal.",
                                            "Inga utkastfiler: allt du skrivit finns i "
                                            "journalen.")
                               : context.tr("Show one with `peer drafts show NAME`, save it with "
                                            "the command it shows, or remove it with `peer drafts "
                                            "rm NAME`.",
                                            "Visa en med `peer drafts show NAMN`, spara den med "
                                            "kommandot som visas, eller ta bort den med `peer "
                                            "drafts rm NAMN`."));
    return ExitCode::ok;
}

ExitCode run_show(Context& context, const std::string& name)
{
    const auto found = app::draft(context.journal_path(), name);
    if (!found) {
        return report_problem(context, found.problem());
    }
    const auto text = app::draft_text(*found);
    if (!text) {
        return report_problem(context, text.problem());
    }
    if (context.json) {
        auto out = to_json(*found);
        out["text"] = *text;
        context.print_json(out);
        return ExitCode::ok;
    }
    context.out << context.format("# {} · {} · {}\n", "# {} · {} · {}",
                                  found->path.filename().string(), form_title(context, *found),
                                  local_time(found->modified));
    if (!found->save.empty()) {
        context.out << context.format("Save it with: {}\n", "Spara den med: {}\n", found->save);
    }
    context.out << '\n' << printable(*text);
    return ExitCode::ok;
}

struct RemoveOptions {
    std::vector<std::string> names;
    bool yes = false;
};

ExitCode run_remove(Context& context, const RemoveOptions& o)
{
    const auto journal = context.journal_path();
    for (const auto& name : o.names) { // every name is checked before anything is removed
        if (const auto found = app::draft(journal, name); !found) {
            return report_problem(context, found.problem());
        }
    }
    if (!o.yes) {
        if (!interactive()) {
            context.error({"nothing was removed: nobody was asked; add --yes to remove without a "
                           "question",
                           "inget togs bort: ingen fick frågan; lägg till --yes för att ta bort "
                           "utan fråga"});
            return ExitCode::usage;
        }
        LineReader reader;
        const auto names = fmt::format("{}", fmt::join(o.names, ", "));
        const auto yes =
            ask_yes_no(context, reader,
                       {fmt::format("Remove {}? What it holds is lost.", names),
                        fmt::format("Ta bort {}? Det den innehåller går förlorat.", names)},
                       false);
        if (!yes || !*yes) {
            context.say(context.tr("Nothing was removed.", "Inget togs bort."));
            return yes ? ExitCode::ok : ExitCode::interrupted;
        }
    }
    for (const auto& name : o.names) {
        const auto removed = app::remove_draft(journal, name);
        if (!removed) {
            return report_problem(context, removed.problem());
        }
        context.say(
            context.format("Removed {}.", "Tog bort {}.", removed->path.filename().string()));
    }
    return ExitCode::ok;
}

} // namespace

void setup_drafts(CLI::App& command, Context& context)
{
    command.require_subcommand(1);
    auto* list = command.add_subcommand("list", context.tr("List the draft files, oldest first",
                                                           "Lista utkastfilerna, äldst först"));
    list->footer(context.tr("Examples:\n  peer drafts list\n  peer drafts list --json\n",
                            "Exempel:\n  peer drafts list\n  peer drafts list --json\n"));
    list->callback([&context] { context.exit = run_list(context); });

    auto name = std::make_shared<std::string>();
    auto* show = command.add_subcommand(
        "show", context.tr("Show a draft file and the command that saves it",
                           "Visa en utkastfil och kommandot som sparar den"));
    show->add_option("NAME", *name,
                     context.tr("Its name, as `list` shows it", "Dess namn, som `list` visar det"))
        ->required();
    show->footer(context.tr("Examples:\n  peer drafts show reflection-20261105-143012.md\n",
                            "Exempel:\n  peer drafts show reflection-20261105-143012.md\n"));
    show->callback([&context, name] { context.exit = run_show(context, *name); });

    auto o = std::make_shared<RemoveOptions>();
    auto* remove = command.add_subcommand(
        "rm", context.tr("Remove draft files: what they hold is lost",
                         "Ta bort utkastfiler: det de innehåller går förlorat"));
    remove->add_option("NAME", o->names, context.tr("Their names", "Deras namn"))->required();
    remove->add_flag("-y,--yes", o->yes,
                     context.tr("Remove without asking first (for scripts)",
                                "Ta bort utan att fråga först (för skript)"));
    remove->footer(context.tr("Examples:\n  peer drafts rm reflection-20261105-143012.md\n"
                              "  peer drafts rm feedback-20261106-081500.md --yes\n",
                              "Exempel:\n  peer drafts rm reflection-20261105-143012.md\n"
                              "  peer drafts rm feedback-20261106-081500.md --yes\n"));
    remove->callback([&context, o] { context.exit = run_remove(context, *o); });
}

} // namespace peer::cli

#include "commands/delete_command.hpp"

#include "ask.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/app/deletion.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>

namespace peer::cli {

namespace {

struct DeleteOptions {
    std::int64_t number = 0;
    bool yes = false;
    bool delete_linked = false;
};

// "reflection 3, briefing 1".
std::string listed(const Context& context, const journal::LinkedRecords& about)
{
    std::vector<std::string> names;
    for (const auto n : about.reflections) {
        names.push_back(context.format("reflection {}", "reflektion {}", n));
    }
    for (const auto n : about.feedback) {
        names.push_back(context.format("feedback {}", "återkoppling {}", n));
    }
    for (const auto n : about.briefings) {
        names.push_back(context.format("briefing {}", "handledning {}", n));
    }
    return fmt::format("{}", fmt::join(names, ", "));
}

nlohmann::json numbers(const journal::LinkedRecords& about)
{
    return {{"reflections", about.reflections},
            {"feedback", about.feedback},
            {"briefings", about.briefings}};
}

// On a terminal, without --yes: shows the record and asks. nullopt: go on and delete.
std::optional<ExitCode> confirm(Context& context, const DeleteCommand& c, DeleteOptions& o)
{
    const auto& noun = c.noun;
    if (!interactive()) {
        context.error({fmt::format("{} {} is not deleted: nobody was asked; add --yes to delete "
                                   "it without a question",
                                   noun.en, o.number),
                       fmt::format("{} {} raderades inte: ingen fick frågan; lägg till --yes för "
                                   "att radera utan fråga",
                                   noun.sv, o.number)});
        return ExitCode::usage;
    }
    if (const auto shown = c.show(context, o.number); shown != ExitCode::ok) {
        return shown;
    }
    LineReader reader;
    const auto yes = ask_yes_no(context, reader,
                                {fmt::format("\nDelete {} {}?", noun.en, o.number),
                                 fmt::format("\nRadera {} {}?", noun.sv, o.number)},
                                false);
    if (!yes || !*yes) {
        context.say(context.tr("Nothing was deleted.", "Inget raderades."));
        return yes ? ExitCode::ok : ExitCode::interrupted;
    }
    if (c.kind != journal::RecordKind::log_entry || o.delete_linked) {
        return std::nullopt;
    }
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto about = journal::records_about_entry(journal, o.number);
    if (about.empty()) {
        return std::nullopt;
    }
    const auto also = ask_yes_no(
        context, reader,
        {fmt::format("Written about it: {}. Delete them too (no keeps them, about the activity)?",
                     listed(context, about)),
         fmt::format("Skrivet om den: {}. Radera dem också (nej behåller dem, om aktiviteten)?",
                     listed(context, about))},
        false);
    if (!also) {
        context.say(context.tr("Nothing was deleted.", "Inget raderades."));
        return ExitCode::interrupted;
    }
    o.delete_linked = *also;
    return std::nullopt;
}

ExitCode run_delete(Context& context, const DeleteCommand& c, DeleteOptions& o)
{
    if (!o.yes) {
        if (const auto stop = confirm(context, c, o)) {
            return *stop;
        }
    }
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto deleted = app::delete_record(
        journal,
        {c.kind, o.number, o.delete_linked ? journal::Linked::remove : journal::Linked::keep});
    if (!deleted) {
        return report_problem(context, deleted.problem());
    }
    const auto& about = deleted->about;
    if (context.json) {
        context.print_json({{"kind", journal::keyword(c.kind)},
                            {"number", o.number},
                            {"linked", numbers(about)},
                            {"linked_deleted", o.delete_linked && !about.empty()}});
        return ExitCode::ok;
    }
    context.say(context.format("Deleted {} {}.", "Raderade {} {}.", context.tr(c.noun), o.number));
    if (!about.empty()) {
        context.say(
            o.delete_linked
                ? context.format("Deleted too: {}.", "Raderade också: {}.", listed(context, about))
                : context.format("Kept, now about the activity alone: {}.",
                                 "Behölls, nu om aktiviteten enbart: {}.", listed(context, about)));
    }
    return ExitCode::ok;
}

} // namespace

void add_delete_command(CLI::App& parent, Context& context, const DeleteCommand& command)
{
    auto o = std::make_shared<DeleteOptions>();
    auto* sub = parent.add_subcommand(command.name, context.tr(command.description));
    sub->add_option("N", o->number, context.tr("Its number", "Dess nummer"))->required();
    sub->add_flag("-y,--yes", o->yes,
                  context.tr("Delete without showing it and asking first (for scripts)",
                             "Radera utan att visa den och fråga först (för skript)"));
    if (command.kind == journal::RecordKind::log_entry) {
        sub->add_flag("--delete-linked", o->delete_linked,
                      context.tr("Delete the reflections, feedback and briefings about the entry "
                                 "too (default: keep them, about the activity alone)",
                                 "Radera också reflektioner, återkoppling och handledningar om "
                                 "posten (förval: behåll dem, om aktiviteten enbart)"));
    }
    sub->footer(context.format(
        "A deleted record leaves only a note that it was deleted (its id and when), so that an "
        "exchange between journals deletes it there too.\n\nExamples:\n  peer {} {} 3\n"
        "  peer {} {} 3 --yes\n",
        "En raderad post lämnar bara en notering om att den raderats (dess id och när), så att ett "
        "utbyte mellan journaler raderar den där också.\n\nExempel:\n  peer {} {} 3\n"
        "  peer {} {} 3 --yes\n",
        parent.get_name(), command.name, parent.get_name(), command.name));
    sub->callback([&context, command, o] { context.exit = run_delete(context, command, *o); });
}

} // namespace peer::cli

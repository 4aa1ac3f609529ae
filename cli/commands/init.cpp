// peer init: create the journal, or bring an existing one up to the current schema.

#include "commands/commands.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace peer::cli {

namespace {

ExitCode run_init(Context& context)
{
    const auto journal = context.open_journal(journal::OpenMode::create);
    const auto path = journal.path().string();
    const int from = journal.opened_at_version();
    const int to = journal.schema_version();
    if (context.json) {
        context.print_json({{"path", path},
                            {"created", journal.was_created()},
                            {"schema_version", to},
                            {"migrated_from", from}});
        return ExitCode::ok;
    }
    if (journal.was_created() || from == 0) {
        context.say(context.format("Created the journal {} (schema {}).",
                                   "Skapade journalen {} (schema {}).", path, to));
    } else if (from < to) {
        context.say(context.format("Updated the journal {} from schema {} to {}.",
                                   "Uppdaterade journalen {} från schema {} till {}.", path, from,
                                   to));
    } else {
        context.say(context.format("The journal {} is already set up (schema {}); nothing to do.",
                                   "Journalen {} finns redan (schema {}); inget att göra.", path,
                                   to));
    }
    return ExitCode::ok;
}

} // namespace

void setup_init(CLI::App& command, Context& context)
{
    command.footer(context.tr(
        "Examples:\n  peer init\n  peer --journal ~/vfu/journal.db init\n\n"
        "The journal is a private file (mode 0600). Its place: --journal, else $PEER_JOURNAL,\n"
        "else $XDG_DATA_HOME/peer/journal.db, else ~/.local/share/peer/journal.db.\n",
        "Exempel:\n  peer init\n  peer --journal ~/vfu/journal.db init\n\n"
        "Journalen är en privat fil (läge 0600). Dess plats: --journal, annars $PEER_JOURNAL,\n"
        "annars $XDG_DATA_HOME/peer/journal.db, annars ~/.local/share/peer/journal.db.\n"));
    command.callback([&context] { context.exit = run_init(context); });
}

} // namespace peer::cli

// peer backup FILE: a copy of the journal, made while it is in use, checked before it is kept.

#include "commands/commands.hpp"
#include "render.hpp"

#include <peer/journal/backup.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <memory>

namespace peer::cli {

namespace {

ExitCode run_backup(Context& context, const std::string& file)
{
    const auto journal = context.open_journal(journal::OpenMode::existing);
    if (const auto refused = journal::backup_journal(journal, file)) {
        return report_problem(context, problem(ExitCode::invalid_data, *refused));
    }
    std::error_code ignored;
    const auto bytes = std::filesystem::file_size(file, ignored);
    if (context.json) {
        context.print_json({{"file", file}, {"bytes", bytes}, {"integrity", "ok"}});
        return ExitCode::ok;
    }
    context.say(context.format("Copied the journal to {} ({} KiB); the copy is sound.",
                               "Kopierade journalen till {} ({} KiB); kopian är hel.", file,
                               (bytes + 1023) / 1024));
    return ExitCode::ok;
}

} // namespace

void setup_backup(CLI::App& command, Context& context)
{
    auto file = std::make_shared<std::string>();
    command.add_option("FILE", *file, context.tr("The new file", "Den nya filen"))->required();
    command.footer(context.tr(
        "A copy of the journal as it is at one moment, even while another peer writes to it, "
        "checked (integrity_check) before it takes its name, readable only by you. FILE must not "
        "exist. The copy is a journal: PEER_JOURNAL=FILE peer doctor opens it.\n\n"
        "Examples:\n  peer backup ~/backup/journal-2026-12-06.db\n",
        "En kopia av journalen som den är i ett ögonblick, även medan en annan peer skriver i "
        "den, kontrollerad (integrity_check) innan den får sitt namn, läsbar bara för dig. FIL "
        "får inte finnas. Kopian är en journal: PEER_JOURNAL=FIL peer doctor öppnar den.\n\n"
        "Exempel:\n  peer backup ~/backup/journal-2026-12-06.db\n"));
    command.callback([&context, file] { context.exit = run_backup(context, *file); });
}

} // namespace peer::cli

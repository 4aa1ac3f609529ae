// peer doctor: how the journal is: schema, integrity, foreign keys, row counts, draft files.

#include "commands/commands.hpp"

#include <peer/app/drafts.hpp>
#include <peer/core/error.hpp>
#include <peer/journal/health.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace peer::cli {

namespace {

// The draft files beside the journal, and those left from before the owner's placement.
struct DraftReport {
    std::size_t files = 0;
    std::vector<std::string> older; // names
};

DraftReport draft_report(const journal::Journal& journal)
{
    DraftReport report{forms::list_drafts(journal.path()).size(), {}};
    try {
        for (const auto& d : app::drafts_older_than_placement(journal)) {
            report.older.push_back(d.path.filename().string());
        }
    } catch (const JournalError&) {
        // A placement whose dates cannot be read: the stored values above say so.
    }
    return report;
}

// What `peer doctor` found of the journal's files and folders.
struct PermissionReport {
    std::vector<journal::LoosePermission> loose;     // still so
    std::vector<journal::LoosePermission> tightened; // by --fix
};

std::string octal(unsigned mode)
{
    return fmt::format("{:04o}", mode);
}

nlohmann::json to_json(const journal::Health& health, const DraftReport& drafts,
                       const PermissionReport& permissions)
{
    auto tables = nlohmann::json::object();
    for (const auto& table : health.tables) {
        tables[table.table] = table.rows;
    }
    auto foreign_keys = nlohmann::json::array();
    for (const auto& issue : health.foreign_key_issues) {
        foreign_keys.push_back(
            {{"table", issue.table}, {"rowid", issue.rowid}, {"parent", issue.parent}});
    }
    auto stored_values = nlohmann::json::array();
    for (const auto& issue : health.stored_value_issues) {
        stored_values.push_back({{"table", issue.table},
                                 {"rowid", issue.rowid},
                                 {"column", issue.column},
                                 {"value", issue.value}});
    }
    const auto listed = [](const std::vector<journal::LoosePermission>& found) {
        auto out = nlohmann::json::array();
        for (const auto& p : found) {
            out.push_back({{"path", p.path}, {"mode", octal(p.mode)}, {"wanted", octal(p.wanted)}});
        }
        return out;
    };
    return {{"path", health.path},
            {"healthy", health.healthy() && permissions.loose.empty()},
            {"schema_version", health.schema_version},
            {"latest_schema_version", health.latest_schema_version},
            {"sqlite_version", health.sqlite_version},
            {"journal_mode", health.journal_mode},
            {"integrity", health.integrity},
            {"foreign_key_issues", foreign_keys},
            {"stored_value_issues", stored_values},
            {"tables", tables},
            {"drafts", {{"files", drafts.files}, {"older_than_placement", drafts.older}}},
            {"permissions",
             {{"loose", listed(permissions.loose)}, {"tightened", listed(permissions.tightened)}}}};
}

void render(const Context& context, const journal::Health& health, const DraftReport& drafts,
            const PermissionReport& permissions)
{
    auto row = [&](std::string_view en, std::string_view sv, const std::string& value) {
        // A label longer than the column still has a space after it.
        context.out << fmt::format("{:<16}{}\n", context.tr(en, sv) + " ", value);
    };
    row("journal", "journal", health.path);
    row("schema", "schema",
        context.format("{} (this peer writes {})", "{} (denna peer skriver {})",
                       health.schema_version, health.latest_schema_version));
    row("sqlite", "sqlite", health.sqlite_version);
    row("journal mode", "journalläge", health.journal_mode);
    row("integrity", "integritet",
        health.integrity_ok() ? context.tr("ok", "ok")
                              : fmt::format("{}", fmt::join(health.integrity, "; ")));
    row("foreign keys", "främmande nycklar",
        health.foreign_key_issues.empty()
            ? context.tr("ok", "ok")
            : context.format("{} broken references", "{} trasiga referenser",
                             health.foreign_key_issues.size()));
    for (const auto& issue : health.foreign_key_issues) {
        context.out << context.format("  {} row {} refers to a missing row of {}\n",
                                      "  {} rad {} hänvisar till en saknad rad i {}\n", issue.table,
                                      issue.rowid, issue.parent);
    }
    row("stored values", "lagrade värden",
        health.stored_value_issues.empty()
            ? context.tr("ok", "ok")
            : context.format("{} that peer cannot read", "{} som peer inte kan läsa",
                             health.stored_value_issues.size()));
    for (const auto& issue : health.stored_value_issues) {
        context.out << context.format("  {} row {}: {} is '{}'\n", "  {} rad {}: {} är '{}'\n",
                                      issue.table, issue.rowid, issue.column, issue.value);
    }
    row("drafts", "utkast",
        drafts.older.empty()
            ? context.format("{} draft files", "{} utkastfiler", drafts.files)
            : context.format("{} draft files, {} from before the placement began: see `peer "
                             "drafts list`",
                             "{} utkastfiler, {} från före placeringens start: se `peer drafts "
                             "list`",
                             drafts.files, drafts.older.size()));
    row("permissions", "behörigheter",
        permissions.loose.empty()
            ? context.tr("ok: only you can read the journal", "ok: bara du kan läsa journalen")
            : context.format("{} too open: run `peer doctor --fix`",
                             "{} för öppna: kör `peer doctor --fix`", permissions.loose.size()));
    for (const auto& p : permissions.loose) {
        context.out << context.format("  {} is {}, should be {}\n", "  {} är {}, ska vara {}\n",
                                      p.path, octal(p.mode), octal(p.wanted));
    }
    for (const auto& p : permissions.tightened) {
        context.out << context.format("  {} was {}, now {}\n", "  {} var {}, nu {}\n", p.path,
                                      octal(p.mode), octal(p.wanted));
    }
    context.out << context.tr("rows per table\n", "rader per tabell\n");
    std::size_t width = 0;
    for (const auto& table : health.tables) {
        width = std::max(width, table.table.size());
    }
    for (const auto& table : health.tables) {
        context.out << fmt::format("  {:<{}}  {:>8}\n", table.table, width, table.rows);
    }
    context.out << (health.healthy() && permissions.loose.empty()
                        ? context.tr("The journal is healthy.\n", "Journalen är frisk.\n")
                        : context.tr("The journal is NOT healthy.\n",
                                     "Journalen är INTE frisk.\n"));
}

ExitCode run_doctor(Context& context, bool fix)
{
    const auto path = context.journal_path();
    try {
        auto journal = context.open_journal(journal::OpenMode::existing);
        const auto health = journal::check_health(journal);
        const auto drafts = draft_report(journal);
        PermissionReport permissions;
        if (fix) {
            permissions.tightened = journal::tighten_permissions(journal.path());
        }
        permissions.loose = journal::loose_permissions(journal.path());
        if (context.json) {
            context.print_json(to_json(health, drafts, permissions));
        } else {
            render(context, health, drafts, permissions);
        }
        return health.healthy() && permissions.loose.empty() ? ExitCode::ok
                                                             : ExitCode::journal_unusable;
    } catch (const JournalError& failure) {
        // The journal could not even be opened; say so in the JSON too, then fail as usual.
        if (context.json) {
            context.print_json({{"path", path.string()},
                                {"healthy", false},
                                {"error", context.tr(failure.message())}});
        }
        throw;
    }
}

} // namespace

void setup_doctor(CLI::App& command, Context& context)
{
    auto fix = std::make_shared<bool>(false);
    command.add_flag("--fix", *fix,
                     context.tr("Take from the journal's files and folders what others should not "
                                "have: read the journal, write its folder (never widens)",
                                "Ta från journalens filer och mappar det andra inte ska ha: läsa "
                                "journalen, skriva i dess mapp (vidgar aldrig)"));
    command.footer(context.tr(
        "Examples:\n  peer doctor\n  peer doctor --json\n  peer doctor --fix\n\n"
        "Exit status: 0 when the journal is healthy, 3 when it is not or cannot be opened.\n",
        "Exempel:\n  peer doctor\n  peer doctor --json\n  peer doctor --fix\n\n"
        "Slutstatus: 0 när journalen är frisk, 3 när den inte är det eller inte kan öppnas.\n"));
    command.callback([&context, fix] { context.exit = run_doctor(context, *fix); });
}

} // namespace peer::cli

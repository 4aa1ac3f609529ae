// peer term check | apply | join: placement files, checked before anything is written.

#include "commands/commands.hpp"
#include "options.hpp"
#include "render.hpp"

#include <peer/app/apply_placement.hpp>
#include <peer/app/join_placement.hpp>
#include <peer/formats/placement_file.hpp>
#include <peer/journal/placements.hpp>
#include <peer/placement_check/check.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace peer::cli {

namespace {

struct TermFileOptions {
    std::vector<std::string> files;
    std::optional<std::string> rules_file;
    std::optional<Date> as_of;
    bool archive = false;
    std::string as;                   // join: the member of staff who joins a whole placement file
    std::vector<std::string> allowed; // --allow-identifier
};

std::pair<long, long> count(const Diagnostics& diagnostics)
{
    const auto errors = std::ranges::count_if(
        diagnostics, [](const Diagnostic& d) { return d.severity == Severity::error; });
    return {errors, static_cast<long>(diagnostics.size()) - errors};
}

std::string summary_line(const Context& context, const std::string& file,
                         const placement_check::CheckedFile& checked)
{
    const auto [errors, warnings] = count(checked.diagnostics);
    std::string line = context.format("{}: {} error(s), {} warning(s)",
                                      "{}: {} fel, {} varning(ar)", file, errors, warnings);
    if (checked.file) {
        const auto& setup = checked.file->setup;
        line += context.format(" ({} staff, {} students, {} pairs)",
                               " ({} personal, {} studenter, {} par)", setup.staff.size(),
                               setup.students.size(), setup.pairs.size());
    }
    return line;
}

placement_check::CheckedFile check_one(const TermFileOptions& o, const std::string& file)
{
    std::optional<std::filesystem::path> rules;
    if (o.rules_file) {
        rules = *o.rules_file;
    }
    return placement_check::check_placement_file(file, rules, o.as_of, o.allowed);
}

ExitCode run_check(Context& context, const TermFileOptions& o)
{
    auto files = nlohmann::json::array();
    long all_errors = 0;
    for (const auto& file : o.files) {
        const auto checked = check_one(o, file);
        const auto [errors, warnings] = count(checked.diagnostics);
        all_errors += errors;
        if (context.json) {
            auto diagnostics = nlohmann::json::array();
            for (const auto& d : checked.diagnostics) {
                diagnostics.push_back(to_json(context, d));
            }
            files.push_back({{"file", file},
                             {"rule_set", checked.rule_set},
                             {"errors", errors},
                             {"warnings", warnings},
                             {"diagnostics", diagnostics}});
        } else {
            print_diagnostics(context, checked.diagnostics);
            context.out << summary_line(context, file, checked) << '\n';
        }
    }
    if (context.json) {
        context.print_json({{"files", files}});
    }
    return all_errors > 0 ? ExitCode::invalid_data : ExitCode::ok;
}

std::string_view change_keyword(journal::ChangeKind kind)
{
    switch (kind) {
    case journal::ChangeKind::added:
        return "added";
    case journal::ChangeKind::changed:
        return "changed";
    case journal::ChangeKind::removed:
        return "removed";
    case journal::ChangeKind::archived:
        return "archived";
    }
    return "";
}

std::string describe(const Context& context, const journal::Change& change)
{
    const auto verb = [&] {
        switch (change.kind) {
        case journal::ChangeKind::added:
            return context.tr("added", "lade till");
        case journal::ChangeKind::changed:
            return context.tr("changed", "ändrade");
        case journal::ChangeKind::removed:
            return context.tr("removed", "tog bort");
        case journal::ChangeKind::archived:
            return context.tr("archived", "arkiverade");
        }
        return std::string();
    }();
    const auto what = change.what == "placement" ? context.tr("placement", "placering")
                      : change.what == "staff"   ? context.tr("staff", "personal")
                      : change.what == "pair"    ? context.tr("pair", "par")
                                                 : context.tr("student", "student");
    return verb + " " + what + " " + change.id;
}

Text loss_message(const journal::Loss& loss)
{
    return {fmt::format("removing {} {} would lose {} log entries, {} reflections and {} "
                        "feedback; keep them in the file, or pass --archive to move them out of "
                        "the active placement",
                        loss.what, loss.id, loss.log_entries, loss.reflections, loss.feedback),
            fmt::format("att ta bort {} {} skulle förlora {} loggposter, {} reflektioner och {} "
                        "återkopplingar; behåll dem i filen, eller ange --archive för att flytta "
                        "dem ur den aktiva placeringen",
                        loss.what == "pair" ? "paret" : "studenten", loss.id, loss.log_entries,
                        loss.reflections, loss.feedback)};
}

// Prints what an apply did, or why it did nothing; sets the exit status.
ExitCode report(const Context& context, const std::string& placement,
                const journal::ApplyResult& result)
{
    if (!result.refused.empty()) {
        for (const auto& loss : result.refused) {
            context.error(loss_message(loss));
        }
        context.error({"nothing was written", "inget skrevs"});
    }
    const auto status = result.refused.empty() ? ExitCode::ok : ExitCode::invalid_data;
    if (context.json) {
        auto changes = nlohmann::json::array();
        for (const auto& change : result.changes) {
            changes.push_back({{"change", change_keyword(change.kind)},
                               {"what", change.what},
                               {"id", change.id}});
        }
        context.print_json(
            {{"placement", placement}, {"applied", result.refused.empty()}, {"changes", changes}});
        return status;
    }
    if (!result.refused.empty()) {
        return status;
    }
    if (result.changes.empty()) {
        context.say(context.format("{}: the journal already holds this placement; nothing changed.",
                                   "{}: journalen har redan den här placeringen; inget ändrades.",
                                   placement));
        return status;
    }
    for (const auto& change : result.changes) {
        context.say("  " + describe(context, change));
    }
    context.say(context.format("{}: applied {} change(s).", "{}: genomförde {} ändring(ar).",
                               placement, result.changes.size()));
    return status;
}

ExitCode run_apply(Context& context, const TermFileOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    app::ApplyRequest request{o.files.front(), std::nullopt, o.as_of, o.archive, o.allowed};
    if (o.rules_file) {
        request.rule_set = *o.rules_file;
    }
    const auto applied = app::apply_placement(journal, request);
    if (!applied) {
        return report_problem(context, applied.problem());
    }
    print_diagnostics(context, applied->warnings);
    return report(context, applied->placement, applied->applied);
}

ExitCode run_join(Context& context, const TermFileOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto joined = app::join_placement(journal, o.files.front(), o.as, o.archive);
    if (!joined) {
        return report_problem(context, joined.problem());
    }
    print_diagnostics(context, joined->warnings);
    return report(context, joined->placement, joined->applied);
}

// --rules, --as-of and --allow-identifier: what check and apply judge a file by.
void add_judging_options(CLI::App& command, TermFileOptions& o, const Context& context)
{
    command
        .add_option("--rules", o.rules_file,
                    context.tr("A rule set for files that name none",
                               "En regeluppsättning för filer som inte anger någon"))
        ->type_name(context.tr("FILE", "FIL"));
    add_date_option(command, "--as-of", o.as_of,
                    context.tr("Judge deadlines on this date (default: the placement's end)",
                               "Bedöm tidsgränser detta datum (förval: placeringens slut)"),
                    context);
    add_allow_identifier_option(
        command, o.allowed,
        {"the file (a ward's phone number; or list it in placement.allowed_identifiers)",
         "filen (avdelningens telefonnummer; eller ange det i placement.allowed_identifiers)"},
        context);
}

} // namespace

void setup_term_files(CLI::App& term, Context& context)
{
    auto check_options = std::make_shared<TermFileOptions>();
    auto* check = term.add_subcommand(
        "check",
        context.tr("Check placement files against the format and the rules; writes nothing",
                   "Pröva placeringsfiler mot formatet och reglerna; skriver inget"));
    check
        ->add_option("FILE", check_options->files,
                     context.tr("Placement files (TOML)", "Placeringsfiler (TOML)"))
        ->required();
    add_judging_options(*check, *check_options, context);
    check->footer(
        context.tr("Examples:\n  peer term check examples/placement.toml\n"
                   "  peer term check --json ht26/*.toml\n\n"
                   "Every problem is printed on stderr as FILE:LINE:COL: error[ID]: message, then "
                   "one summary\n"
                   "line per file on stdout. Exit status 1 when any file has an error.\n",
                   "Exempel:\n  peer term check examples/placement.toml\n"
                   "  peer term check --json ht26/*.toml\n\n"
                   "Varje problem skrivs på stderr som FIL:RAD:KOL: fel[ID]: meddelande, sedan en\n"
                   "sammanfattning per fil på stdout. Slutstatus 1 när någon fil har ett fel.\n"));
    check->callback(
        [&context, check_options] { context.exit = run_check(context, *check_options); });

    auto apply_options = std::make_shared<TermFileOptions>();
    auto* apply = term.add_subcommand(
        "apply",
        context.tr("Check a placement file, then write it to the journal in one go",
                   "Pröva en placeringsfil och skriv den sedan till journalen i ett svep"));
    apply
        ->add_option("FILE", apply_options->files,
                     context.tr("A placement file", "En placeringsfil"))
        ->required()
        ->expected(1);
    add_judging_options(*apply, *apply_options, context);
    apply->add_flag("--archive", apply_options->archive,
                    context.tr("Move students and pairs the file no longer has, and that have log "
                               "entries, reflections or feedback, out of the active placement",
                               "Flytta studenter och par som filen inte längre har, och som har "
                               "loggposter, reflektioner eller återkoppling, ur den aktiva "
                               "placeringen"));
    apply->footer(context.tr(
        "Examples:\n  peer term apply examples/placement.toml\n"
        "  peer term apply --archive ht26-kir-avd12.toml\n\n"
        "Nothing is written when the file has an error. Applying the same file again changes\n"
        "nothing; an edited file reports what was added, changed and removed.\n",
        "Exempel:\n  peer term apply examples/placement.toml\n"
        "  peer term apply --archive ht26-kir-avd12.toml\n\n"
        "Inget skrivs när filen har fel. Samma fil en gång till ändrar inget; en ändrad fil\n"
        "visar vad som lades till, ändrades och togs bort.\n"));
    apply->callback(
        [&context, apply_options] { context.exit = run_apply(context, *apply_options); });

    auto join_options = std::make_shared<TermFileOptions>();
    auto* join = term.add_subcommand(
        "join", context.tr("Join your placement from the handout your teacher gave you",
                           "Gå med i din placering med utdraget från din lärare"));
    join->add_option("FILE", join_options->files,
                     context.tr("Your handout (staff: the placement file)",
                                "Ditt utdrag (personal: placeringsfilen)"))
        ->required()
        ->expected(1);
    join->add_flag("--archive", join_options->archive,
                   context.tr("Move your old pair, when the handout no longer has it and it has "
                              "your log entries, reflections or feedback, out of the active "
                              "placement",
                              "Flytta ditt gamla par, när utdraget inte längre har det och det "
                              "har dina loggposter, reflektioner eller återkoppling, ur den "
                              "aktiva placeringen"));
    join->add_option("--as", join_options->as,
                     context.tr("Staff: your id in the placement file",
                                "Personal: ditt id i placeringsfilen"))
        ->type_name("ID");
    join->footer(context.tr("Examples:\n  peer term join ali-ht26-kir-avd12.toml\n"
                            "  peer term join --archive ali-ht26-kir-avd12.toml   # re-paired\n"
                            "  peer term join ht26-kir-avd12.toml --as karin   # a supervisor\n\n"
                            "The journal becomes yours (the handout's student, or the staff "
                            "member --as names) if it has no owner yet.\n",
                            "Exempel:\n  peer term join ali-ht26-kir-avd12.toml\n"
                            "  peer term join --archive ali-ht26-kir-avd12.toml   # nytt par\n"
                            "  peer term join ht26-kir-avd12.toml --as karin   # en handledare\n\n"
                            "Journalen blir din (utdragets student, eller den i personalen som "
                            "--as anger) om den ännu inte har någon ägare.\n"));
    join->callback([&context, join_options] { context.exit = run_join(context, *join_options); });
}

} // namespace peer::cli

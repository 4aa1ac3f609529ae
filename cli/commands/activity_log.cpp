// peer activity log | history | progress | edit-entry | delete-entry: what the journal's owner did,
// day by day.

#include "ask.hpp"
#include "commands/commands.hpp"
#include "commands/delete_command.hpp"
#include "commands/writing_common.hpp"
#include "compose.hpp"
#include "options.hpp"
#include "render.hpp"
#include "terminal.hpp"

#include <peer/app/log_activity.hpp>
#include <peer/app/lookup.hpp>
#include <peer/core/error.hpp>
#include <peer/core/utf8.hpp>
#include <peer/formats/activity_json.hpp>
#include <peer/journal/activities.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <array>
#include <functional>
#include <iostream>
#include <memory>

namespace peer::cli {

namespace {

struct LogOptions {
    std::string code;
    model::Mode mode = model::Mode::perform;
    std::vector<std::string> partners;
    std::optional<int> patients;
    std::optional<model::Presence> presence;
    std::optional<Date> date;
    std::string note;
    std::optional<std::vector<model::ObserverStep>> observer_steps;
    std::vector<std::string> allowed;
};

// The observer's three steps as a short checklist on the terminal: the steps answered yes, up to
// the end of input; nullopt when Ctrl-C or a hang-up interrupted it.
std::optional<std::vector<model::ObserverStep>> ask_observer_steps(const Context& context)
{
    struct Question {
        model::ObserverStep step;
        Text text;
    };
    const std::array questions{
        Question{model::ObserverStep::before,
                 {"Before: did you think the patient meeting through together?",
                  "Före: tänkte ni igenom patientmötet tillsammans?"}},
        Question{model::ObserverStep::during,
                 {"During: were you eyes and ears (communication, assessment, how it was done)?",
                  "Under: var du extra ögon och öron (kommunikation, bedömning, utförande)?"}},
        Question{model::ObserverStep::after,
                 {"After: did you ask how it felt, what went well and what could change, and "
                  "share your reflections?",
                  "Efter: frågade du hur det kändes, vad som gick bra och vad som kunde ändras, "
                  "och delade dina reflektioner?"}},
    };
    std::vector<model::ObserverStep> done;
    LineReader reader;
    for (const auto& q : questions) {
        const auto yes = ask_yes_no(context, reader, q.text);
        if (!yes) {
            if (reader.interrupted()) {
                return std::nullopt;
            }
            break; // the end of input: the steps not asked about were not done
        }
        if (*yes) {
            done.push_back(q.step);
        }
    }
    return done;
}

model::LogEntry entry_from(const LogOptions& o)
{
    model::LogEntry entry;
    entry.code = o.code;
    entry.mode = o.mode;
    entry.partners = o.partners;
    entry.date = o.date.value_or(today());
    entry.patients = o.patients;
    entry.presence = o.presence;
    entry.note = o.note;
    entry.observer_steps = o.observer_steps.value_or(std::vector<model::ObserverStep>{});
    return entry;
}

// "bea" or, in a pair of three, "bea+cem".
std::string partner_list(const model::LogEntry& entry)
{
    return fmt::format("{}", fmt::join(entry.partners, "+"));
}

// --partner ID, repeatable (or with commas) for a pair of three: each time one student.
void add_partner_option(CLI::App& command,
                        const std::function<void(const std::vector<std::string>&)>& take,
                        const std::string& description)
{
    const auto named = [take](std::vector<std::string> partners) {
        std::erase(partners, std::string()); // --partner '' names no one
        take(partners);
    };
    command.add_option_function<std::vector<std::string>>("--partner", named, description)
        ->type_name("ID")
        ->allow_extra_args(false)
        ->delimiter(',');
}

// " with bea, 2 patient(s)": the partners and the patients of a saved entry, when it has them.
std::string entry_details(const Context& context, const model::LogEntry& entry)
{
    std::string details =
        entry.partners.empty() ? "" : context.format(" with {}", " med {}", partner_list(entry));
    if (entry.patients) {
        details += context.format(", {} patient(s)", ", {} patient(er)", *entry.patients);
    }
    return details;
}

// Where lib places what the guard finds in the note, and where the person typed it.
constexpr std::array<FieldOption, 1> k_note_option{{{"note", "--note"}}};

ExitCode run_log(Context& context, const LogOptions& o)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    auto prepared = app::prepare_log(journal, entry_from(o));
    if (!prepared) {
        return report_problem(context, prepared.problem());
    }
    app::LogRequest request{std::move(*prepared), o.allowed, today()};
    auto& entry = request.entry;
    if (entry.mode == model::Mode::observe && !o.observer_steps && interactive() && !context.json) {
        auto steps = ask_observer_steps(context);
        if (!steps) {
            context.error({"interrupted: nothing was logged; to log it without the questions, "
                           "name the steps you did, e.g. `--observer-steps before,during,after`",
                           "avbrutet: inget loggades; för att logga utan frågorna, ange stegen du "
                           "gjorde, t.ex. `--observer-steps före,under,efter`"});
            return ExitCode::interrupted;
        }
        entry.observer_steps = std::move(*steps);
    }
    const auto logged = app::log_activity(journal, request, rules::default_rule_set());
    if (!logged) {
        return report_problem(context, in_options(logged.problem(), k_note_option));
    }
    print_diagnostics(context, in_options(logged->warnings, k_note_option));
    const auto& saved = logged->entry;
    if (context.json) {
        context.print_json(formats::to_json(saved));
        return ExitCode::ok;
    }
    context.say(context.format("Logged entry {}: {} on {}, {}{}.",
                               "Loggade post {}: {} den {}, {}{}.", saved.number, saved.code,
                               format_date(saved.date), model::display(saved.mode, context.lang),
                               entry_details(context, saved)));
    remind_action_plan(context, logged->last_plan, saved.code);
    return ExitCode::ok;
}

ExitCode run_edit_entry(Context& context, app::EntryChange change)
{
    change.today = today();
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto edited = app::edit_log_entry(journal, change, rules::default_rule_set());
    if (!edited) {
        return report_problem(context, in_options(edited.problem(), k_note_option));
    }
    print_diagnostics(context, in_options(edited->logged.warnings, k_note_option));
    const auto& saved = edited->logged.entry;
    if (context.json) {
        context.print_json(formats::to_json(saved));
        return ExitCode::ok;
    }
    if (!edited->changed) {
        context.say(
            context.format("Entry {}: nothing changed.", "Post {}: inget ändrades.", saved.number));
        return ExitCode::ok;
    }
    context.say(context.format("Changed entry {}: {} on {}, {}{}.",
                               "Ändrade post {}: {} den {}, {}{}.", saved.number, saved.code,
                               format_date(saved.date), model::display(saved.mode, context.lang),
                               entry_details(context, saved)));
    return ExitCode::ok;
}

// One line of `activity history`.
std::string entry_line(const Context& context, const model::LogEntry& e)
{
    return fmt::format("{:>5}  {}  {} {} {} {:>2}  {} {}\n", e.number, format_date(e.date),
                       padded(e.code, 16), padded(model::display(e.mode, context.lang), 12),
                       padded(partner_list(e), 10), e.patients ? std::to_string(*e.patients) : "-",
                       padded(e.presence ? model::display(*e.presence, context.lang) : "-", 8),
                       printable(e.note));
}

// The entry, before `delete-entry` asks.
ExitCode show_entry(Context& context, std::int64_t number)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto found = app::log_entry(journal, number);
    if (!found) {
        return report_problem(context, found.problem());
    }
    context.out << entry_line(context, *found);
    return ExitCode::ok;
}

ExitCode run_history(Context& context, const journal::HistoryFilter& filter)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    std::string line;
    bool any = false;
    journal::for_each_log_entry(journal, filter, [&](const model::LogEntry& e) {
        any = true;
        if (context.json) {
            line.clear();
            formats::append_json_line(line, e);
            context.out << line;
            return;
        }
        context.out << entry_line(context, e);
    });
    if (!any && !context.json) {
        context.say(context.tr("No log entries found; log what you did with `peer activity log "
                               "CODE --mode MODE`.",
                               "Inga loggposter hittades; logga det du gjorde med `peer activity "
                               "log KOD --mode SÄTT`."));
    }
    return ExitCode::ok;
}

ExitCode run_progress(Context& context, app::ProgressRequest request)
{
    request.today = today();
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto progress = app::progress(journal, request, rules::default_rule_set());
    const auto& days = progress.days;
    print_diagnostics(context, progress.summary);
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& d : days) {
            list.push_back(
                {{"date", format_date(d.date)},
                 {"entries", d.entries},
                 {"patients", d.patients},
                 {"presence",
                  {{"full", d.with_full}, {"partial", d.with_partial}, {"none", d.with_none}}}});
        }
        context.print_json(list);
        return ExitCode::ok;
    }
    context.out << context.tr(
        "date        patients                 entries  supervisor present\n",
        "datum       patienter                poster   handledare närvarande\n");
    for (const auto& d : days) {
        std::string bar;
        for (int i = 0; i < std::min(d.patients, 20); ++i) {
            bar += "█";
        }
        context.out << fmt::format(
            "{}  {:>2} {:<20}  {:>5}    {}\n", format_date(d.date), d.patients, bar, d.entries,
            context.format("full {} · partial {} · none {}", "helt {} · delvis {} · inte {}",
                           d.with_full, d.with_partial, d.with_none));
    }
    return ExitCode::ok;
}

// The days `activity balance` counts; each end open when not given.
struct DayRange {
    std::optional<Date> from;
    std::optional<Date> to;
};

ExitCode run_balance(Context& context, const DayRange& range)
{
    auto journal = context.open_journal(journal::OpenMode::existing);
    const auto balance = journal::balance_by_partner(journal, range.from, range.to);
    const auto modes = model::keywords<model::Mode>();
    if (context.json) {
        auto list = nlohmann::json::array();
        for (const auto& b : balance) {
            auto by_mode = nlohmann::json::object();
            for (const auto& m : modes) {
                by_mode[std::string(m.english)] = b.count(m.value);
            }
            list.push_back({{"partner", b.partner}, {"entries", b.entries()}, {"modes", by_mode}});
        }
        context.print_json(list);
        return ExitCode::ok;
    }
    if (balance.empty()) {
        context.say(context.tr("No log entries yet; log one with `peer activity log CODE`.",
                               "Inga loggposter än; logga en med `peer activity log KOD`."));
        return ExitCode::ok;
    }
    context.out << padded(context.tr("partner", "kamrat"), 12);
    for (const auto& m : modes) {
        context.out << ' ' << padded(model::display(m.value, context.lang), 12);
    }
    context.out << context.tr(" entries\n", " poster\n");
    for (const auto& b : balance) {
        context.out << padded(b.partner.empty() ? context.tr("(none)", "(ingen)") : b.partner, 12);
        for (const auto& m : modes) {
            context.out << fmt::format(" {:<12}", b.count(m.value));
        }
        context.out << fmt::format(" {}\n", b.entries());
    }
    return ExitCode::ok;
}

// The --patients check: a number of patients is never negative.
std::function<std::string(const std::string&)> patients_check(const Context& context)
{
    return [&context](const std::string& text) {
        return text.starts_with('-')
                   ? context.format("{} is not a number of patients; give 0 or more",
                                    "{} är inget antal patienter; ange 0 eller fler", text)
                   : std::string();
    };
}

void setup_edit_entry(CLI::App& activity, Context& context)
{
    auto c = std::make_shared<app::EntryChange>();
    auto* edit = activity.add_subcommand(
        "edit-entry", context.tr("Correct one of your log entries: what is not given stays",
                                 "Rätta en av dina loggposter: det som inte anges står kvar"));
    edit->add_option("N", c->number, context.tr("Its number", "Dess nummer"))->required();
    add_date_option(*edit, "--date", c->date, context.tr("The day", "Dagen"), context);
    edit->add_option("--code", c->code, context.tr("The activity's code", "Aktivitetens kod"))
        ->type_name("CODE");
    add_keyword_option<model::Mode>(
        *edit, "--mode", c->mode,
        context.tr("perform | observe | together | retell | compare | delegate",
                   "utföra | observera | tillsammans | återberätta | jämföra | delegera"),
        context);
    add_partner_option(
        *edit, [c](const std::vector<std::string>& partners) { c->partners = partners; },
        context.tr("Who you did it with, in place of those it names",
                   "Vem du gjorde det med, i stället för de den anger"));
    edit->add_option(
            "--patients", c->patients,
            context.tr("How many patients you cared for", "Hur många patienter du vårdade"))
        ->check(patients_check(context));
    add_keyword_option<model::Presence>(*edit, "--presence", c->presence,
                                        context.tr("Supervisor presence: full | partial | none",
                                                   "Handledarens närvaro: full | delvis | ingen"),
                                        context);
    edit->add_option("--note", c->note,
                     context.tr("The note (\"\" removes it): never a patient's identity",
                                "Anteckningen (\"\" tar bort den): aldrig en patients identitet"))
        ->type_name("TEXT");
    add_keywords_option<model::ObserverStep>(
        *edit, "--observer-steps", c->observer_steps,
        context.tr("The observer's steps you did: before,during,after",
                   "Observatörens steg du gjorde: före,under,efter"),
        context);
    add_allow_identifier_option(*edit, c->allowed, {"the note", "anteckningen"}, context);
    edit->footer(context.tr("Reflections, feedback and briefings about the entry follow it to a "
                            "new activity.\n\nExamples:\n"
                            "  peer activity edit-entry 12 --code SUR-WOUND-02\n"
                            "  peer activity edit-entry 12 --date 2026-11-05 --patients 3\n"
                            "  peer activity edit-entry 12 --note \"\"\n",
                            "Reflektioner, återkoppling och handledningar om posten följer med "
                            "den till en ny aktivitet.\n\nExempel:\n"
                            "  peer activity edit-entry 12 --code SUR-WOUND-02\n"
                            "  peer activity edit-entry 12 --date 2026-11-05 --patients 3\n"
                            "  peer activity edit-entry 12 --note \"\"\n"));
    edit->callback([&context, c] { context.exit = run_edit_entry(context, *c); });
}

} // namespace

void setup_activity_log(CLI::App& activity, Context& context)
{
    auto o = std::make_shared<LogOptions>();
    auto* log = activity.add_subcommand(
        "log", context.tr("Log that you did a learning activity today (or on --date)",
                          "Logga att du gjorde en läraktivitet i dag (eller --date)"));
    log->add_option("CODE", o->code, context.tr("The activity's code", "Aktivitetens kod"))
        ->required();
    add_keyword_option<model::Mode>(
        *log, "--mode", o->mode,
        context.tr("perform | observe | together | retell | compare | delegate "
                   "(utföra, observera, tillsammans, återberätta, jämföra, delegera)",
                   "utföra | observera | tillsammans | återberätta | jämföra | delegera "
                   "(perform, observe, together, retell, compare, delegate)"),
        context)
        ->required();
    add_partner_option(
        *log, [o](const std::vector<std::string>& partners) { o->partners = partners; },
        context.tr("Who you did it with (default: the other students of your pair)",
                   "Vem du gjorde det med (förval: de andra studenterna i ditt par)"));
    log->add_option("--patients", o->patients,
                    context.tr("How many patients you cared for", "Hur många patienter du vårdade"))
        ->check(patients_check(context));
    add_keyword_option<model::Presence>(
        *log, "--presence", o->presence,
        context.tr("Supervisor presence: full | partial | none (full, delvis, ingen)",
                   "Handledarens närvaro: full | delvis | ingen (full, partial, none)"),
        context);
    add_date_option(*log, "--date", o->date,
                    context.tr("The day (default: today)", "Dagen (förval: i dag)"), context);
    log->add_option("--note", o->note,
                    context.tr("A short note: never a patient's identity",
                               "En kort anteckning: aldrig en patients identitet"));
    add_keywords_option<model::ObserverStep>(
        *log, "--observer-steps", o->observer_steps,
        context.tr("The observer's steps you did: before,during,after (asked on a "
                   "terminal when you observe)",
                   "Observatörens steg du gjorde: före,under,efter (frågas på en "
                   "terminal när du observerar)"),
        context);
    add_allow_identifier_option(*log, o->allowed, {"the note", "anteckningen"}, context);
    log->footer(context.tr(
        "Examples:\n  peer activity log SUR-WOUND-01 --mode observe --patients 2 --presence full\n"
        "  peer activity log SUR-SBAR-01 --mode perform --partner bea --date 2026-11-05 \\\n"
        "      --note \"Bea observed my handover\" --observer-steps before,after\n",
        "Exempel:\n  peer activity log SUR-WOUND-01 --mode observera --patients 2 --presence full\n"
        "  peer activity log SUR-SBAR-01 --mode utföra --partner bea --date 2026-11-05 \\\n"
        "      --note \"Bea observerade min rapport\" --observer-steps före,efter\n"));
    log->callback([&context, o] { context.exit = run_log(context, *o); });

    auto h = std::make_shared<journal::HistoryFilter>();
    auto* history = activity.add_subcommand(
        "history", context.tr("List your log entries", "Lista dina loggposter"));
    add_range_options(*history, h->from, h->to, context);
    add_keyword_option<model::Mode>(*history, "--mode", h->mode,
                                    context.tr("In this mode", "Med detta arbetssätt"), context);
    history->add_option("--code", h->code, context.tr("Of this activity", "Av denna aktivitet"));
    history->add_option("--partner", h->partner,
                        context.tr("With this partner", "Med denna studiekamrat"));
    history->footer(context.tr("Examples:\n  peer activity history --from 2026-11-09\n"
                               "  peer activity history --mode observe --json   # JSON Lines\n",
                               "Exempel:\n  peer activity history --from 2026-11-09\n"
                               "  peer activity history --mode observera --json   # JSON Lines\n"));
    history->callback([&context, h] { context.exit = run_history(context, *h); });

    setup_edit_entry(activity, context);
    add_delete_command(activity, context,
                       {"delete-entry",
                        journal::RecordKind::log_entry,
                        {"log entry", "loggpost"},
                        {"Delete one of your log entries", "Radera en av dina loggposter"},
                        show_entry});

    auto* progress = activity.add_subcommand(
        "progress", context.tr("Patients per day and supervisor presence over the placement",
                               "Patienter per dag och handledarens närvaro under placeringen"));
    auto p = std::make_shared<app::ProgressRequest>();
    add_range_options(*progress, p->from, p->to, context);
    progress->footer(context.tr("Examples:\n  peer activity progress\n"
                                "  peer activity progress --from 2026-11 --to 2026-11\n"
                                "  peer activity progress --from monday --json\n",
                                "Exempel:\n  peer activity progress\n"
                                "  peer activity progress --from 2026-11 --to 2026-11\n"
                                "  peer activity progress --from måndag --json\n"));
    progress->callback([&context, p] { context.exit = run_progress(context, *p); });

    auto* balance = activity.add_subcommand(
        "balance", context.tr("How you shared the work with each partner: entries by mode",
                              "Hur du delade arbetet med varje studiekamrat: poster per läge"));
    auto range = std::make_shared<DayRange>();
    add_range_options(*balance, range->from, range->to, context);
    balance->footer(context.tr(
        "An entry done with both partners of a pair of three counts for each.\n\nExamples:\n"
        "  peer activity balance\n  peer activity balance --from 2026-11 --json\n",
        "En post gjord med båda studiekamraterna i en trio räknas för var och en.\n\nExempel:\n"
        "  peer activity balance\n  peer activity balance --from 2026-11 --json\n"));
    balance->callback([&context, range] { context.exit = run_balance(context, *range); });
}

} // namespace peer::cli

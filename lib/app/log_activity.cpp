#include <peer/app/log_activity.hpp>
#include <peer/app/lookup.hpp>
#include <peer/core/utf8.hpp>
#include <peer/privacy/guard.hpp>
#include <peer/rules/check.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace peer::app {

namespace {

// The owner's context, with the entry's partner filled in; or why the entry cannot be logged.
Result<journal::LogContext> owner_context(const journal::Journal& journal, model::LogEntry& entry)
{
    auto context = journal::log_context(journal);
    if (!context) {
        return problem(ExitCode::invalid_data, missing_owner());
    }
    const auto activity = journal::find_activity(journal, entry.code);
    if (!activity) {
        return no_such_activity(journal, entry.code);
    }
    entry.code = activity->code; // as the catalogue writes it, typed in whatever case
    default_partner(entry, *context);
    return *context;
}

struct Checked {
    Diagnostics warnings;             // the rules' warnings, allowed texts that matched nothing
    std::vector<std::string> allowed; // the allowed texts found, to record with the entry
};

// The log rules (LOG-ROLES, LOG-DELEGATION, LOG-DATE), the privacy guard and the check for
// control characters over the note (their hits at `note:LINE:COL`), for an entry of the
// owner's as it will be saved; `refused` sums up a refusal.
Result<Checked> checked_entry(const model::LogEntry& entry, const journal::LogContext& context,
                              const std::vector<std::string>& allowed, Date today,
                              const rules::RuleSet& rules, Text refused)
{
    auto found = rules::failures(check_entry(entry, context, rules, entry.code, today));
    auto screening = privacy::screen({{"note", entry.note}}, allowed);
    std::ranges::move(screening.diagnostics, std::back_inserter(found));
    std::ranges::move(control_characters(entry.note, "note"), std::back_inserter(found));
    if (has_errors(found)) {
        return problem(ExitCode::invalid_data, std::move(found), std::move(refused));
    }
    return Checked{std::move(found), std::move(screening.allowed)};
}

} // namespace

Result<model::LogEntry> prepare_log(const journal::Journal& journal, model::LogEntry entry)
{
    Result<model::LogEntry> out = entry;
    journal.read([&] {
        if (auto context = owner_context(journal, entry); !context) {
            out = context.problem();
        } else {
            out = entry;
        }
    });
    return out;
}

Result<Logged> log_activity(journal::Journal& journal, const LogRequest& request,
                            const rules::RuleSet& rules)
{
    Result<Logged> out = Logged{};
    journal.write_if([&] {
        Logged logged{request.entry, {}, std::nullopt};
        auto context = owner_context(journal, logged.entry);
        if (!context) {
            out = context.problem();
            return false;
        }
        auto checked = checked_entry(logged.entry, *context, request.allowed, request.today, rules,
                                     {"the entry was not logged; nothing was written",
                                      "posten loggades inte; inget skrevs"});
        if (!checked) {
            out = checked.problem();
            return false;
        }
        logged.entry.number =
            journal::add_log_entry(journal, logged.entry, *context, checked->allowed);
        logged.warnings = std::move(checked->warnings);
        logged.last_plan = journal::last_action_plan(journal, logged.entry.code);
        out = std::move(logged);
        return true;
    });
    return out;
}

Result<EditedEntry> edit_log_entry(journal::Journal& journal, const EntryChange& change,
                                   const rules::RuleSet& rules)
{
    Result<EditedEntry> out = EditedEntry{};
    journal.write_if([&] {
        auto found = log_entry(journal, change.number);
        if (!found) {
            out = found.problem();
            return false;
        }
        auto entry = *found;
        entry.date = change.date.value_or(entry.date);
        entry.code = change.code.value_or(entry.code);
        entry.mode = change.mode.value_or(entry.mode);
        entry.partners = change.partners.value_or(entry.partners);
        entry.patients = change.patients ? change.patients : entry.patients;
        entry.presence = change.presence ? change.presence : entry.presence;
        entry.note = change.note.value_or(entry.note);
        entry.observer_steps = change.observer_steps.value_or(entry.observer_steps);
        auto context = owner_context(journal, entry); // the code as the catalogue writes it
        if (!context) {
            out = context.problem();
            return false;
        }
        auto checked = checked_entry(
            entry, *context, change.allowed, change.today, rules,
            {fmt::format("entry {} was not changed; nothing was written", entry.number),
             fmt::format("post {} ändrades inte; inget skrevs", entry.number)});
        if (!checked) {
            out = checked.problem();
            return false;
        }
        const bool changed = entry != *found;
        if (changed) {
            journal::update_log_entry(journal, entry, *context, checked->allowed);
        }
        out = EditedEntry{Logged{std::move(entry), std::move(checked->warnings), std::nullopt},
                          changed};
        return changed;
    });
    return out;
}

Progress progress(const journal::Journal& journal, const ProgressRequest& request,
                  const rules::RuleSet& rules)
{
    Progress out;
    std::optional<journal::LogContext> context;
    journal.read([&] {
        out.days = journal::progress_by_day(journal);
        context = journal::log_context(journal);
    });
    std::erase_if(out.days, [&](const journal::DayProgress& day) {
        return (request.from && day.date < *request.from) || (request.to && day.date > *request.to);
    });
    const auto today = request.today;
    const bool placed = context && !context->placement.empty();
    for (const auto& day : out.days) {
        const bool outside =
            day.date > today
            || (placed
                && (day.date < context->placement_start || day.date > context->placement_end));
        out.outside += outside ? day.entries : 0;
    }
    if (out.outside == 0) {
        return out;
    }
    const auto where = placed
                           ? Text{fmt::format("outside the placement ({} to {}) or after today",
                                              format_date(context->placement_start),
                                              format_date(context->placement_end)),
                                  fmt::format("utanför placeringen ({} till {}) eller efter i dag",
                                              format_date(context->placement_start),
                                              format_date(context->placement_end))}
                           : Text{"after today", "efter i dag"};
    out.summary.push_back(
        {rules.severity_of("LOG-DATE"),
         "LOG-DATE",
         std::nullopt,
         {fmt::format("{} log entries are dated {}; correct a day with `peer activity "
                      "edit-entry N --date DATE`",
                      out.outside, where.en),
          fmt::format("{} loggposter är daterade {}; rätta en dag med `peer activity edit-entry "
                      "N --date DATUM`",
                      out.outside, where.sv)}});
    return out;
}

void default_partner(model::LogEntry& entry, const journal::LogContext& context)
{
    const auto& pair = context.pair_students;
    if (!entry.partners.empty() || std::ranges::find(pair, context.owner) == pair.end()) {
        return;
    }
    std::ranges::copy_if(pair, std::back_inserter(entry.partners),
                         [&](const std::string& student) { return student != context.owner; });
}

rules::Findings check_entry(const model::LogEntry& entry, const journal::LogContext& context,
                            const rules::RuleSet& rules, const std::string& subject, Date today)
{
    const rules::LogFacts facts{subject,
                                entry.mode,
                                context.owner,
                                entry.partners,
                                context.pair_students,
                                context.programme_term,
                                entry.date,
                                context.placement_start,
                                context.placement_end,
                                today};
    return rules::check_log_entry(facts, rules);
}

EntryChecker::EntryChecker(const journal::LogContext& context, const rules::RuleSet& rules,
                           Date today)
    : m_context(context), m_rules(rules), m_today(today)
{
}

rules::Findings EntryChecker::failures(const model::LogEntry& entry, const std::string& subject)
{
    const auto pairing = std::pair{entry.mode, entry.partners};
    auto by_pairing = m_by_pairing.find(pairing);
    auto by_day = m_by_day.find(entry.date);
    if (by_pairing == m_by_pairing.end() || by_day == m_by_day.end()) {
        rules::Findings of_pairing;
        rules::Findings of_day;
        for (auto& f : check_entry(entry, m_context, m_rules, "", m_today)) {
            if (f.verdict != rules::Verdict::passed) {
                (f.rule == "LOG-DATE" ? of_day : of_pairing).push_back(std::move(f));
            }
        }
        by_pairing = m_by_pairing.try_emplace(pairing, std::move(of_pairing)).first;
        by_day = m_by_day.try_emplace(entry.date, std::move(of_day)).first;
    }
    auto out = by_pairing->second;
    out.insert(out.end(), by_day->second.begin(), by_day->second.end());
    for (auto& finding : out) {
        finding.subject = subject;
    }
    return out;
}

} // namespace peer::app

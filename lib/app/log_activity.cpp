#include <peer/app/log_activity.hpp>
#include <peer/app/lookup.hpp>
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
    if (!journal::find_activity(journal, entry.code)) {
        return no_such_activity(entry.code);
    }
    default_partner(entry, *context);
    return *context;
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
        auto found = rules::failures(check_entry(logged.entry, *context, rules, logged.entry.code));
        auto screening = privacy::screen({{"note", logged.entry.note}}, request.allowed);
        std::ranges::move(screening.diagnostics, std::back_inserter(found));
        if (has_errors(found)) {
            out = problem(ExitCode::invalid_data, std::move(found),
                          {"the entry was not logged; nothing was written",
                           "posten loggades inte; inget skrevs"});
            return false;
        }
        logged.entry.number =
            journal::add_log_entry(journal, logged.entry, *context, screening.allowed);
        logged.warnings = std::move(found);
        logged.last_plan = journal::last_action_plan(journal, logged.entry.code);
        out = std::move(logged);
        return true;
    });
    return out;
}

void default_partner(model::LogEntry& entry, const journal::LogContext& context)
{
    if (!entry.partner.empty() || context.pair_students.size() != 2) {
        return;
    }
    for (const auto& student : context.pair_students) {
        if (student != context.owner) {
            entry.partner = student;
        }
    }
}

rules::Findings check_entry(const model::LogEntry& entry, const journal::LogContext& context,
                            const rules::RuleSet& rules, const std::string& subject)
{
    const rules::LogFacts facts{subject,
                                entry.mode,
                                context.owner,
                                entry.partner,
                                context.pair_students,
                                context.programme_term};
    return rules::check_log_entry(facts, rules);
}

EntryChecker::EntryChecker(const journal::LogContext& context, const rules::RuleSet& rules)
    : m_context(context), m_rules(rules)
{
}

rules::Findings EntryChecker::failures(const model::LogEntry& entry, const std::string& subject)
{
    const auto key = std::pair{entry.mode, entry.partner};
    auto known = m_known.find(key);
    if (known == m_known.end()) {
        auto findings = check_entry(entry, m_context, m_rules, "");
        std::erase_if(findings, [](const auto& f) { return f.verdict == rules::Verdict::passed; });
        known = m_known.emplace(key, std::move(findings)).first;
    }
    auto out = known->second;
    for (auto& finding : out) {
        finding.subject = subject;
    }
    return out;
}

} // namespace peer::app

#include <peer/app/log_activity.hpp>
#include <peer/rules/check.hpp>

#include <algorithm>

namespace peer::app {

Text missing_owner()
{
    return {"this journal has no owner yet: join your placement first with "
            "`peer term join HANDOUT`",
            "journalen har ingen ägare än: gå först med i din placering med "
            "`peer term join UTDRAG`"};
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

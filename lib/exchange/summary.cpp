#include <peer/exchange/summary.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace peer::exchange {

namespace {

class Summariser {
public:
    Summariser(const std::string& student, const Period& period)
    {
        m_out.student = student;
        m_out.period = period;
    }

    void add(const model::Facts& facts)
    {
        for (const auto& activity : facts.activities) {
            m_activities[activity.code] = &activity;
        }
        std::ranges::for_each(facts.entries, [&](const auto& f) { take(f); });
        std::ranges::for_each(facts.reflections, [&](const auto& f) { take(f); });
        std::ranges::for_each(facts.feedback, [&](const auto& f) { take(f); });
        std::ranges::for_each(facts.briefings, [&](const auto& f) { take(f); });
    }

    Summary finish()
    {
        for (auto& [code, count] : m_codes) {
            const auto activity = m_activities.find(code);
            if (activity != m_activities.end()) {
                count.title = activity->second->title;
                m_covered.insert(activity->second->outcomes.begin(),
                                 activity->second->outcomes.end());
            }
            m_out.by_code.push_back(count);
        }
        for (const auto& [code, activity] : m_activities) {
            for (const auto& outcome : activity->outcomes) {
                if (!m_covered.contains(outcome)) {
                    m_open.insert(outcome);
                }
            }
        }
        m_out.outcomes_covered.assign(m_covered.begin(), m_covered.end());
        m_out.outcomes_open.assign(m_open.begin(), m_open.end());
        for (auto& [date, day] : m_days) {
            m_out.days.push_back(day);
        }
        for (auto& [partner, share] : m_partners) {
            if (!partner.empty()) {
                m_out.balance.push_back(share);
            }
        }
        if (const auto alone = m_partners.find(""); alone != m_partners.end()) {
            m_out.balance.push_back(alone->second);
        }
        for (const auto& [code, planned] : m_plans) {
            const auto last = m_last_done.find(code);
            if (last == m_last_done.end() || last->second <= planned) {
                ++m_out.writing.open_action_plans;
            }
        }
        std::ranges::sort(m_out.writing.reflection_days);
        return std::move(m_out);
    }

private:
    void take(const model::EntryFact& r)
    {
        const auto& e = r.entry;
        if (r.author != m_out.student) {
            return;
        }
        auto& last = m_last_done[e.code];
        last = std::max(last, e.date);
        if (!m_out.period.contains(e.date)) {
            return;
        }
        ++m_out.entries;
        ++m_out.by_mode[e.mode];
        auto& code = m_codes[e.code];
        code.code = e.code;
        ++code.entries;
        if (e.mode == model::Mode::perform || e.mode == model::Mode::delegate) {
            ++code.performed;
        }
        auto& day = m_days[e.date];
        day.date = e.date;
        ++day.entries;
        day.patients = std::max(day.patients, e.patients.value_or(0));
        if (e.presence == model::Presence::full) {
            ++day.full;
        } else if (e.presence == model::Presence::partial) {
            ++day.partial;
        } else if (e.presence == model::Presence::none) {
            ++day.none;
        }
        if (e.partners.empty()) {
            ++m_partners[""].by_mode[e.mode];
        }
        for (const auto& partner : e.partners) {
            auto& share = m_partners[partner];
            share.partner = partner;
            ++share.by_mode[e.mode];
        }
    }

    void take(const model::ReflectionFact& r)
    {
        if (r.author != m_out.student || !m_out.period.contains(r.date)) {
            return;
        }
        auto& w = m_out.writing;
        if (r.draft) {
            ++w.drafts;
            return;
        }
        ++w.reflections;
        w.reflection_days.push_back(r.date);
        int answered = 0;
        for (std::size_t i = 0; i < w.stages.size() && i < r.answered.size(); ++i) {
            if (r.answered[i]) {
                ++w.stages.at(i);
                ++answered;
            }
        }
        if (answered == static_cast<int>(w.stages.size())) {
            ++w.complete;
        }
        if (r.answered.size() == w.stages.size() && r.answered.back() && !r.code.empty()) {
            auto& planned = m_plans[r.code];
            planned = std::max(planned, r.date);
        }
    }

    void take(const model::FeedbackFact& r)
    {
        if (!m_out.period.contains(r.date)) {
            return;
        }
        if (r.author == m_out.student) {
            ++m_out.writing.feedback_given;
        } else if (r.recipient == m_out.student) {
            ++m_out.writing.feedback_received;
        }
    }

    void take(const model::BriefingFact& r)
    {
        if (r.author != m_out.student || !m_out.period.contains(r.date)) {
            return;
        }
        ++(r.kind == model::BriefingKind::before ? m_out.writing.briefings_before
                                                 : m_out.writing.briefings_after);
    }

    Summary m_out;
    std::map<std::string, const model::ActivityFact*> m_activities;
    std::map<std::string, CodeCount> m_codes;
    std::map<Date, DayLoad> m_days;
    std::map<std::string, PartnerShare> m_partners;
    std::map<std::string, Date> m_last_done; // the last day each activity was done, any period
    std::map<std::string, Date> m_plans;     // the last day an action plan was made, by code
    std::set<std::string> m_covered;
    std::set<std::string> m_open;
};

} // namespace

Summary summarise(const model::Facts& facts, const std::string& student, const Period& period)
{
    Summariser summariser(student, period);
    summariser.add(facts);
    return summariser.finish();
}

} // namespace peer::exchange

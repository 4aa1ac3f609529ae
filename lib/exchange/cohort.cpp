// The cohort view, student by student: each student's rows come from the summary of their own
// records (exchange::summarise), the pairs' rows from their students' rows and from the feedback
// that any of their exports hold.

#include <peer/exchange/cohort.hpp>
#include <peer/exchange/summary.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <tuple>

namespace peer::exchange {

namespace {

constexpr double k_epsilon = 1e-9;

int days_between(Date from, Date to)
{
    return static_cast<int>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

// The least-squares slope of the points, per seven days; nullopt when there are too few days
// or they span too little of the placement to speak of a trend.
std::optional<double> weekly_trend(const std::vector<std::pair<int, double>>& points)
{
    if (points.size() < static_cast<std::size_t>(k_min_trend_days)
        || points.back().first - points.front().first < k_min_trend_span) {
        return std::nullopt;
    }
    double sx = 0;
    double sy = 0;
    for (const auto& [x, y] : points) {
        sx += x;
        sy += y;
    }
    const auto n = static_cast<double>(points.size());
    const double mx = sx / n;
    const double my = sy / n;
    double sxy = 0;
    double sxx = 0;
    for (const auto& [x, y] : points) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
    }
    return sxx == 0 ? std::nullopt : std::optional<double>(sxy / sxx * 7);
}

// The longest run of days from `start` to `until` without one of `days` (sorted).
int longest_gap(const std::vector<Date>& days, Date start, Date until)
{
    int longest = 0;
    Date previous = Date(std::chrono::sys_days(start) - std::chrono::days(1));
    for (const auto day : days) {
        if (day < start || day > until) {
            continue;
        }
        longest = std::max(longest, days_between(previous, day) - 1);
        previous = day;
    }
    return std::max(longest, days_between(previous, until));
}

Date day_of(const std::string& timestamp, Date otherwise)
{
    return parse_date(std::string_view(timestamp).substr(0, 10)).value_or(otherwise);
}

const model::PairRecord* pair_of(const std::vector<model::Record>& records,
                                 const std::string& placement, const std::string& student)
{
    for (const auto& record : records) {
        const auto* pair = std::get_if<model::PairRecord>(&record);
        if (pair != nullptr && pair->placement == placement && pair->archived.empty()
            && std::ranges::find(pair->pair.students, student) != pair->pair.students.end()) {
            return pair;
        }
    }
    return nullptr;
}

int count_of(const std::map<model::Mode, int>& by_mode, model::Mode mode)
{
    const auto found = by_mode.find(mode);
    return found == by_mode.end() ? 0 : found->second;
}

void trends(StudentRow& row, const Summary& summary, Date start)
{
    std::vector<std::pair<int, double>> patients;
    std::vector<std::pair<int, double>> presence;
    double patient_sum = 0;
    double presence_sum = 0;
    for (const auto& day : summary.days) {
        const int x = days_between(start, day.date);
        if (day.patients > 0) {
            patients.emplace_back(x, day.patients);
            patient_sum += day.patients;
        }
        if (const int known = day.full + day.partial + day.none; known > 0) {
            const double share = (day.full + 0.5 * day.partial) / known;
            presence.emplace_back(x, share);
            presence_sum += share;
        }
    }
    if (!patients.empty()) {
        row.patients_per_day = patient_sum / static_cast<double>(patients.size());
    }
    row.patients_trend = weekly_trend(patients);
    row.presence_trend = weekly_trend(presence);
    if (row.patients_trend && *row.patients_trend <= k_epsilon) {
        row.flags.push_back(Flag::patients_not_growing);
    }
    // A supervisor who was never present has nothing to step back from.
    if (row.presence_trend && *row.presence_trend >= -k_epsilon && presence_sum > 0) {
        row.flags.push_back(Flag::presence_not_decreasing);
    }
}

void sort_flags(std::vector<Flag>& flags)
{
    std::ranges::sort(flags);
    flags.erase(std::unique(flags.begin(), flags.end()), flags.end());
}

} // namespace

std::string_view flag_keyword(Flag flag)
{
    switch (flag) {
    case Flag::no_reflection_for_a_week:
        return "no_reflection_for_a_week";
    case Flag::feedback_one_way:
        return "feedback_one_way";
    case Flag::one_partner_performs:
        return "one_partner_performs";
    case Flag::presence_not_decreasing:
        return "presence_not_decreasing";
    case Flag::patients_not_growing:
        return "patients_not_growing";
    case Flag::open_rule_errors:
        return "open_rule_errors";
    case Flag::no_recent_export:
        return "no_recent_export";
    case Flag::midway_talk_missing:
        return "midway_talk_missing";
    case Flag::plan_review_overdue:
        break;
    }
    return "plan_review_overdue";
}

Text flag_text(Flag flag)
{
    switch (flag) {
    case Flag::no_reflection_for_a_week:
        return {"seven days or more in a row without a reflection",
                "sju dagar eller fler i rad utan reflektion"};
    case Flag::feedback_one_way:
        return {"feedback goes one way only", "återkopplingen går bara åt ena hållet"};
    case Flag::one_partner_performs:
        return {"one partner performs most of the pair's activities",
                "en studiekamrat utför det mesta av parets aktiviteter"};
    case Flag::presence_not_decreasing:
        return {"the supervisor's presence is not decreasing", "handledarens närvaro minskar inte"};
    case Flag::patients_not_growing:
        return {"the number of patients is not growing", "antalet patienter ökar inte"};
    case Flag::open_rule_errors:
        return {"the supervisor rules find errors", "handledarreglerna hittar fel"};
    case Flag::no_recent_export:
        return {"no export for more than a week", "ingen export på mer än en vecka"};
    case Flag::midway_talk_missing:
        return {"halfway through, and no midway talk", "halvvägs, och inget halvtidssamtal"};
    case Flag::plan_review_overdue:
        break;
    }
    return {"an action plan's review is overdue", "en handlingsplans uppföljning är försenad"};
}

CohortBuilder::CohortBuilder(Date today) : m_today(today) {}

void CohortBuilder::take_setup(const std::vector<model::Record>& records)
{
    for (const auto& record : records) {
        if (const auto* p = std::get_if<model::PlacementRecord>(&record)) {
            auto& state = m_placements[p->placement.id];
            if (p->stamp.updated >= state.placement_updated) {
                state.placement_updated = p->stamp.updated;
                state.view.id = p->placement.id;
                state.view.title = p->placement.title;
                state.view.start = p->placement.start;
                state.view.end = p->placement.end;
                state.view.setup.placement = p->placement;
            }
            // Each student's journal knows the part of the placement handed out to them: its
            // staff and students are what all the parts name.
            state.staff.insert(p->staff.begin(), p->staff.end());
            for (const auto& enrolment : p->students) {
                if (enrolment.archived.empty()) {
                    state.enrolled.insert(enrolment.student);
                }
            }
        }
    }
    for (const auto& record : records) {
        if (const auto* p = std::get_if<model::PersonRecord>(&record)) {
            auto& [updated, person] = m_people[p->person.id];
            if (p->stamp.updated >= updated) {
                updated = p->stamp.updated;
                person = p->person;
            }
        } else if (const auto* pair = std::get_if<model::PairRecord>(&record)) {
            const auto found = m_placements.find(pair->placement);
            if (found == m_placements.end()) {
                continue;
            }
            auto& [updated, kept] = found->second.pairs[model::pair_name(pair->pair)];
            if (pair->stamp.updated >= updated) {
                updated = pair->stamp.updated;
                kept = *pair;
            }
        }
    }
}

void CohortBuilder::add_student(const std::string& student, const std::string& exported_at,
                                int exports, const std::vector<model::Record>& records)
{
    ++m_students;
    take_setup(records);
    for (const auto& record : records) {
        const auto* p = std::get_if<model::PlacementRecord>(&record);
        if (p == nullptr) {
            continue;
        }
        const bool enrolled = std::ranges::any_of(p->students, [&](const model::Enrolment& e) {
            return e.student == student && e.archived.empty();
        });
        if (enrolled) {
            add_row(m_placements[p->placement.id], student, exported_at, exports, records);
        }
    }
}

void CohortBuilder::add_talks(StudentRow& row, const PlacementView& view,
                              const std::vector<model::Record>& records) const
{
    const auto& form = view.setup.placement.assessment_form;
    for (const auto& record : records) {
        if (const auto* r = std::get_if<model::AssessmentRecord>(&record)) {
            const auto& a = r->assessment;
            if (a.student != row.student || a.placement != view.id || a.self()) {
                continue;
            }
            auto& held = a.talk == model::Talk::midway ? row.midway : row.final_talk;
            if (!held || a.date < *held) {
                held = a.date;
            }
            for (const auto& j : a.judgements) {
                if (a.talk == model::Talk::midway && form && form->is_at_risk(j.level)
                    && std::ranges::find(row.at_risk, j.criterion) == row.at_risk.end()) {
                    row.at_risk.push_back(j.criterion);
                }
            }
        } else if (const auto* p = std::get_if<model::PlanRecord>(&record)) {
            if (p->plan.student == row.student && p->plan.placement == view.id && p->plan.open()) {
                ++row.open_plans;
                row.overdue_reviews += p->plan.review_date < m_today ? 1 : 0;
            }
        }
    }
    const auto halfway = Date{std::chrono::sys_days(view.start)
                              + std::chrono::days(days_between(view.start, view.end) / 2)};
    if (!row.midway && m_today > halfway) {
        row.flags.push_back(Flag::midway_talk_missing);
    }
    if (row.overdue_reviews > 0) {
        row.flags.push_back(Flag::plan_review_overdue);
    }
}

void CohortBuilder::add_row(PlacementState& state, const std::string& student,
                            const std::string& exported_at, int exports,
                            const std::vector<model::Record>& records)
{
    const auto& view = state.view;
    const auto summary = summarise(model::facts_of(records), student, Period{view.start, view.end});
    StudentRow row;
    row.student = student;
    if (const auto* pair = pair_of(records, view.id, student)) {
        row.pair = model::pair_name(pair->pair);
    }
    row.exports = exports;
    row.exported_at = exported_at;
    row.entries = summary.entries;
    row.performed = count_of(summary.by_mode, model::Mode::perform)
                    + count_of(summary.by_mode, model::Mode::delegate);
    for (const auto& share : summary.balance) {
        if (const int observed = count_of(share.by_mode, model::Mode::observe);
            !share.partner.empty() && observed > 0) {
            row.partner_performed[share.partner] = observed;
        }
    }
    row.reflections = summary.writing.reflections;
    if (!summary.writing.reflection_days.empty()) {
        row.last_reflection = summary.writing.reflection_days.back();
    }
    trends(row, summary, view.start);

    // What the records say is known up to the day of the export, and no further than the end.
    const auto exported = day_of(exported_at, m_today);
    const auto until = std::min(exported, view.end);
    if (until >= view.start) {
        row.reflections_per_week =
            row.reflections * 7.0 / static_cast<double>(days_between(view.start, until) + 1);
        if (longest_gap(summary.writing.reflection_days, view.start, until)
            >= k_days_without_reflection) {
            row.flags.push_back(Flag::no_reflection_for_a_week);
        }
    }
    if (days_between(exported, std::min(m_today, view.end)) > k_export_age_days) {
        row.flags.push_back(Flag::no_recent_export);
    }
    add_talks(row, view, records);
    sort_flags(row.flags);

    for (const auto& record : records) {
        const auto* f = std::get_if<model::FeedbackRecord>(&record);
        if (f != nullptr && f->writing.date >= view.start && f->writing.date <= view.end) {
            state.feedback.push_back({f->stamp.author, f->writing.recipient, f->stamp.uuid});
        }
    }
    state.view.students.push_back(std::move(row));
}

void CohortBuilder::finish_placement(PlacementState& state) const
{
    auto& view = state.view;
    std::ranges::sort(state.feedback, {},
                      [](const FeedbackSeen& f) { return std::tie(f.from, f.to, f.uuid); });
    state.feedback.erase(std::unique(state.feedback.begin(), state.feedback.end()),
                         state.feedback.end());
    const auto flow = [&](const std::string& from, const std::string& to) {
        return static_cast<int>(std::ranges::count_if(
            state.feedback, [&](const FeedbackSeen& f) { return f.from == from && f.to == to; }));
    };
    std::ranges::sort(view.students, {}, &StudentRow::student);
    for (auto& row : view.students) {
        if (const auto person = m_people.find(row.student); person != m_people.end()) {
            row.name = person->second.second.name;
        }
        for (const auto& f : state.feedback) {
            row.feedback_given += f.from == row.student ? 1 : 0;
            row.feedback_received += f.to == row.student ? 1 : 0;
        }
    }
    for (const auto& [name, kept] : state.pairs) {
        const auto& pair = kept.second;
        if (!pair.archived.empty()) {
            continue;
        }
        PairRow row{name, pair.pair.students, pair.pair.supervisors, 0, {}, {}, {}};
        int total = 0;
        int most = 0;
        for (const auto& student : pair.pair.students) {
            const auto found = std::ranges::find(view.students, student, &StudentRow::student);
            int performed = found == view.students.end() ? 0 : found->performed;
            row.entries += found == view.students.end() ? 0 : found->entries;
            for (const auto& other : view.students) {
                if (const auto seen = other.partner_performed.find(student);
                    other.student != student && other.pair == name
                    && seen != other.partner_performed.end()) {
                    performed += seen->second;
                }
            }
            row.performed.emplace_back(student, performed);
            total += performed;
            most = std::max(most, performed);
            for (const auto& other : pair.pair.students) {
                if (other == student) {
                    continue;
                }
                const int given = flow(student, other);
                row.feedback.push_back({student, other, given});
                if (given > 0 && flow(other, student) == 0) {
                    row.flags.push_back(Flag::feedback_one_way);
                }
            }
        }
        if (total >= k_min_performed_for_balance
            && static_cast<double>(most) > k_max_performed_share * total) {
            row.flags.push_back(Flag::one_partner_performs);
        }
        sort_flags(row.flags);
        view.setup.pairs.push_back(pair.pair);
        view.pairs.push_back(std::move(row));
    }
    for (const auto& id : state.staff) {
        if (const auto person = m_people.find(id); person != m_people.end()) {
            view.setup.staff.push_back(person->second.second);
        }
    }
    for (const auto& id : state.enrolled) {
        if (const auto person = m_people.find(id); person != m_people.end()) {
            view.setup.students.push_back(person->second.second);
        }
    }
}

Cohort CohortBuilder::finish()
{
    Cohort out;
    out.today = m_today;
    out.students = m_students;
    for (auto& [id, state] : m_placements) {
        if (state.view.students.empty()) {
            continue; // a placement only named by the records of another
        }
        finish_placement(state);
        out.placements.push_back(std::move(state.view));
    }
    m_placements.clear();
    return out;
}

void mark_rule_errors(PlacementView& view, std::vector<OpenRule> errors)
{
    for (auto& pair : view.pairs) {
        const bool concerned = std::ranges::any_of(errors, [&](const OpenRule& e) {
            return e.subject == pair.pair
                   || std::ranges::find(pair.supervisors, e.subject) != pair.supervisors.end();
        });
        if (concerned) {
            pair.flags.push_back(Flag::open_rule_errors);
            sort_flags(pair.flags);
        }
    }
    view.rule_errors = std::move(errors);
}

} // namespace peer::exchange

// Reading the assessment talks: the talks of a student side by side with the TALK rules, how
// the criteria found at risk went, and what a student brings to a talk.

#include "talk_lookup.hpp"
#include <peer/app/assessment.hpp>
#include <peer/app/lookup.hpp>
#include <peer/journal/activities.hpp>
#include <peer/journal/assessments.hpp>
#include <peer/journal/placements.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

namespace peer::app {

rules::Findings check_talks(const std::string& student, const PlacementTalks& talks,
                            const model::Placement& placement, Date today,
                            const rules::RuleSet& rules)
{
    rules::TalkFacts facts;
    facts.subject = fmt::format("{} · {}", student, placement.id);
    facts.start = placement.start;
    facts.end = placement.end;
    facts.today = today;
    const auto at_risk = [&](const std::string& level) {
        return talks.form && talks.form->is_at_risk(level);
    };
    for (const auto& a : talks.assessments) {
        if (a.self()) {
            continue;
        }
        auto& held = a.talk == model::Talk::midway ? facts.midway : facts.final_talk;
        if (!held || a.date < *held) {
            held = a.date;
        }
        if (a.talk == model::Talk::midway) {
            for (const auto& j : a.judgements) {
                if (at_risk(j.level)
                    && std::ranges::find(facts.at_risk, j.criterion) == facts.at_risk.end()) {
                    facts.at_risk.push_back(j.criterion);
                }
            }
        } else if (talks.form && facts.unjudged_at_final.empty()) {
            for (const auto& area : talks.form->areas) {
                for (const auto& criterion : area.criteria) {
                    if (a.find(criterion.id) == nullptr) {
                        facts.unjudged_at_final.push_back(criterion.id);
                    }
                }
            }
        }
    }
    for (const auto& p : talks.plans) {
        facts.plans.push_back(p.date);
    }
    return rules::check_talks(facts, rules);
}

namespace {

// How each criterion a supervisor found at risk went, talk after talk.
std::vector<exchange::CriterionHistory> progression_of(const std::vector<PlacementTalks>& shown)
{
    std::vector<exchange::CriterionHistory> out;
    for (const auto& talks : shown) {
        for (const auto& a : talks.assessments) {
            if (a.self()) {
                continue;
            }
            for (const auto& j : a.judgements) {
                const bool at_risk = talks.form && talks.form->is_at_risk(j.level);
                auto history =
                    std::ranges::find(out, j.criterion, &exchange::CriterionHistory::criterion);
                if (history == out.end() && at_risk) {
                    history = out.insert(out.end(), {j.criterion, {}});
                }
                if (history != out.end()) {
                    history->levels.push_back(fmt::format("{} {} {}{}", talks.placement,
                                                          model::keyword(a.talk), j.level,
                                                          at_risk ? "*" : ""));
                }
            }
        }
    }
    return out;
}

} // namespace

Result<ShownTalks> show_talks(const journal::Journal& journal, const ShowRequest& request)
{
    const auto rules = rule_set(request.rules_file);
    if (!rules) {
        return rules.problem();
    }
    Result<ShownTalks> out = Problem{};
    journal.read([&] {
        const auto who = writer(journal);
        if (!who) {
            out = who.problem();
            return;
        }
        ShownTalks shown;
        shown.student = who->staff ? request.student : who->owner;
        if (shown.student.empty()) {
            out = problem(ExitCode::usage,
                          {"you hold this journal as staff: name the student with --student ID",
                           "du har journalen som personal: ange studenten med --student ID"});
            return;
        }
        std::vector<std::string> placements;
        if (request.all) {
            for (const auto& p : journal::list_placements(journal)) {
                placements.push_back(p.id);
            }
        } else {
            const auto one = placement_for(journal, request.placement, shown.student);
            if (!one) {
                out = one.problem();
                return;
            }
            placements.push_back(*one);
        }
        for (const auto& id : placements) {
            PlacementTalks talks;
            talks.placement = id;
            talks.assessments = journal::list_assessments(journal, {shown.student, "", id, {}});
            talks.plans = journal::list_plans(journal, {shown.student, id, false});
            if (const auto found = placement(journal, id)) {
                talks.form = found->placement.assessment_form;
                talks.findings =
                    check_talks(shown.student, talks, found->placement, request.today, *rules);
            } else if (!request.all) {
                out = found.problem();
                return;
            }
            if (!request.all || !talks.assessments.empty() || !talks.plans.empty()) {
                shown.placements.push_back(std::move(talks));
            }
        }
        if (request.all) {
            shown.progression = progression_of(shown.placements);
        }
        out = std::move(shown);
    });
    return out;
}

namespace {

// The label and (when included) the text of one record cited.
exchange::SheetEvidence cited(const journal::Journal& journal, const model::Evidence& e,
                              const SheetRequest& request)
{
    const auto joined = [](const std::vector<std::string>& answers) {
        std::vector<std::string> written;
        for (const auto& a : answers) {
            if (!a.empty()) {
                written.push_back(a);
            }
        }
        return fmt::format("{}", fmt::join(written, " · "));
    };
    if (e.kind == "log_entry") {
        if (const auto entry = log_entry(journal, e.number)) {
            return {fmt::format("entry {} · {} · {} · {}{}", e.number, format_date(entry->date),
                                entry->code, model::keyword(entry->mode),
                                entry->patients ? fmt::format(" · {} patient(s)", *entry->patients)
                                                : std::string()),
                    entry->note};
        }
    } else if (e.kind == "reflection") {
        if (const auto r = reflection(journal, e.number)) {
            return {fmt::format("reflection {} · {} · {}", e.number, format_date(r->date),
                                r->code.empty() ? "-" : r->code),
                    request.reflections ? joined(r->answers) : std::string()};
        }
    } else if (const auto f = feedback(journal, e.number)) {
        return {fmt::format("feedback {} · {} · {} → {}", e.number, format_date(f->date), f->author,
                            f->recipient),
                request.feedback ? joined(f->answers) : std::string()};
    }
    return {fmt::format("{} (no longer in the journal)", e.kind), {}};
}

// The learning outcomes the form's criteria concern, each with the owner's log entries on the
// placement whose activities serve it.
std::vector<exchange::SheetOutcome> outcomes_covered(const journal::Journal& journal,
                                                     const model::AssessmentForm& form,
                                                     const model::Placement& placement)
{
    std::vector<exchange::SheetOutcome> out;
    for (const auto& area : form.areas) {
        for (const auto& criterion : area.criteria) {
            for (const auto& outcome : criterion.outcomes) {
                if (std::ranges::find(out, outcome, &exchange::SheetOutcome::outcome)
                    == out.end()) {
                    out.push_back({outcome, 0});
                }
            }
        }
    }
    if (out.empty()) {
        return out;
    }
    std::map<std::string, std::vector<std::string>, std::less<>> serves;
    for (const auto& activity : journal::list_activities(journal, {})) {
        serves[activity.code] = activity.outcomes;
    }
    journal::HistoryFilter filter;
    filter.from = placement.start;
    filter.to = placement.end;
    journal::for_each_log_entry(journal, filter, [&](const model::LogEntry& entry) {
        for (auto& o : out) {
            const auto& served = serves[entry.code];
            if (std::ranges::find(served, o.outcome) != served.end()) {
                ++o.entries;
            }
        }
    });
    return out;
}

} // namespace

Result<exchange::TalkSheet> talk_sheet(const journal::Journal& journal, const SheetRequest& request)
{
    Result<exchange::TalkSheet> out = Problem{};
    journal.read([&] {
        auto prepared = prepare_talk(journal, {request.talk, "", request.placement, {}, {}});
        if (!prepared) {
            out = prepared.problem();
            return;
        }
        const auto& self = prepared->assessment;
        if (self.number == 0) {
            out = problem(ExitCode::invalid_data,
                          {fmt::format("you have not assessed yourself for this talk yet: "
                                       "`peer assess self --{}` first",
                                       model::keyword(request.talk)),
                           fmt::format("du har inte bedömt dig själv inför det här samtalet än: "
                                       "`peer assess self --{}` först",
                                       model::keyword(request.talk))});
            return;
        }
        const auto& form = prepared->form;
        exchange::TalkSheet sheet;
        sheet.student = self.student;
        sheet.placement = self.placement;
        sheet.talk = self.talk;
        sheet.date = self.date;
        sheet.form_title = form.title;
        if (prepared->intro) {
            sheet.goals = prepared->intro->answers.at(0);
            sheet.goals_date = prepared->intro->date;
        }
        for (const auto& area : form.areas) {
            for (const auto& criterion : area.criteria) {
                exchange::SheetCriterion c{
                    area.title, criterion.id, criterion.text, {}, {}, false, {}, {}};
                if (const auto* j = self.find(criterion.id)) {
                    c.level = j->level;
                    if (const auto* level = form.find_level(j->level)) {
                        c.level_name = level->name;
                        c.at_risk = level->at_risk;
                    }
                    c.comment = j->comment;
                    for (const auto& e : j->evidence) {
                        c.evidence.push_back(cited(journal, e, request));
                    }
                }
                sheet.criteria.push_back(std::move(c));
            }
        }
        sheet.overall_level = self.overall_level;
        if (const auto* level = form.find_level(self.overall_level)) {
            sheet.overall_name = level->name;
        }
        sheet.overall_comment = self.overall_comment;
        if (const auto found = placement(journal, self.placement)) {
            sheet.outcomes = outcomes_covered(journal, form, found->placement);
        }
        out = std::move(sheet);
    });
    return out;
}

} // namespace peer::app

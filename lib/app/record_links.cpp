#include "record_links.hpp"

#include <peer/forms/form.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace peer::app::links {

std::string person(std::string_view id)
{
    return fmt::format("person/{}", id);
}
std::string placement(std::string_view id)
{
    return fmt::format("placement/{}", id);
}
std::string activity(std::string_view code)
{
    return fmt::format("activity/{}", code);
}

namespace {

struct KeyOf {
    std::string operator()(const model::PersonRecord& r) const { return person(r.person.id); }
    std::string operator()(const model::PlacementRecord& r) const
    {
        return placement(r.placement.id);
    }
    std::string operator()(const model::ActivityRecord& r) const
    {
        return activity(r.activity.code);
    }
    template <typename R>
    std::string operator()(const R& r) const
    {
        return r.stamp.uuid;
    }
};

void add(std::vector<Reference>& out, std::string key, std::string_view field)
{
    out.push_back({std::move(key), field});
}

void add_people(std::vector<Reference>& out, const std::vector<std::string>& ids,
                std::string_view field)
{
    for (const auto& id : ids) {
        add(out, person(id), field);
    }
}

struct ReferencesOf {
    std::vector<Reference>& out;

    void operator()(const model::PersonRecord& /*unused*/) const {}
    void operator()(const model::ActivityRecord& /*unused*/) const {}
    void operator()(const model::TombstoneRecord& /*unused*/) const {}
    void operator()(const model::PlacementRecord& r) const
    {
        add(out, person(r.placement.examiner), "examiner");
        add_people(out, r.staff, "staff");
        for (const auto& s : r.students) {
            add(out, person(s.student), "students");
        }
    }
    void operator()(const model::PairRecord& r) const
    {
        add(out, placement(r.placement), "placement");
        add_people(out, r.pair.students, "students");
        add_people(out, r.pair.supervisors, "supervisors");
    }
    void operator()(const model::LogRecord& r) const
    {
        add(out, activity(r.entry.code), "activity");
        if (!r.stamp.author.empty()) {
            add(out, person(r.stamp.author), "author");
        }
        add_people(out, r.entry.partners, "partners");
        if (!r.pair.empty()) {
            add(out, r.pair, "pair");
        }
    }
    template <typename W>
    void writing(const model::WritingRecord<W>& r) const
    {
        if (!r.stamp.author.empty()) {
            add(out, person(r.stamp.author), "author");
        }
        if (!r.writing.code.empty()) {
            add(out, activity(r.writing.code), "activity");
        }
        if (!r.entry.empty()) {
            add(out, r.entry, "entry");
        }
    }
    void operator()(const model::ReflectionRecord& r) const { writing(r); }
    void operator()(const model::BriefingRecord& r) const { writing(r); }
    void operator()(const model::IntroductionRecord& r) const
    {
        writing(r);
        add(out, placement(r.writing.placement), "placement");
    }
    void operator()(const model::FeedbackRecord& r) const
    {
        writing(r);
        add(out, person(r.writing.recipient), "recipient");
    }
    void operator()(const model::AssessmentRecord& r) const
    {
        const auto& a = r.assessment;
        add(out, person(r.stamp.author), "author");
        add(out, person(a.student), "student");
        add(out, placement(a.placement), "placement");
        for (const auto& j : a.judgements) {
            for (const auto& e : j.evidence) {
                out.push_back({e.uuid, "evidence", false});
            }
        }
    }
    void operator()(const model::PlanRecord& r) const
    {
        const auto& p = r.plan;
        add(out, person(r.stamp.author), "author");
        add(out, person(p.student), "student");
        if (!p.reviewer.empty()) {
            add(out, person(p.reviewer), "reviewer");
        }
        add(out, placement(p.placement), "placement");
    }
};

template <typename W>
void add_answers(std::vector<NamedField>& out, const model::WritingRecord<W>& r,
                 const forms::Form& form)
{
    for (std::size_t i = 0; i < r.writing.answers.size() && i < form.sections.size(); ++i) {
        out.push_back({form.sections[i].key, &r.writing.answers[i]});
    }
}

struct TextsOf {
    std::vector<NamedField>& out;

    void list(std::string_view field, const std::vector<std::string>& texts) const
    {
        for (const auto& text : texts) {
            out.push_back({field, &text});
        }
    }
    void operator()(const model::PersonRecord& r) const
    {
        out.push_back({"id", &r.person.id});
        out.push_back({"name", &r.person.name});
        if (const auto& q = r.person.staff) {
            out.push_back({"profession", &q->profession});
            out.push_back({"degree_field", &q->degree_field});
            list("specialist", q->specialist);
        }
    }
    void operator()(const model::PlacementRecord& r) const
    {
        const auto& p = r.placement;
        out.insert(out.end(), {{"id", &p.id},
                               {"course", &p.course},
                               {"title", &p.title},
                               {"university", &p.university},
                               {"field", &p.field},
                               {"profession", &p.profession},
                               {"unit", &p.unit},
                               {"rules", &p.rules}});
    }
    void operator()(const model::PairRecord& r) const { out.push_back({"reason", &r.pair.reason}); }
    void operator()(const model::ActivityRecord& r) const
    {
        const auto& a = r.activity;
        out.push_back({"code", &a.code});
        out.push_back({"title", &a.title});
        out.push_back({"what", &a.what});
        out.push_back({"how", &a.how});
        out.push_back({"why", &a.why});
        out.push_back({"unit", &a.unit});
        list("outcomes", a.outcomes);
        list("tags", a.tags);
    }
    void operator()(const model::LogRecord& r) const { out.push_back({"note", &r.entry.note}); }
    void operator()(const model::ReflectionRecord& r) const
    {
        add_answers(out, r, forms::reflection_form());
    }
    void operator()(const model::FeedbackRecord& r) const
    {
        add_answers(out, r, forms::feedback_form());
    }
    void operator()(const model::BriefingRecord& r) const
    {
        add_answers(out, r,
                    r.writing.kind == model::BriefingKind::before ? forms::briefing_before_form()
                                                                  : forms::briefing_after_form());
    }
    void operator()(const model::IntroductionRecord& r) const
    {
        add_answers(out, r, forms::introduction_form());
    }
    void operator()(const model::AssessmentRecord& r) const
    {
        for (const auto& j : r.assessment.judgements) {
            out.push_back({"criterion", &j.criterion});
            out.push_back({"level", &j.level});
            out.push_back({"comment", &j.comment});
        }
        out.push_back({"overall_level", &r.assessment.overall_level});
        out.push_back({"overall_comment", &r.assessment.overall_comment});
    }
    void operator()(const model::PlanRecord& r) const
    {
        const auto& p = r.plan;
        list("criteria", p.criteria);
        out.push_back({"lacking", &p.lacking});
        out.push_back({"actions", &p.actions});
        out.push_back({"review_comment", &p.review_comment});
    }
    void operator()(const model::TombstoneRecord& /*unused*/) const {}
};

} // namespace

std::string key_of(const model::Record& record)
{
    return std::visit(KeyOf{}, record);
}

std::string identity_of(const model::Record& record)
{
    if (const auto* pair = std::get_if<model::PairRecord>(&record)) {
        auto students = pair->pair.students;
        std::ranges::sort(students);
        return fmt::format("pair/{}/{}", pair->placement, fmt::join(students, ","));
    }
    // A student has one introduction to a placement, whichever journal wrote it.
    if (const auto* intro = std::get_if<model::IntroductionRecord>(&record)) {
        return fmt::format("introduction/{}/{}", intro->stamp.author, intro->writing.placement);
    }
    // A person's assessment of a student at a talk is one, whichever journal wrote it.
    if (const auto* a = std::get_if<model::AssessmentRecord>(&record)) {
        const auto& x = a->assessment;
        return fmt::format("assessment/{}/{}/{}/{}", x.student, a->stamp.author, x.placement,
                           model::keyword(x.talk));
    }
    return key_of(record);
}

std::vector<Reference> references(const model::Record& record)
{
    std::vector<Reference> out;
    std::visit(ReferencesOf{out}, record);
    return out;
}

std::vector<NamedField> texts_of(const model::Record& record)
{
    std::vector<NamedField> out;
    std::visit(TextsOf{out}, record);
    return out;
}

} // namespace peer::app::links

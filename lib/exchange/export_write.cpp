// Writing an export: the header and each record as one canonical line.

#include <peer/exchange/export_file.hpp>
#include <peer/formats/assessment_form.hpp>
#include <peer/forms/form.hpp>

#include <nlohmann/json.hpp>

namespace peer::exchange {

namespace {

using Json = nlohmann::ordered_json; // keys in the order they are written: the canonical order

Json text_or_null(const std::string& text)
{
    return text.empty() ? Json(nullptr) : Json(text);
}

Json date_or_null(const std::optional<Date>& date)
{
    return date ? Json(format_date(*date)) : Json(nullptr);
}

template <typename E>
Json keyword_or_null(const std::optional<E>& value)
{
    return value ? Json(model::keyword(*value)) : Json(nullptr);
}

Json common(const model::Record& record)
{
    const auto& s = model::stamp_of(record);
    return Json{{"kind", model::record_kind(record)},
                {"uuid", s.uuid},
                {"author", text_or_null(s.author)},
                {"created", s.created},
                {"updated", s.updated}};
}

Json staff(const model::Qualifications& q)
{
    return Json{{"role", model::keyword(q.role)},
                {"profession", q.profession},
                {"employer", model::keyword(q.employer)},
                {"degree", model::keyword(q.degree)},
                {"degree_field", q.degree_field},
                {"specialist", q.specialist},
                {"supervisor_training", model::keyword(q.supervisor_training)},
                {"in_profession_since", date_or_null(q.in_profession_since)},
                {"appointed", date_or_null(q.appointed)},
                {"teaching_ability_assessed", q.teaching_ability_assessed},
                {"master_started", date_or_null(q.master_started)}};
}

void fields(Json& out, const model::PersonRecord& r)
{
    out["id"] = r.person.id;
    out["name"] = r.person.name;
    out["staff"] = r.person.staff ? staff(*r.person.staff) : Json(nullptr);
}

void fields(Json& out, const model::PlacementRecord& r)
{
    const auto& p = r.placement;
    out["id"] = p.id;
    out["course"] = p.course;
    out["title"] = p.title;
    out["university"] = p.university;
    out["level"] = model::keyword(p.level);
    out["programme_term"] = p.programme_term;
    out["field"] = p.field;
    out["profession"] = p.profession;
    out["unit"] = p.unit;
    out["start"] = format_date(p.start);
    out["end"] = format_date(p.end);
    out["examiner"] = p.examiner;
    out["rules"] = p.rules;
    out["assessment_form"] = p.assessment_form ? formats::to_json(*p.assessment_form) : Json();
    out["staff"] = r.staff;
    auto students = Json::array();
    for (const auto& s : r.students) {
        students.push_back(Json{{"id", s.student}, {"archived", text_or_null(s.archived)}});
    }
    out["students"] = students;
    out["archived"] = text_or_null(r.archived);
}

void fields(Json& out, const model::PairRecord& r)
{
    out["placement"] = r.placement;
    out["students"] = r.pair.students;
    out["supervisors"] = r.pair.supervisors;
    out["reason"] = r.pair.reason;
    out["archived"] = text_or_null(r.archived);
}

void fields(Json& out, const model::ActivityRecord& r)
{
    const auto& a = r.activity;
    out["code"] = a.code;
    out["title"] = a.title;
    out["what"] = a.what;
    out["how"] = a.how;
    out["why"] = a.why;
    out["unit"] = a.unit;
    out["outcomes"] = a.outcomes;
    out["tags"] = a.tags;
}

void fields(Json& out, const model::LogRecord& r)
{
    const auto& e = r.entry;
    out["date"] = format_date(e.date);
    out["activity"] = e.code;
    out["mode"] = model::keyword(e.mode);
    out["partners"] = e.partners;
    out["pair"] = text_or_null(r.pair);
    out["patients"] = e.patients ? Json(*e.patients) : Json(nullptr);
    out["presence"] = keyword_or_null(e.presence);
    auto steps = Json::array();
    for (const auto step : e.observer_steps) {
        steps.push_back(model::keyword(step));
    }
    out["observer_steps"] = steps;
    out["note"] = e.note;
}

// The sections answered, and the texts under their keys unless they are withheld.
template <typename W>
void writing(Json& out, const model::WritingRecord<W>& r, const forms::Form& form)
{
    auto answered = Json::array();
    auto text = Json::object();
    for (std::size_t i = 0; i < form.sections.size(); ++i) {
        const std::string key(form.sections[i].key);
        if (i < r.answered.size() && r.answered[i]) {
            answered.push_back(key);
        }
        text[key] = i < r.writing.answers.size() ? r.writing.answers[i] : std::string();
    }
    out["answered"] = answered;
    out["text"] = r.withheld ? Json(nullptr) : text;
}

template <typename W>
void about(Json& out, const model::WritingRecord<W>& r)
{
    out["date"] = format_date(r.writing.date);
    out["entry"] = text_or_null(r.entry);
    out["activity"] = text_or_null(r.writing.code);
}

void fields(Json& out, const model::ReflectionRecord& r)
{
    about(out, r);
    out["phase"] = keyword_or_null(r.writing.phase);
    out["with"] = model::keyword(r.writing.company);
    out["status"] = r.writing.draft ? "draft" : "saved";
    writing(out, r, forms::reflection_form());
}

void fields(Json& out, const model::FeedbackRecord& r)
{
    about(out, r);
    out["recipient"] = r.writing.recipient;
    writing(out, r, forms::feedback_form());
}

void fields(Json& out, const model::BriefingRecord& r)
{
    about(out, r);
    out["when"] = model::keyword(r.writing.kind);
    writing(out, r,
            r.writing.kind == model::BriefingKind::before ? forms::briefing_before_form()
                                                          : forms::briefing_after_form());
}

void fields(Json& out, const model::IntroductionRecord& r)
{
    out["date"] = format_date(r.writing.date);
    out["placement"] = r.writing.placement;
    writing(out, r, forms::introduction_form());
}

void fields(Json& out, const model::AssessmentRecord& r)
{
    const auto& a = r.assessment;
    out["student"] = a.student;
    out["placement"] = a.placement;
    out["talk"] = model::keyword(a.talk);
    out["date"] = format_date(a.date);
    auto judgements = Json::array();
    for (const auto& j : a.judgements) {
        auto evidence = Json::array();
        for (const auto& e : j.evidence) {
            evidence.push_back(Json{{"kind", e.kind}, {"uuid", e.uuid}});
        }
        judgements.push_back(Json{{"criterion", j.criterion},
                                  {"level", j.level},
                                  {"comment", j.comment},
                                  {"evidence", evidence}});
    }
    out["judgements"] = judgements;
    out["overall_level"] = text_or_null(a.overall_level);
    out["overall_comment"] = a.overall_comment;
}

void fields(Json& out, const model::PlanRecord& r)
{
    const auto& p = r.plan;
    out["student"] = p.student;
    out["placement"] = p.placement;
    out["date"] = format_date(p.date);
    out["criteria"] = p.criteria;
    out["lacking"] = p.lacking;
    out["actions"] = p.actions;
    out["due"] = format_date(p.due);
    out["reviewer"] = text_or_null(p.reviewer);
    out["review_date"] = format_date(p.review_date);
    out["outcome"] = keyword_or_null(p.outcome);
    out["reviewed_on"] = p.outcome ? Json(format_date(p.reviewed_on)) : Json(nullptr);
    out["review_comment"] = p.review_comment;
}

void fields(Json& out, const model::TombstoneRecord& r)
{
    out["of"] = r.of;
}

} // namespace

std::string header_line(const ExportHeader& header)
{
    const Json line{{"format", k_format},
                    {"version", header.version},
                    {"owner", text_or_null(header.owner)},
                    {"exported_at", header.exported_at},
                    {"for", text_or_null(header.recipient)},
                    {"since", text_or_null(header.since)},
                    {"placements", header.placements}};
    return line.dump() + '\n';
}

std::string record_line(const model::Record& record)
{
    auto line = common(record);
    std::visit([&](const auto& r) { fields(line, r); }, record);
    line["allowed"] = model::stamp_of(record).allowed;
    return line.dump() + '\n';
}

} // namespace peer::exchange

#include <peer/formats/assessment_json.hpp>

namespace peer::formats {

namespace {

using Json = nlohmann::json;

Json text_or_null(const std::string& text)
{
    return text.empty() ? Json(nullptr) : Json(text);
}

} // namespace

Json to_json(const model::Assessment& a)
{
    auto judgements = Json::array();
    for (const auto& j : a.judgements) {
        auto evidence = Json::array();
        for (const auto& e : j.evidence) {
            evidence.push_back(Json{{"kind", e.kind},
                                    {"uuid", e.uuid},
                                    {"number", e.number == 0 ? Json(nullptr) : Json(e.number)}});
        }
        judgements.push_back(Json{{"criterion", j.criterion},
                                  {"level", j.level},
                                  {"comment", j.comment},
                                  {"evidence", evidence}});
    }
    return Json{{"number", a.number},
                {"uuid", a.uuid},
                {"student", a.student},
                {"assessor", a.assessor},
                {"self", a.self()},
                {"placement", a.placement},
                {"talk", model::keyword(a.talk)},
                {"date", format_date(a.date)},
                {"judgements", judgements},
                {"overall_level", text_or_null(a.overall_level)},
                {"overall_comment", a.overall_comment}};
}

Json to_json(const model::IndividualPlan& p)
{
    return Json{{"number", p.number},
                {"uuid", p.uuid},
                {"student", p.student},
                {"author", p.author},
                {"placement", p.placement},
                {"date", format_date(p.date)},
                {"criteria", p.criteria},
                {"lacking", p.lacking},
                {"actions", p.actions},
                {"due", format_date(p.due)},
                {"reviewer", text_or_null(p.reviewer)},
                {"review_date", format_date(p.review_date)},
                {"outcome", p.outcome ? Json(model::keyword(*p.outcome)) : Json(nullptr)},
                {"reviewed_on", p.outcome ? Json(format_date(p.reviewed_on)) : Json(nullptr)},
                {"review_comment", p.review_comment}};
}

} // namespace peer::formats

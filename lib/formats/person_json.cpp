#include <peer/formats/person_json.hpp>

namespace peer::formats {

namespace {

nlohmann::json date_or_null(const std::optional<Date>& date)
{
    return date ? nlohmann::json(format_date(*date)) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json to_json(const model::Person& person)
{
    nlohmann::json out{{"id", person.id},
                       {"name", person.name},
                       {"kind", person.is_student() ? "student" : "staff"}};
    if (const auto& q = person.staff) {
        out["role"] = model::keyword(q->role);
        out["profession"] = q->profession;
        out["employer"] = model::keyword(q->employer);
        out["degree"] = model::keyword(q->degree);
        out["degree_field"] = q->degree_field;
        out["specialist"] = q->specialist;
        out["supervisor_training"] = model::keyword(q->supervisor_training);
        out["in_profession_since"] = date_or_null(q->in_profession_since);
        out["appointed"] = date_or_null(q->appointed);
        out["teaching_ability_assessed"] = q->teaching_ability_assessed;
        out["master_started"] = date_or_null(q->master_started);
    }
    return out;
}

} // namespace peer::formats

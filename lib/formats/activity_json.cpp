#include <peer/formats/activity_json.hpp>

namespace peer::formats {

nlohmann::json to_json(const model::Activity& a)
{
    return {{"code", a.code}, {"title", a.title},       {"what", a.what}, {"how", a.how},
            {"why", a.why},   {"outcomes", a.outcomes}, {"unit", a.unit}, {"tags", a.tags}};
}

nlohmann::json to_json(const model::LogEntry& e)
{
    nlohmann::json out{
        {"number", e.number},
        {"date", format_date(e.date)},
        {"code", e.code},
        {"mode", model::keyword(e.mode)},
        {"partner", e.partner},
        {"patients", e.patients ? nlohmann::json(*e.patients) : nlohmann::json()},
        {"presence", e.presence ? nlohmann::json(model::keyword(*e.presence)) : nlohmann::json()},
        {"note", e.note}};
    auto steps = nlohmann::json::array();
    for (const auto step : e.observer_steps) {
        steps.push_back(model::keyword(step));
    }
    out["observer_steps"] = steps;
    return out;
}

} // namespace peer::formats

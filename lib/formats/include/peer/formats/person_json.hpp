#pragma once
// People as JSON: the shape of `peer person show --json` and of people in handouts and exports
// (schemas/output/person.schema.json).

#include <peer/model/person.hpp>

#include <nlohmann/json.hpp>

namespace peer::formats {

nlohmann::json to_json(const model::Person& person);

} // namespace peer::formats

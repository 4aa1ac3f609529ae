#pragma once
// Assessments and individual action plans as `peer --json assess show` and `peer --json plan`
// print them (schemas/output/assessments.schema.json, schemas/output/plan.schema.json).

#include <peer/model/assessment.hpp>

#include <nlohmann/json.hpp>

namespace peer::formats {

nlohmann::json to_json(const model::Assessment& assessment);
nlohmann::json to_json(const model::IndividualPlan& plan);

} // namespace peer::formats

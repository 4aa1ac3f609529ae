#pragma once
// Reflections, feedback and briefings as JSON: what --json prints
// (schemas/output/reflection.schema.json, feedback.schema.json, briefing.schema.json).

#include <peer/model/writing.hpp>

#include <nlohmann/json.hpp>

namespace peer::forms {

nlohmann::json to_json(const model::Reflection& reflection);
nlohmann::json to_json(const model::Feedback& feedback);
nlohmann::json to_json(const model::Briefing& briefing);
nlohmann::json to_json(const model::Introduction& intro); // no entry or code: its placement

} // namespace peer::forms

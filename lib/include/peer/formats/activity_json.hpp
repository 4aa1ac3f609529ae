#pragma once
// Activities and log entries as JSON: one line of a JSON Lines import
// (schemas/activity.schema.json, schemas/log-entry.schema.json), and what --json prints.

#include <peer/model/activity.hpp>

#include <nlohmann/json.hpp>

namespace peer::formats {

nlohmann::json to_json(const model::Activity& activity);

// With the entry's number, which an import ignores.
nlohmann::json to_json(const model::LogEntry& entry);

} // namespace peer::formats

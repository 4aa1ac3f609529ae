#pragma once
// Activities and log entries as JSON: one line of a JSON Lines import
// (schemas/activity.schema.json, schemas/log-entry.schema.json), and what --json prints.

#include <peer/model/activity.hpp>

#include <nlohmann/json.hpp>

namespace peer::formats {

nlohmann::json to_json(const model::Activity& activity);

// With the entry's number, which an import ignores.
nlohmann::json to_json(const model::LogEntry& entry);

// The entry as one line of JSON (what to_json(entry).dump() gives), appended to `out` without
// building a JSON document: history streams thousands of these.
void append_json_line(std::string& out, const model::LogEntry& entry);

} // namespace peer::formats

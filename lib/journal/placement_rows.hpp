#pragma once
// Placements and pairs as rows, for placements.cpp and pairs.cpp inside their transactions.

#include <peer/journal/placements.hpp>

#include "connection.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace peer::journal::rows {

std::optional<std::int64_t> person_row(Connection& connection, std::string_view handle);
std::optional<std::int64_t> placement_row(Connection& connection, std::string_view handle);

std::optional<model::Placement> load_placement(Connection& connection, std::string_view handle);
// Every placement, by start date and id, in one query.
std::vector<model::Placement> all_placements(Connection& connection);
// Inserts or updates the placement; its examiner must already be a person.
std::int64_t save_placement(Connection& connection, const model::Placement& placement);

struct PairRow {
    std::int64_t id = 0;
    model::Pair pair;
};

// The placement's active pairs, students and supervisors in the order they were written, in one
// query.
std::vector<PairRow> active_pairs(Connection& connection, std::int64_t placement);
std::int64_t insert_pair(Connection& connection, std::int64_t placement, const model::Pair& pair);
void update_pair(Connection& connection, std::int64_t pair_row, const model::Pair& pair);

// What the journal holds that names the student, or the pair.
Loss student_loss(Connection& connection, std::string_view student);
Loss pair_loss(Connection& connection, const PairRow& pair);
bool loses_anything(const Loss& loss);

// Removes a pair that loses nothing, or marks it archived.
void drop_pair(Connection& connection, std::int64_t pair_row, bool archive);

} // namespace peer::journal::rows

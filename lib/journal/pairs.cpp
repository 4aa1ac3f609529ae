// Pairs changed by hand between applies of a placement file.

#include "access.hpp"
#include <peer/journal/placements.hpp>

#include "placement_rows.hpp"

#include <algorithm>

namespace peer::journal {

PairResult add_pair(Journal& journal, std::string_view placement_id, const model::Pair& pair)
{
    PairResult result;
    Access::write(journal, [&](Connection& database) {
        const auto placement = rows::placement_row(database, placement_id);
        if (!placement) {
            return;
        }
        rows::insert_pair(database, *placement, pair);
        result.saved = PairSaved::added;
    });
    return result;
}

PairResult remove_pair(Journal& journal, std::string_view placement_id, std::string_view student,
                       bool archive)
{
    PairResult result;
    Access::write(journal, [&](Connection& database) {
        const auto placement = rows::placement_row(database, placement_id);
        if (!placement) {
            return;
        }
        for (const auto& row : rows::active_pairs(database, *placement)) {
            if (std::ranges::find(row.pair.students, student) == row.pair.students.end()) {
                continue;
            }
            const auto loss = rows::pair_loss(database, row);
            if (rows::loses_anything(loss) && !archive) {
                result.saved = PairSaved::refused;
                result.refused.push_back(loss);
                return;
            }
            const bool keep = rows::loses_anything(loss);
            rows::drop_pair(database, row.id, keep);
            result.saved = keep ? PairSaved::archived : PairSaved::removed;
            return;
        }
    });
    return result;
}

} // namespace peer::journal

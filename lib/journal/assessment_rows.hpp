#pragma once
// Reading and writing the rows of assessments and plans, for assessments.cpp and the exchange.

#include <SQLiteCpp/Database.h>

#include <peer/model/assessment.hpp>

#include <functional>
#include <string>
#include <vector>

namespace peer::journal::rows {

// An assessment or plan as stored, with what an export's stamp needs besides.
template <typename T>
struct StoredRow {
    T value;
    std::string created;
    std::string updated;
};

// The assessments `where` chooses (a condition on `a`, the assessment, `s` its student, `p` its
// placement and `t` its assessor), its parameters bound by `bind`, each with its judgements
// and evidence.
std::vector<StoredRow<model::Assessment>>
assessments(SQLite::Database& database, const std::string& where,
            const std::function<void(SQLite::Statement&)>& bind);

// Writes `assessment`: a new row when `row` is 0, else over row `row`; then its judgements and
// evidence in place of those it had. Returns its row.
std::int64_t write_assessment(SQLite::Database& database, const model::Assessment& assessment,
                              std::int64_t row);

// The plans `where` chooses (a condition on `i`, the plan, `s` its student and `p` its
// placement).
std::vector<StoredRow<model::IndividualPlan>>
plans(SQLite::Database& database, const std::string& where,
      const std::function<void(SQLite::Statement&)>& bind);

// Writes `plan`: a new row when `row` is 0, else over row `row`. Returns its row.
std::int64_t write_plan(SQLite::Database& database, const model::IndividualPlan& plan,
                        std::int64_t row);

} // namespace peer::journal::rows

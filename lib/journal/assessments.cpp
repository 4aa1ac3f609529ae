// The assessments and individual action plans of the journal.

#include "access.hpp"
#include "allowed_rows.hpp"
#include "assessment_rows.hpp"
#include "stored.hpp"
#include <peer/core/strings.hpp>
#include <peer/core/uuid.hpp>
#include <peer/journal/assessments.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace peer::journal {

namespace rows {

namespace {

// The number in this journal of the evidence record of `kind` whose uuid is `uuid`.
constexpr const char* k_evidence_number = R"(
    CASE e.kind
        WHEN 'log_entry' THEN (SELECT id FROM log_entry WHERE uuid = e.record_uuid)
        WHEN 'reflection' THEN (SELECT id FROM reflection WHERE uuid = e.record_uuid)
        ELSE (SELECT id FROM feedback WHERE uuid = e.record_uuid)
    END)";

void read_judgements(SQLite::Database& database, std::int64_t row, model::Assessment& out)
{
    SQLite::Statement query(database, fmt::format(R"(
        SELECT j.id, j.criterion, j.level, j.comment, e.kind, e.record_uuid, {}
        FROM assessment_judgement j LEFT JOIN assessment_evidence e ON e.judgement_id = j.id
        WHERE j.assessment_id = ? ORDER BY j.position, e.id)",
                                                  k_evidence_number));
    query.bind(1, row);
    std::int64_t last = 0;
    while (query.executeStep()) {
        const auto id = query.getColumn(0).getInt64();
        if (id != last) {
            out.judgements.push_back({query.getColumn(1).getString(),
                                      query.getColumn(2).getString(),
                                      query.getColumn(3).getString(),
                                      {}});
            last = id;
        }
        if (!query.getColumn(4).isNull()) {
            out.judgements.back().evidence.push_back(
                {query.getColumn(4).getString(), query.getColumn(5).getString(),
                 query.getColumn(6).isNull() ? 0 : query.getColumn(6).getInt64()});
        }
    }
}

std::optional<std::int64_t> person_row(SQLite::Database& database, const std::string& handle)
{
    SQLite::Statement query(database, "SELECT id FROM person WHERE handle = ?");
    query.bind(1, handle);
    if (!query.executeStep()) {
        return std::nullopt;
    }
    return query.getColumn(0).getInt64();
}

} // namespace

std::vector<StoredRow<model::Assessment>>
assessments(SQLite::Database& database, const std::string& where,
            const std::function<void(SQLite::Statement&)>& bind)
{
    SQLite::Statement query(database, R"(
        SELECT a.id, a.uuid, s.handle, t.handle, p.handle, a.kind, a.date, a.overall_level,
               a.overall_comment, a.created_at, a.updated_at
        FROM assessment a JOIN person s ON s.id = a.student_id
        JOIN person t ON t.id = a.assessor_id JOIN placement p ON p.id = a.placement_id
        WHERE )" + where + R"(
        ORDER BY p.start_date, p.handle, a.kind DESC, a.assessor_id != a.student_id, t.handle)");
    bind(query);
    std::vector<StoredRow<model::Assessment>> out;
    while (query.executeStep()) {
        const stored::Origin origin{"assessment", query.getColumn(0).getInt64()};
        model::Assessment a;
        a.number = origin.row;
        a.uuid = query.getColumn(1).getString();
        a.student = query.getColumn(2).getString();
        a.assessor = query.getColumn(3).getString();
        a.placement = query.getColumn(4).getString();
        a.talk = stored::keyword<model::Talk>(query.getColumn(5), origin);
        a.date = stored::date(query.getColumn(6), origin);
        a.overall_level = query.getColumn(7).getString();
        a.overall_comment = query.getColumn(8).getString();
        out.push_back(
            {std::move(a), query.getColumn(9).getString(), query.getColumn(10).getString()});
    }
    for (auto& row : out) {
        read_judgements(database, row.value.number, row.value);
    }
    return out;
}

std::int64_t write_assessment(SQLite::Database& database, const model::Assessment& a,
                              std::int64_t row)
{
    SQLite::Statement write(database, row == 0 ? R"(
        INSERT INTO assessment (uuid, student_id, assessor_id, placement_id, kind, date,
            overall_level, overall_comment)
        VALUES (:uuid, (SELECT id FROM person WHERE handle = :student),
            (SELECT id FROM person WHERE handle = :assessor),
            (SELECT id FROM placement WHERE handle = :placement), :kind, :date, :level,
            :comment))"
                                               : R"(
        UPDATE assessment SET uuid = :uuid,
            student_id = (SELECT id FROM person WHERE handle = :student),
            assessor_id = (SELECT id FROM person WHERE handle = :assessor),
            placement_id = (SELECT id FROM placement WHERE handle = :placement),
            kind = :kind, date = :date, overall_level = :level, overall_comment = :comment,
            updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        WHERE id = :row)");
    if (row != 0) {
        write.bind(":row", row);
    }
    write.bind(":uuid", a.uuid);
    write.bind(":student", a.student);
    write.bind(":assessor", a.assessor);
    write.bind(":placement", a.placement);
    write.bind(":kind", std::string(model::keyword(a.talk)));
    write.bind(":date", format_date(a.date));
    write.bind(":level", a.overall_level);
    write.bind(":comment", a.overall_comment);
    write.exec();
    if (row == 0) {
        row = database.getLastInsertRowid();
    }
    SQLite::Statement clear(database, "DELETE FROM assessment_judgement WHERE assessment_id = ?");
    clear.bind(1, row);
    clear.exec();
    SQLite::Statement judgement(database, R"(
        INSERT INTO assessment_judgement (assessment_id, position, criterion, level, comment)
        VALUES (?, ?, ?, ?, ?))");
    SQLite::Statement evidence(database, R"(
        INSERT OR IGNORE INTO assessment_evidence (judgement_id, kind, record_uuid)
        VALUES (?, ?, ?))");
    for (std::size_t i = 0; i < a.judgements.size(); ++i) {
        const auto& j = a.judgements[i];
        judgement.bind(1, row);
        judgement.bind(2, static_cast<std::int64_t>(i));
        judgement.bind(3, j.criterion);
        judgement.bind(4, j.level);
        judgement.bind(5, j.comment);
        judgement.exec();
        judgement.reset();
        const auto judgement_row = database.getLastInsertRowid();
        for (const auto& e : j.evidence) {
            evidence.bind(1, judgement_row);
            evidence.bind(2, e.kind);
            evidence.bind(3, e.uuid);
            evidence.exec();
            evidence.reset();
        }
    }
    return row;
}

std::vector<StoredRow<model::IndividualPlan>>
plans(SQLite::Database& database, const std::string& where,
      const std::function<void(SQLite::Statement&)>& bind)
{
    SQLite::Statement query(database, R"(
        SELECT i.id, i.uuid, s.handle, au.handle, coalesce(r.handle, ''), p.handle, i.date,
               i.criteria, i.lacking, i.actions, i.due_date, i.review_date, i.outcome,
               i.reviewed_on, i.review_comment, i.created_at, i.updated_at
        FROM individual_plan i JOIN person s ON s.id = i.student_id
        JOIN person au ON au.id = i.author_id LEFT JOIN person r ON r.id = i.reviewer_id
        JOIN placement p ON p.id = i.placement_id
        WHERE )" + where + R"(
        ORDER BY i.date, i.id)");
    bind(query);
    std::vector<StoredRow<model::IndividualPlan>> out;
    while (query.executeStep()) {
        const stored::Origin origin{"individual_plan", query.getColumn(0).getInt64()};
        model::IndividualPlan plan;
        plan.number = origin.row;
        plan.uuid = query.getColumn(1).getString();
        plan.student = query.getColumn(2).getString();
        plan.author = query.getColumn(3).getString();
        plan.reviewer = query.getColumn(4).getString();
        plan.placement = query.getColumn(5).getString();
        plan.date = stored::date(query.getColumn(6), origin);
        plan.criteria = split(query.getColumn(7).getText(), '\n');
        plan.lacking = query.getColumn(8).getString();
        plan.actions = query.getColumn(9).getString();
        plan.due = stored::date(query.getColumn(10), origin);
        plan.review_date = stored::date(query.getColumn(11), origin);
        if (!query.getColumn(12).isNull()) {
            plan.outcome = stored::keyword<model::PlanOutcome>(query.getColumn(12), origin);
            plan.reviewed_on = stored::date(query.getColumn(13), origin);
        }
        plan.review_comment = query.getColumn(14).getString();
        out.push_back(
            {std::move(plan), query.getColumn(15).getString(), query.getColumn(16).getString()});
    }
    return out;
}

std::int64_t write_plan(SQLite::Database& database, const model::IndividualPlan& plan,
                        std::int64_t row)
{
    SQLite::Statement write(database, row == 0 ? R"(
        INSERT INTO individual_plan (uuid, student_id, author_id, reviewer_id, placement_id,
            date, criteria, lacking, actions, due_date, review_date, outcome, reviewed_on,
            review_comment)
        VALUES (:uuid, :student, :author, :reviewer,
            (SELECT id FROM placement WHERE handle = :placement), :date, :criteria, :lacking,
            :actions, :due, :review, :outcome, :reviewed_on, :review_comment))"
                                               : R"(
        UPDATE individual_plan SET uuid = :uuid, student_id = :student, author_id = :author,
            reviewer_id = :reviewer,
            placement_id = (SELECT id FROM placement WHERE handle = :placement), date = :date,
            criteria = :criteria, lacking = :lacking, actions = :actions, due_date = :due,
            review_date = :review, outcome = :outcome, reviewed_on = :reviewed_on,
            review_comment = :review_comment, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        WHERE id = :row)");
    if (row != 0) {
        write.bind(":row", row);
    }
    const auto bind_person = [&](const char* name, const std::string& handle) {
        if (const auto id = person_row(database, handle)) {
            write.bind(name, *id);
        } else {
            write.bind(name); // NULL: the NOT NULL constraint names what is missing
        }
    };
    write.bind(":uuid", plan.uuid);
    bind_person(":student", plan.student);
    bind_person(":author", plan.author);
    if (plan.reviewer.empty()) {
        write.bind(":reviewer");
    } else {
        bind_person(":reviewer", plan.reviewer);
    }
    write.bind(":placement", plan.placement);
    write.bind(":date", format_date(plan.date));
    write.bind(":criteria", fmt::format("{}", fmt::join(plan.criteria, "\n")));
    write.bind(":lacking", plan.lacking);
    write.bind(":actions", plan.actions);
    write.bind(":due", format_date(plan.due));
    write.bind(":review", format_date(plan.review_date));
    if (plan.outcome) {
        write.bind(":outcome", std::string(model::keyword(*plan.outcome)));
        write.bind(":reviewed_on", format_date(plan.reviewed_on));
    } else {
        write.bind(":outcome");
        write.bind(":reviewed_on");
    }
    write.bind(":review_comment", plan.review_comment);
    write.exec();
    return row == 0 ? database.getLastInsertRowid() : row;
}

} // namespace rows

namespace {

template <typename T>
std::vector<T> values(std::vector<rows::StoredRow<T>> stored)
{
    std::vector<T> out;
    out.reserve(stored.size());
    for (auto& row : stored) {
        out.push_back(std::move(row.value));
    }
    return out;
}

// Saves `value` (an assessment or a plan) with `write`, in one transaction: a new one gets its
// uuid and number. What its author allowed is recorded under `kind` in place of what was.
template <typename T>
std::int64_t save_row(Journal& journal, T& value, const AllowedIdentifiers& allowed,
                      std::string_view kind,
                      std::int64_t (*write)(SQLite::Database&, const T&, std::int64_t))
{
    Access::write(journal, [&](Connection& database) {
        const auto allowing = database.guard().allow(allowed);
        if (value.number == 0) {
            value.uuid = new_uuid();
        }
        value.number = write(database, value, value.number);
        rows::forget_allowed(database, kind, value.uuid);
        rows::record_allowed(database, allowed, kind, value.uuid);
    });
    return value.number;
}

} // namespace

std::int64_t save_assessment(Journal& journal, model::Assessment& assessment,
                             const AllowedIdentifiers& allowed)
{
    return save_row(journal, assessment, allowed, "assessment", rows::write_assessment);
}

std::optional<model::Assessment> find_assessment(const Journal& journal, std::int64_t number)
{
    std::vector<model::Assessment> found;
    Access::read(journal, [&](Connection& database) {
        found = values(rows::assessments(database, "a.id = ?",
                                         [&](SQLite::Statement& q) { q.bind(1, number); }));
    });
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<model::Assessment> list_assessments(const Journal& journal,
                                                const AssessmentFilter& filter)
{
    std::vector<model::Assessment> found;
    Access::read(journal, [&](Connection& database) {
        found = values(rows::assessments(
            database,
            "(:student = '' OR s.handle = :student) AND (:assessor = '' OR t.handle = :assessor) "
            "AND (:placement = '' OR p.handle = :placement) AND (:talk = '' OR a.kind = :talk)",
            [&](SQLite::Statement& q) {
                q.bind(":student", filter.student);
                q.bind(":assessor", filter.assessor);
                q.bind(":placement", filter.placement);
                q.bind(":talk", filter.talk ? std::string(model::keyword(*filter.talk)) : "");
            }));
    });
    return found;
}

std::int64_t save_plan(Journal& journal, model::IndividualPlan& plan,
                       const AllowedIdentifiers& allowed)
{
    return save_row(journal, plan, allowed, "individual_plan", rows::write_plan);
}

std::optional<model::IndividualPlan> find_plan(const Journal& journal, std::int64_t number)
{
    std::vector<model::IndividualPlan> found;
    Access::read(journal, [&](Connection& database) {
        found = values(
            rows::plans(database, "i.id = ?", [&](SQLite::Statement& q) { q.bind(1, number); }));
    });
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<model::IndividualPlan> list_plans(const Journal& journal, const PlanFilter& filter)
{
    std::vector<model::IndividualPlan> found;
    Access::read(journal, [&](Connection& database) {
        found = values(rows::plans(
            database,
            "(:student = '' OR s.handle = :student) AND (:placement = '' OR p.handle = :placement) "
            "AND (NOT :open OR i.outcome IS NULL)",
            [&](SQLite::Statement& q) {
                q.bind(":student", filter.student);
                q.bind(":placement", filter.placement);
                q.bind(":open", filter.open_only ? 1 : 0);
            }));
    });
    return found;
}

std::string uuid_of_record(const Journal& journal, std::string_view kind, std::int64_t number)
{
    std::string uuid;
    Access::read(journal, [&](Connection& database) {
        SQLite::Statement query(database, fmt::format("SELECT uuid FROM {} WHERE id = ?", kind));
        query.bind(1, number);
        if (query.executeStep()) {
            uuid = query.getColumn(0).getString();
        }
    });
    return uuid;
}

} // namespace peer::journal

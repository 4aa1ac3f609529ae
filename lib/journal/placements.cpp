#include "access.hpp"
#include "allowed_rows.hpp"
#include <peer/journal/placements.hpp>

#include "person_rows.hpp"
#include "placement_rows.hpp"
#include "sql.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <set>

namespace peer::journal {

namespace {

std::vector<std::string> sorted(std::vector<std::string> ids)
{
    std::ranges::sort(ids);
    return ids;
}

// A pair is known by its students, whatever their order.
std::string pair_key(const model::Pair& pair)
{
    std::string key;
    for (const auto& student : sorted(pair.students)) {
        key += student + '\n';
    }
    return key;
}

// The order students and supervisors are listed in means nothing.
bool same_pair(const model::Pair& a, const model::Pair& b)
{
    return sorted(a.students) == sorted(b.students)
           && sorted(a.supervisors) == sorted(b.supervisors) && a.reason == b.reason;
}

std::set<std::string> linked(Connection& database, const char* sql, std::int64_t placement)
{
    auto query = database.statement(sql);
    query->bind(1, placement);
    std::set<std::string> handles;
    while (query->executeStep()) {
        handles.insert(query->getColumn(0).getString());
    }
    return handles;
}

constexpr const char* k_active_students =
    "SELECT p.handle FROM placement_student l JOIN person p ON p.id = l.person_id "
    "WHERE l.placement_id = ? AND l.archived_at IS NULL";
constexpr const char* k_staff = "SELECT p.handle FROM placement_staff l JOIN person p ON "
                                "p.id = l.person_id WHERE l.placement_id = ?";

void exec(Connection& database, const char* sql, std::int64_t a, std::int64_t b)
{
    auto statement = database.statement(sql);
    statement->bind(1, a);
    statement->bind(2, b);
    statement->exec();
}

class Applier {
public:
    Applier(Connection& database, const model::PlacementSetup& setup, bool archive)
        : m_db(database), m_setup(setup), m_archive(archive)
    {
    }

    ApplyResult run();

private:
    void find_losses();
    void save_people();
    void save_links(std::int64_t placement);
    void save_pairs(std::int64_t placement);
    void note(ChangeKind kind, std::string what, std::string id)
    {
        m_result.changes.push_back({kind, std::move(what), std::move(id)});
    }

    Connection& m_db;
    const model::PlacementSetup& m_setup;
    bool m_archive;
    ApplyResult m_result;
    std::optional<std::int64_t> m_existing; // the placement's row, when it was applied before
    std::set<std::string> m_changed_people;
};

ApplyResult Applier::run()
{
    m_existing = rows::placement_row(m_db, m_setup.placement.id);
    find_losses();
    if (!m_result.refused.empty()) {
        return m_result;
    }
    const auto before = rows::load_placement(m_db, m_setup.placement.id);
    save_people();
    const auto placement = rows::save_placement(m_db, m_setup.placement);
    if (!before) {
        note(ChangeKind::added, "placement", m_setup.placement.id);
    } else if (*before != m_setup.placement) {
        note(ChangeKind::changed, "placement", m_setup.placement.id);
    }
    save_links(placement);
    save_pairs(placement);
    return m_result;
}

// Students and pairs that would go, and have something that would go with them.
void Applier::find_losses()
{
    if (!m_existing || m_archive) {
        return;
    }
    for (const auto& student : linked(m_db, k_active_students, *m_existing)) {
        if (!m_setup.find_student(student)) {
            if (auto loss = rows::student_loss(m_db, student); rows::loses_anything(loss)) {
                m_result.refused.push_back(std::move(loss));
            }
        }
    }
    std::set<std::string> keep;
    for (const auto& pair : m_setup.pairs) {
        keep.insert(pair_key(pair));
    }
    for (const auto& row : rows::active_pairs(m_db, *m_existing)) {
        if (!keep.contains(pair_key(row.pair))) {
            if (auto loss = rows::pair_loss(m_db, row); rows::loses_anything(loss)) {
                m_result.refused.push_back(std::move(loss));
            }
        }
    }
}

void Applier::save_people()
{
    for (const auto* people : {&m_setup.staff, &m_setup.students}) {
        for (const auto& person : *people) {
            const auto before = rows::load_person(m_db, person.id);
            if (!before) {
                rows::insert_person(m_db, person);
            } else if (*before != person) {
                rows::update_person(m_db, person);
                m_changed_people.insert(person.id);
            }
        }
    }
}

void Applier::save_links(std::int64_t placement)
{
    const auto staff_before = linked(m_db, k_staff, placement);
    const auto students_before = linked(m_db, k_active_students, placement);
    for (const auto& person : m_setup.staff) {
        if (!staff_before.contains(person.id)) {
            exec(m_db, "INSERT INTO placement_staff (placement_id, person_id) VALUES (?, ?)",
                 placement, *rows::person_row(m_db, person.id));
            note(ChangeKind::added, "staff", person.id);
        } else if (m_changed_people.contains(person.id)) {
            note(ChangeKind::changed, "staff", person.id);
        }
    }
    for (const auto& person : m_setup.students) {
        if (!students_before.contains(person.id)) {
            exec(m_db,
                 "INSERT INTO placement_student (placement_id, person_id) VALUES (?, ?) "
                 "ON CONFLICT DO UPDATE SET archived_at = NULL",
                 placement, *rows::person_row(m_db, person.id));
            note(ChangeKind::added, "student", person.id);
        } else if (m_changed_people.contains(person.id)) {
            note(ChangeKind::changed, "student", person.id);
        }
    }
    for (const auto& id : staff_before) {
        if (!m_setup.find_staff(id)) {
            exec(m_db, "DELETE FROM placement_staff WHERE placement_id = ? AND person_id = ?",
                 placement, *rows::person_row(m_db, id));
            note(ChangeKind::removed, "staff", id);
        }
    }
    for (const auto& id : students_before) {
        if (m_setup.find_student(id)) {
            continue;
        }
        const bool keep = m_archive && rows::loses_anything(rows::student_loss(m_db, id));
        exec(m_db,
             keep ? "UPDATE placement_student SET archived_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
                    "'now') WHERE placement_id = ? AND person_id = ?"
                  : "DELETE FROM placement_student WHERE placement_id = ? AND person_id = ?",
             placement, *rows::person_row(m_db, id));
        note(keep ? ChangeKind::archived : ChangeKind::removed, "student", id);
    }
}

void Applier::save_pairs(std::int64_t placement)
{
    std::map<std::string, rows::PairRow> before;
    for (auto& row : rows::active_pairs(m_db, placement)) {
        before.emplace(pair_key(row.pair), std::move(row));
    }
    for (const auto& pair : m_setup.pairs) {
        const auto found = before.find(pair_key(pair));
        if (found == before.end()) {
            rows::insert_pair(m_db, placement, pair);
            note(ChangeKind::added, "pair", model::pair_name(pair));
            continue;
        }
        if (!same_pair(found->second.pair, pair)) {
            rows::update_pair(m_db, found->second.id, pair);
            note(ChangeKind::changed, "pair", model::pair_name(pair));
        }
        before.erase(found);
    }
    for (const auto& [key, row] : before) {
        const bool keep = m_archive && rows::loses_anything(rows::pair_loss(m_db, row));
        rows::drop_pair(m_db, row.id, keep);
        note(keep ? ChangeKind::archived : ChangeKind::removed, "pair", model::pair_name(row.pair));
    }
}

} // namespace

ApplyResult apply_setup(Journal& journal, const model::PlacementSetup& setup, bool archive)
{
    ApplyResult result;
    Access::write(journal, [&](Connection& database) {
        const auto allowing = database.guard().allow(setup.allowed_identifiers);
        result = Applier(database, setup, archive).run();
        if (!result.refused.empty()) {
            return;
        }
        const auto uuid = rows::strings_of(database, "SELECT uuid FROM placement WHERE id = ?",
                                           *rows::placement_row(database, setup.placement.id));
        rows::forget_allowed(database, "placement", uuid.at(0));
        rows::record_allowed(database, setup.allowed_identifiers, "placement", uuid.at(0));
    });
    return result;
}

std::vector<model::Placement> list_placements(const Journal& journal)
{
    std::vector<model::Placement> placements;
    Access::read(journal,
                 [&](Connection& database) { placements = rows::all_placements(database); });
    return placements;
}

std::optional<model::PlacementSetup> load_setup(const Journal& journal,
                                                std::string_view placement_id)
{
    std::optional<model::PlacementSetup> setup;
    Access::read(journal, [&](Connection& database) {
        auto placement = rows::load_placement(database, placement_id);
        if (!placement) {
            return;
        }
        const auto row = *rows::placement_row(database, placement_id);
        setup.emplace();
        setup->placement = std::move(*placement);
        setup->staff = rows::placement_people(database, row, rows::Linked::staff);
        setup->students = rows::placement_people(database, row, rows::Linked::active_students);
        for (auto& pair : rows::active_pairs(database, row)) {
            setup->pairs.push_back(std::move(pair.pair));
        }
        setup->allowed_identifiers = rows::strings_of(database, R"(
                SELECT a.text FROM allowed_identifier a JOIN placement p ON p.uuid = a.record_uuid
                WHERE a.record_kind = 'placement' AND p.id = ? ORDER BY a.id)",
                                                      row);
    });
    return setup;
}

std::optional<std::string> journal_owner(const Journal& journal)
{
    std::optional<std::string> owner;
    Access::read(journal, [&](Connection& database) {
        SQLite::Statement query(database, "SELECT value FROM journal_meta WHERE key = 'owner'");
        if (query.executeStep()) {
            owner = query.getColumn(0).getString();
        }
    });
    return owner;
}

std::string claim_owner(Journal& journal, const std::string& student)
{
    std::string owner;
    Access::write(journal, [&](Connection& database) {
        SQLite::Statement claim(database, "INSERT INTO journal_meta (key, value) VALUES "
                                          "('owner', ?) ON CONFLICT DO NOTHING");
        claim.bind(1, student);
        claim.exec();
        owner =
            database.execAndGet("SELECT value FROM journal_meta WHERE key = 'owner'").getString();
    });
    return owner;
}

} // namespace peer::journal

#include "access.hpp"
#include "allowed_rows.hpp"
#include "stored.hpp"
#include <peer/core/strings.hpp>
#include <peer/journal/activities.hpp>

#include "activity_rows.hpp"
#include "placement_rows.hpp"
#include "sql.hpp"
#include "writing_rows.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace peer::journal {

namespace {

bool contains_text(const std::string& haystack, const std::string& needle)
{
    // std::search, not std::ranges::search: Clang 14 cannot compile the latter with libstdc++ 12.
    const auto same = [](unsigned char a, unsigned char b) {
        return std::tolower(a) == std::tolower(b);
    };
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), same)
           != haystack.end();
}

bool passes(const model::Activity& a, const ActivityFilter& filter)
{
    const auto has = [](const std::vector<std::string>& items, const std::string& wanted) {
        return wanted.empty() || std::ranges::find(items, wanted) != items.end();
    };
    const bool text = filter.text.empty()
                      || std::ranges::any_of(std::array{&a.code, &a.title, &a.what, &a.how, &a.why},
                                             [&](const std::string* field) {
                                                 return contains_text(*field, filter.text);
                                             });
    return has(a.tags, filter.tag) && has(a.outcomes, filter.outcome) && text;
}

model::LogEntry read_entry(SQLite::Statement& row)
{
    model::LogEntry entry;
    entry.number = row.getColumn(0).getInt64();
    const stored::Origin origin{"log_entry", entry.number};
    entry.date = stored::date(row.getColumn(1), origin);
    entry.code = row.getColumn(2).getString();
    entry.mode = stored::keyword<model::Mode>(row.getColumn(3), origin);
    entry.partners = split(row.getColumn(4).getText(), ',');
    if (!row.getColumn(5).isNull()) {
        entry.patients = row.getColumn(5).getInt();
    }
    entry.presence = stored::optional_keyword<model::Presence>(row.getColumn(6), origin);
    entry.note = row.getColumn(7).getString();
    const std::string steps = row.getColumn(8).isNull() ? "" : row.getColumn(8).getString();
    for (const auto step :
         {model::ObserverStep::before, model::ObserverStep::during, model::ObserverStep::after}) {
        if (steps.find(model::keyword(step)) != std::string::npos) {
            entry.observer_steps.push_back(step);
        }
    }
    return entry;
}

// The row of the activity `code`, which is in the catalogue.
std::int64_t activity_row(Connection& database, const std::string& code)
{
    auto query = database.statement("SELECT id FROM activity WHERE code = ?");
    query->bind(1, code);
    query->executeStep();
    return query->getColumn(0).getInt64();
}

} // namespace

std::optional<model::Activity> find_activity(const Journal& journal, std::string_view code)
{
    std::optional<model::Activity> activity;
    Access::read(journal, [&](Connection& database) {
        activity = rows::load_activity(database, code);
        if (!activity) {
            if (const auto found = rows::CodeMatcher(rows::activity_codes(database)).find(code)) {
                activity = rows::load_activity(database, *found);
            }
        }
    });
    return activity;
}

std::vector<model::Activity> list_activities(const Journal& journal, const ActivityFilter& filter)
{
    std::vector<model::Activity> out;
    Access::read(journal, [&](Connection& database) {
        for (auto& activity : rows::all_activities(database)) {
            if (passes(activity, filter)) {
                out.push_back(std::move(activity));
            }
        }
    });
    return out;
}

ActivitySaved add_activity(Journal& journal, const model::Activity& activity,
                           const std::vector<std::string>& allowed)
{
    auto saved = ActivitySaved::added;
    Access::write(journal, [&](Connection& database) {
        if (rows::load_activity(database, activity.code)) {
            saved = ActivitySaved::code_taken;
            return;
        }
        const auto allowing = database.guard().allow(allowed);
        rows::ActivityWriter(database).upsert(activity);
        rows::record_allowed(database, allowed, "activity", "activity", "code", activity.code);
    });
    return saved;
}

ActivitySaved update_activity(Journal& journal, const model::Activity& activity,
                              const std::vector<std::string>& allowed)
{
    auto saved = ActivitySaved::not_found;
    Access::write(journal, [&](Connection& database) {
        if (rows::load_activity(database, activity.code)) {
            const auto allowing = database.guard().allow(allowed);
            saved = rows::ActivityWriter(database).upsert(activity);
            rows::record_allowed(database, allowed, "activity", "activity", "code", activity.code);
        }
    });
    return saved;
}

std::optional<LogContext> log_context(const Journal& journal)
{
    std::optional<LogContext> context;
    Access::read(journal, [&](Connection& database) {
        SQLite::Statement owner(database, "SELECT value FROM journal_meta WHERE key = 'owner'");
        if (!owner.executeStep()) {
            return;
        }
        context.emplace();
        context->owner = owner.getColumn(0).getString();
        SQLite::Statement pair(database, R"(
            SELECT pr.id, pl.handle, pl.programme_term, pl.start_date, pl.end_date, pl.id FROM pair pr
            JOIN pair_student ps ON ps.pair_id = pr.id
            JOIN person p ON p.id = ps.person_id
            JOIN placement pl ON pl.id = pr.placement_id
            WHERE p.handle = ? AND pr.archived_at IS NULL
            ORDER BY pl.start_date DESC LIMIT 1)");
        pair.bind(1, context->owner);
        if (!pair.executeStep()) {
            return;
        }
        const auto pair_row = pair.getColumn(0).getInt64();
        context->placement = pair.getColumn(1).getString();
        context->programme_term = pair.getColumn(2).getInt();
        const stored::Origin placement{"placement", pair.getColumn(5).getInt64()};
        context->placement_start = stored::date(pair.getColumn(3), placement);
        context->placement_end = stored::date(pair.getColumn(4), placement);
        SQLite::Statement students(database, "SELECT p.handle FROM pair_student ps JOIN person p "
                                             "ON p.id = ps.person_id WHERE ps.pair_id = ? "
                                             "ORDER BY ps.rowid");
        students.bind(1, pair_row);
        while (students.executeStep()) {
            context->pair_students.push_back(students.getColumn(0).getString());
        }
    });
    return context;
}

std::int64_t add_log_entry(Journal& journal, const model::LogEntry& entry,
                           const LogContext& context, const std::vector<std::string>& allowed)
{
    std::int64_t number = 0;
    Access::write(journal, [&](Connection& database) {
        const auto allowing = database.guard().allow(allowed);
        number =
            rows::LogWriter(database, context).insert(entry, activity_row(database, entry.code));
        const auto uuid =
            rows::strings_of(database, "SELECT uuid FROM log_entry WHERE id = ?", number);
        rows::record_allowed(database, allowed, "note", uuid.at(0));
    });
    return number;
}

void update_log_entry(Journal& journal, const model::LogEntry& entry, const LogContext& context,
                      const std::vector<std::string>& allowed)
{
    Access::write(journal, [&](Connection& database) {
        const auto allowing = database.guard().allow(allowed);
        const auto activity = activity_row(database, entry.code);
        rows::LogWriter(database, context).update(entry, activity);
        for (const auto* table : {"reflection", "feedback", "briefing"}) {
            auto follow = database.statement(fmt::format(
                "UPDATE {} SET activity_id = ? WHERE log_entry_id = ? AND activity_id IS NOT ?",
                table));
            follow->bind(1, activity);
            follow->bind(2, entry.number);
            follow->bind(3, activity);
            follow->exec();
        }
        const auto uuid =
            rows::strings_of(database, "SELECT uuid FROM log_entry WHERE id = ?", entry.number);
        rows::record_allowed(database, allowed, "note", uuid.at(0));
    });
}

void for_each_log_entry(const Journal& journal, const HistoryFilter& filter,
                        const std::function<void(const model::LogEntry&)>& each)
{
    Access::read(journal, [&](Connection& database) {
        SQLite::Statement query(database, R"(
            SELECT l.id, l.date, a.code, l.mode, )"
                                              + std::string(rows::k_partners_of_entry) + R"(,
                   l.patients, l.presence, l.note, s.steps
            FROM log_entry l
            JOIN activity a ON a.id = l.activity_id
            LEFT JOIN person p ON p.id = l.partner_id
            LEFT JOIN (SELECT log_entry_id, group_concat(step) AS steps FROM log_observer_step
                       GROUP BY log_entry_id) s ON s.log_entry_id = l.id
            WHERE l.date BETWEEN :from AND :to
              AND (:mode IS NULL OR l.mode = :mode) AND (:code = '' OR a.code = :code COLLATE NOCASE)
              AND (:partner = '' OR p.handle = :partner
                   OR EXISTS (SELECT 1 FROM log_entry_partner x JOIN person o ON o.id = x.person_id
                              WHERE x.log_entry_id = l.id AND o.handle = :partner))
              AND (:number IS NULL OR l.id = :number)
            ORDER BY l.date, l.id)");
        // Bounds on both sides, so that the index on the date finds the first day at once.
        query.bind(":from", filter.from ? format_date(*filter.from) : std::string());
        query.bind(":to", filter.to ? format_date(*filter.to) : std::string("9999-12-31"));
        filter.mode ? query.bind(":mode", std::string(model::keyword(*filter.mode)))
                    : query.bind(":mode");
        query.bind(":code", filter.code);
        query.bind(":partner", filter.partner);
        filter.number ? query.bind(":number", *filter.number) : query.bind(":number");
        while (query.executeStep()) {
            each(read_entry(query));
        }
    });
}

std::optional<model::LogEntry> find_log_entry(const Journal& journal, std::int64_t number)
{
    std::optional<model::LogEntry> found;
    HistoryFilter filter;
    filter.number = number;
    for_each_log_entry(journal, filter, [&](const model::LogEntry& entry) { found = entry; });
    return found;
}

std::vector<DayProgress> progress_by_day(const Journal& journal)
{
    std::vector<DayProgress> days;
    Access::read(journal, [&](Connection& database) {
        SQLite::Statement query(database, R"(
            SELECT date, count(*), coalesce(max(patients), 0),
                   sum(presence = 'full'), sum(presence = 'partial'), sum(presence = 'none')
            FROM log_entry GROUP BY date ORDER BY date)");
        while (query.executeStep()) {
            days.push_back({stored::date(query.getColumn(0), {"log_entry"}),
                            query.getColumn(1).getInt(), query.getColumn(2).getInt(),
                            query.getColumn(3).getInt(), query.getColumn(4).getInt(),
                            query.getColumn(5).getInt()});
        }
    });
    return days;
}

int PartnerBalance::count(model::Mode mode) const
{
    const auto found = by_mode.find(mode);
    return found == by_mode.end() ? 0 : found->second;
}

int PartnerBalance::entries() const
{
    int total = 0;
    for (const auto& [mode, count] : by_mode) {
        total += count;
    }
    return total;
}

std::vector<PartnerBalance> balance_by_partner(const Journal& journal, std::optional<Date> from,
                                               std::optional<Date> to)
{
    std::vector<PartnerBalance> out;
    Access::read(journal, [&](Connection& database) {
        // Each entry once per partner: the first (partner_id, NULL when none) and the others.
        SQLite::Statement query(database, R"(
            SELECT coalesce(h.handle, ''), l.mode, count(*)
            FROM log_entry l
            JOIN (SELECT id AS entry, partner_id AS person FROM log_entry
                  UNION ALL SELECT log_entry_id, person_id FROM log_entry_partner) x
              ON x.entry = l.id
            LEFT JOIN person h ON h.id = x.person
            WHERE l.date BETWEEN ? AND ?
            GROUP BY 1, 2
            ORDER BY h.handle IS NULL, 1)");
        query.bind(1, from ? format_date(*from) : std::string());
        query.bind(2, to ? format_date(*to) : std::string("9999-12-31"));
        while (query.executeStep()) {
            const auto partner = query.getColumn(0).getString();
            if (out.empty() || out.back().partner != partner) {
                out.push_back({partner, {}});
            }
            out.back().by_mode[stored::keyword<model::Mode>(query.getColumn(1), {"log_entry"})] =
                query.getColumn(2).getInt();
        }
    });
    return out;
}

} // namespace peer::journal

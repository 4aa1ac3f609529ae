// The facts a summary counts, read without the texts the journal holds with them. Each table is
// read by one plain query, and the people and activities its rows refer to are looked up here
// rather than joined row by row: what keeps `peer report` near the process floor.

#include "access.hpp"
#include "stored.hpp"
#include <peer/journal/facts.hpp>

#include <fmt/format.h>

#include <unordered_map>

namespace peer::journal {

namespace {

// The handles of people and the codes of activities, by their rows.
class Names {
public:
    Names(Connection& database, std::vector<model::ActivityFact>& catalogue)
    {
        SQLite::Statement people(database, "SELECT id, handle FROM person");
        while (people.executeStep()) {
            m_handles.emplace(people.getColumn(0).getInt64(), people.getColumn(1).getString());
        }
        SQLite::Statement activities(database,
                                     "SELECT id, code, title FROM activity ORDER BY code");
        std::unordered_map<std::int64_t, std::size_t> by_row;
        while (activities.executeStep()) {
            const auto row = activities.getColumn(0).getInt64();
            m_codes.emplace(row, activities.getColumn(1).getString());
            by_row.emplace(row, catalogue.size());
            catalogue.push_back({m_codes.at(row), activities.getColumn(2).getString(), {}});
        }
        SQLite::Statement outcomes(
            database,
            "SELECT activity_id, outcome FROM activity_outcome ORDER BY activity_id, rowid");
        while (outcomes.executeStep()) {
            catalogue.at(by_row.at(outcomes.getColumn(0).getInt64()))
                .outcomes.push_back(outcomes.getColumn(1).getString());
        }
    }

    // The handle of the person in `column`; empty for none.
    [[nodiscard]] std::string handle(const SQLite::Column& column,
                                     const stored::Origin& origin) const
    {
        return column.isNull()
                   ? std::string()
                   : name(m_handles, column, origin, {"a person's row", "en persons rad"});
    }

    [[nodiscard]] std::string code(const SQLite::Column& column, const stored::Origin& origin) const
    {
        return column.isNull()
                   ? std::string()
                   : name(m_codes, column, origin, {"an activity's row", "en aktivitets rad"});
    }

private:
    static std::string name(const std::unordered_map<std::int64_t, std::string>& names,
                            const SQLite::Column& column, const stored::Origin& origin,
                            const Text& what)
    {
        const auto found = names.find(column.getInt64());
        if (found == names.end()) {
            throw stored::unreadable(origin, column.getName(), column.getString(), what);
        }
        return found->second;
    }

    std::unordered_map<std::int64_t, std::string> m_handles;
    std::unordered_map<std::int64_t, std::string> m_codes;
};

// The entries, each with its first partner (log_entry.partner_id) and then the others of a
// pair of three (log_entry_partner), in their order.
void read_entries(Connection& database, const Names& names, std::vector<model::EntryFact>& out)
{
    SQLite::Statement query(database, R"(
        SELECT id, author_id, date, activity_id, mode, partner_id, patients, presence
        FROM log_entry ORDER BY id)");
    std::unordered_map<std::int64_t, std::size_t> by_number;
    while (query.executeStep()) {
        const stored::Origin origin{"log_entry", query.getColumn(0).getInt64()};
        model::EntryFact fact;
        fact.author = names.handle(query.getColumn(1), origin);
        auto& e = fact.entry;
        e.number = origin.row;
        e.date = stored::date(query.getColumn(2), origin);
        e.code = names.code(query.getColumn(3), origin);
        e.mode = stored::keyword<model::Mode>(query.getColumn(4), origin);
        if (auto partner = names.handle(query.getColumn(5), origin); !partner.empty()) {
            e.partners.push_back(std::move(partner));
        }
        if (!query.getColumn(6).isNull()) {
            e.patients = query.getColumn(6).getInt();
        }
        e.presence = stored::optional_keyword<model::Presence>(query.getColumn(7), origin);
        by_number.emplace(e.number, out.size());
        out.push_back(std::move(fact));
    }
    SQLite::Statement others(database, "SELECT log_entry_id, person_id FROM log_entry_partner "
                                       "ORDER BY log_entry_id, position");
    while (others.executeStep()) {
        const stored::Origin origin{"log_entry_partner", others.getColumn(0).getInt64()};
        out.at(by_number.at(origin.row))
            .entry.partners.push_back(names.handle(others.getColumn(1), origin));
    }
}

// The columns every written fact's query starts with: id, author, date, activity; then its own.
std::string writing_select(std::string_view table, std::string_view own_columns)
{
    return fmt::format("SELECT id, author_id, date, activity_id, {} FROM {} ORDER BY id",
                       own_columns, table);
}

template <typename F>
F writing_fact(SQLite::Statement& row, const Names& names, const stored::Origin& origin)
{
    F fact;
    fact.author = names.handle(row.getColumn(1), origin);
    fact.date = stored::date(row.getColumn(2), origin);
    fact.code = names.code(row.getColumn(3), origin);
    return fact;
}

void read_writings(Connection& database, const Names& names, model::Facts& out)
{
    SQLite::Statement reflections(
        database, writing_select("reflection", "status, description != '', feelings != '', "
                                               "evaluation != '', analysis != '', "
                                               "conclusion != '', action_plan != ''"));
    while (reflections.executeStep()) {
        const stored::Origin origin{"reflection", reflections.getColumn(0).getInt64()};
        auto fact = writing_fact<model::ReflectionFact>(reflections, names, origin);
        fact.draft = reflections.getColumn(4).getString() == "draft";
        for (int stage = 5; stage < 11; ++stage) {
            fact.answered.push_back(reflections.getColumn(stage).getInt() != 0);
        }
        out.reflections.push_back(std::move(fact));
    }
    SQLite::Statement feedback(database, writing_select("feedback", "recipient_id"));
    while (feedback.executeStep()) {
        const stored::Origin origin{"feedback", feedback.getColumn(0).getInt64()};
        auto fact = writing_fact<model::FeedbackFact>(feedback, names, origin);
        fact.recipient = names.handle(feedback.getColumn(4), origin);
        out.feedback.push_back(std::move(fact));
    }
    SQLite::Statement briefings(database, writing_select("briefing", "kind"));
    while (briefings.executeStep()) {
        const stored::Origin origin{"briefing", briefings.getColumn(0).getInt64()};
        auto fact = writing_fact<model::BriefingFact>(briefings, names, origin);
        fact.kind = stored::keyword<model::BriefingKind>(briefings.getColumn(4), origin);
        out.briefings.push_back(std::move(fact));
    }
}

} // namespace

model::Facts read_facts(const Journal& journal)
{
    model::Facts out;
    Access::read(journal, [&](Connection& database) {
        const Names names(database, out.activities);
        read_entries(database, names, out.entries);
        read_writings(database, names, out);
    });
    return out;
}

} // namespace peer::journal

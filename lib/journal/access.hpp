#pragma once
// The journal's SQLite connection, for the journal's own modules only: nothing outside
// lib/journal/ can include this header (the build does not give them its folder), so the
// journal stays the only module that speaks SQL.

#include <peer/journal/journal.hpp>

#include <SQLiteCpp/Database.h>

#include <functional>

namespace peer::journal {

struct Access {
    // Journal::write, Journal::write_if and Journal::read, with the connection.
    static void write(Journal& journal, const std::function<void(SQLite::Database&)>& work)
    {
        journal.transaction(true, [&](SQLite::Database& database) {
            work(database);
            return true;
        });
    }
    static bool write_if(Journal& journal, const std::function<bool(SQLite::Database&)>& work)
    {
        return journal.transaction(true, work);
    }
    static void read(const Journal& journal, const std::function<void(SQLite::Database&)>& work)
    {
        journal.transaction(false, [&](SQLite::Database& database) {
            work(database);
            return true;
        });
    }
};

} // namespace peer::journal

#pragma once
// The journal's SQLite connection, for the journal's own modules only: nothing outside
// lib/journal/ can include this header (the build does not give them its folder), so the
// journal stays the only module that speaks SQL. The connection is an SQLite::Database with a
// cache of prepared statements (connection.hpp); work that takes an SQLite::Database& gets it
// all the same.

#include <peer/journal/journal.hpp>

#include "connection.hpp"

#include <functional>

namespace peer::journal {

struct Access {
    // Journal::write, Journal::write_if and Journal::read, with the connection.
    static void write(Journal& journal, const std::function<void(Connection&)>& work)
    {
        journal.transaction(true, [&](Connection& connection) {
            work(connection);
            return true;
        });
    }
    static bool write_if(Journal& journal, const std::function<bool(Connection&)>& work)
    {
        return journal.transaction(true, work);
    }
    static void read(const Journal& journal, const std::function<void(Connection&)>& work)
    {
        journal.transaction(false, [&](Connection& connection) {
            work(connection);
            return true;
        });
    }
};

} // namespace peer::journal

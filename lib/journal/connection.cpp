#include "connection.hpp"

namespace peer::journal {

StatementCache::Lease::~Lease()
{
    if (m_entry != nullptr) {
        // Ready for the next use, and holding nothing of this one (bindNoCopy's pointers).
        // Whatever the last step failed with has been thrown already, where it happened.
        m_entry->statement.tryReset();
        try {
            m_entry->statement.clearBindings(); // sqlite3_clear_bindings cannot fail
        } catch (const SQLite::Exception&) {
        }
        m_entry->lent = false;
    }
}

StatementCache::Lease StatementCache::lease(std::string_view sql)
{
    auto found = m_entries.find(sql);
    if (found == m_entries.end()) {
        found = m_entries.emplace(std::string(sql), std::vector<std::unique_ptr<Entry>>()).first;
    }
    auto& entries = found->second;
    Entry* entry = nullptr;
    for (const auto& candidate : entries) {
        if (!candidate->lent) {
            entry = candidate.get();
            break;
        }
    }
    if (entry == nullptr) {
        // The first use of `sql`, or every statement of it is lent (nested use): one more.
        entries.push_back(
            std::make_unique<Entry>(Entry{SQLite::Statement(m_database, found->first)}));
        entry = entries.back().get();
    }
    entry->lent = true;
    return Lease(*entry);
}

std::size_t StatementCache::prepared() const
{
    std::size_t count = 0;
    for (const auto& [sql, entries] : m_entries) {
        count += entries.size();
    }
    return count;
}

} // namespace peer::journal

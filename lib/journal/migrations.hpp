#pragma once
// The journal's schema migrations, embedded from schemas/NNN_name.sql at build time.

#include <string_view>
#include <vector>

namespace peer::journal {

struct Migration {
    int version;           // NNN: the user_version the journal has once it is applied
    std::string_view name; // the file name, for messages
    std::string_view sql;
};

// Every migration, in order, numbered 1, 2, 3... without gaps.
const std::vector<Migration>& migrations();

} // namespace peer::journal

#pragma once
// The identifiers owners allowed (--allow-identifier, a placement file's allowed_identifiers),
// recorded with the record whose texts hold them: table allowed_identifier.

#include <SQLiteCpp/Database.h>

#include <string>
#include <string_view>
#include <vector>

namespace peer::journal::rows {

// Records that the record's owner declared each of `allowed` not to be a patient's identifier;
// a text recorded for the record already is recorded once.
void record_allowed(SQLite::Database& database, const std::vector<std::string>& allowed,
                    std::string_view record_kind, const std::string& record_uuid);

// The same for the record of `table` whose `column` is `value` (an activity by its code, a
// person by their handle).
void record_allowed(SQLite::Database& database, const std::vector<std::string>& allowed,
                    std::string_view record_kind, std::string_view table, std::string_view column,
                    const std::string& value);

// Forgets what was recorded for the record (it is deleted, or its list is replaced).
void forget_allowed(SQLite::Database& database, std::string_view record_kind,
                    const std::string& record_uuid);

} // namespace peer::journal::rows
